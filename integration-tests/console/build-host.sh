#!/usr/bin/env bash
# Builds the host page into integration-tests/console/dist, unless nothing it is built from changed
# (its sources, its webpack config, the lockfile): the e2e suite calls this on every run.
set -euo pipefail
cd "$(dirname "$0")/../.."
HOST=integration-tests/console
stamp="$HOST/dist/.build-hash"
hash=$(cat package-lock.json "$HOST/webpack.config.ts" $(find "$HOST/src" -type f | sort) | sha256sum | cut -c1-16)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$hash" ] && [ -f "$HOST/dist/host.js" ]; then
  echo "[host] build is current ($hash)"
  exit 0
fi
echo "[host] building the host page (webpack, development mode: readable errors, React's warnings on)"
start=$(date +%s)
node -r ts-node/register node_modules/.bin/webpack -c "$HOST/webpack.config.ts" --no-devtool >/dev/null
echo "$hash" > "$stamp"
echo "[host] built in $(($(date +%s) - start))s"
