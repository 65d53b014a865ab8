#!/usr/bin/env bash
# Builds the host page into integration-tests/console/dist, unless nothing it is built from changed
# (its sources, its webpack config, the lockfiles): the e2e suite calls this on every run.
# The host has its own package.json: the modules console 4.22 shares (React 18, react-router 7,
# react-i18next 16), while the root package builds the plugin with the oldest console's (React 17).
set -euo pipefail
cd "$(dirname "$0")/../.."
HOST=integration-tests/console
lock_stamp="$HOST/node_modules/.lock-hash"
lock_hash=$(sha256sum "$HOST/package-lock.json" | cut -c1-16)
if [ ! -f "$lock_stamp" ] || [ "$(cat "$lock_stamp")" != "$lock_hash" ]; then
  echo "[host] installing the host's shared modules (npm ci in $HOST)"
  npm ci --prefix "$HOST" --no-audit --no-fund >/dev/null
  echo "$lock_hash" > "$lock_stamp"
fi
stamp="$HOST/dist/.build-hash"
hash=$(cat package-lock.json "$HOST/package-lock.json" "$HOST/webpack.config.ts" $(find "$HOST/src" -type f | sort) | sha256sum | cut -c1-16)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$hash" ] && [ -f "$HOST/dist/host.js" ]; then
  echo "[host] build is current ($hash)"
  exit 0
fi
echo "[host] building the host page (webpack, development mode: readable errors, React's warnings on)"
start=$(date +%s)
node -r ts-node/register node_modules/.bin/webpack -c "$HOST/webpack.config.ts" --no-devtool >/dev/null
echo "$hash" > "$stamp"
echo "[host] built in $(($(date +%s) - start))s"
