#!/usr/bin/env bash
# npm run bench:ui: page timings in the real OpenShift console (integration-tests/openshift-console,
# production build) against the local cluster with 500 pools and 5,000 LoadBalancer Services (made and
# removed by integration-tests/console/bench/global-*.ts). Builds the plugin, brings the cluster up,
# builds (once, cached) and starts the console, runs the *.bench.ts files, stops the console. Prints the
# figures; results also in integration-tests/results/bench-ui.json. Takes minutes: not part of npm test.
# On the shared lab machine run it under the cluster lock:
#   flock /tmp/mlb-cluster.lock npm run bench:ui
set -euo pipefail
cd "$(dirname "$0")/../.."
start=$(date +%s)
RESULTS=integration-tests/results
mkdir -p "$RESULTS/openshift-console"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund || exit 1
fi
command -v chromium >/dev/null || { echo "[bench:ui] chromium is missing: run npm run test:console once (it installs it)" >&2; exit 1; }

npm run build >/dev/null || { echo "[bench:ui] npm run build failed" >&2; exit 1; }
bash integration-tests/cluster/up.sh
set -a
# shellcheck disable=SC1091
source .cluster/cluster.env
set +a
bash integration-tests/openshift-console/build.sh "${CONSOLE_VERSION:-4.22}" >/dev/null

env_file=$RESULTS/openshift-console/bench.env
rm -f "$env_file"
CONSOLE_PORT=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})") \
  CONSOLE_ENV_FILE="$env_file" bash integration-tests/openshift-console/run.sh "${CONSOLE_VERSION:-4.22}" >"$env_file.log" 2>&1 &
console_pid=$!
trap 'kill $console_pid 2>/dev/null || true; wait 2>/dev/null || true' EXIT
for _ in $(seq 300); do [ -f "$env_file" ] && break; sleep 0.2; done
[ -f "$env_file" ] || { echo "[bench:ui] the console did not start:" >&2; tail -20 "$env_file.log" >&2; exit 1; }
set -a
# shellcheck disable=SC1091
source "$env_file"
set +a
rm -f "$RESULTS/bench-ui.json"

status=0
npx playwright test -c integration-tests/console/bench/playwright.config.ts "$@" || status=$?
echo "[bench:ui] took $(($(date +%s) - start))s"
exit $status
