#!/usr/bin/env bash
# npm run bench:ui: page timings in the browser against the local cluster with 500 pools and 5,000
# LoadBalancer Services (made and removed by integration-tests/console/bench/global-*.ts). Builds the
# plugin and the host, brings the cluster up, starts the host, runs the *.bench.ts files, stops the
# host. Prints the figures; results also in integration-tests/results/bench-ui.json. Takes minutes:
# not part of npm test. On the shared lab machine run it under the cluster lock:
#   flock /tmp/mlb-cluster.lock npm run bench:ui
set -euo pipefail
cd "$(dirname "$0")/../.."
start=$(date +%s)
HOST=integration-tests/console
RESULTS=integration-tests/results
mkdir -p "$RESULTS"
[ -d node_modules ] || npm ci --no-audit --no-fund
command -v chromium >/dev/null || { echo "[bench:ui] chromium is missing: run npm run test:e2e once (it installs it)" >&2; exit 1; }

npm run build >/dev/null
bash integration-tests/cluster/up.sh
set -a
# shellcheck disable=SC1091
source .cluster/cluster.env
set +a
# The console runs React in production mode; so does the host here (the e2e suite's host is a
# development build, for React's warnings): built outside the repository, served through HOST_DIST.
echo "[bench:ui] building the host in production mode"
host_dist="${TMPDIR:-/tmp}/metallb-console-plugin-bench-host"
NODE_ENV=production node -r ts-node/register node_modules/.bin/webpack -c "$HOST/webpack.config.ts" \
  --output-path "$host_dist" --no-devtool >/dev/null

port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
HOST_DIST="$host_dist" PORT=$port node "$HOST/server.mjs" >"$RESULTS/host-bench-$port.log" 2>&1 &
host_pid=$!
trap 'kill $host_pid 2>/dev/null || true' EXIT

for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
export HOST_URL="http://127.0.0.1:$port"
rm -f "$RESULTS/bench-ui.json"

status=0
npx playwright test -c "$HOST/bench/playwright.config.ts" "$@" || status=$?
echo "[bench:ui] took $(($(date +%s) - start))s"
exit $status
