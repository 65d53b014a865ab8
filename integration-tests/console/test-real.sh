#!/usr/bin/env bash
# The browser suite in the real OpenShift console (integration-tests/console/real): builds the plugin,
# brings the cluster up, builds (once, cached) and starts the console for both lab users
# (integration-tests/openshift-console/run.sh), runs Playwright in Debian's chromium, stops the console.
# When the chart's nginx can serve dist/, a second console loads the plugin through it (upstream spec).
# Env: CONSOLE_VERSION (4.22, the default, or 4.20); PLAYWRIGHT_CONFIG (another suite in the same set-up:
# npm run screenshots).
set -euo pipefail
cd "$(dirname "$0")/../.."
start=$(date +%s)
RESULTS=integration-tests/results
mkdir -p "$RESULTS/openshift-console"

missing=()
command -v chromium >/dev/null || missing+=(chromium)
[ -d /usr/share/fonts/truetype/nanum ] || missing+=(fonts-nanum)
if [ ${#missing[@]} -gt 0 ]; then
  echo "[e2e] installing ${missing[*]} (apt-get)"
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
# node_modules older than package-lock.json (a checkout that moved on) builds a bundle of other versions
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund || exit 1
fi

npm run build >/dev/null || { echo "[e2e] npm run build failed" >&2; exit 1; }
echo "[e2e] plugin built"
bash integration-tests/cluster/up.sh
set -a
# shellcheck disable=SC1091
source .cluster/cluster.env
set +a
# the console, built once per machine (minutes the first time: see integration-tests/openshift-console)
bash integration-tests/openshift-console/build.sh "${CONSOLE_VERSION:-4.22}" >/dev/null

pids=()
nginx_started=
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  [ -n "$nginx_started" ] && bash integration-tests/chart/nginx-serve.sh stop >/dev/null 2>&1 || true
}
trap cleanup EXIT

start_console() { # env-file [PLUGIN_UPSTREAM]
  rm -f "$1"
  CONSOLE_PORT=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})") \
    CONSOLE_ENV_FILE="$1" PLUGIN_UPSTREAM="${2:-}" \
    bash integration-tests/openshift-console/run.sh "${CONSOLE_VERSION:-4.22}" >"$1.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 300); do
    [ -f "$1" ] && return 0
    kill -0 "${pids[-1]}" 2>/dev/null || break
    sleep 0.2
  done
  echo "[e2e] the console did not start:" >&2
  tail -30 "$1.log" >&2
  return 1
}

start_console "$RESULTS/openshift-console/e2e.env"
set -a
# shellcheck disable=SC1091
source "$RESULTS/openshift-console/e2e.env"
set +a
echo "[e2e] console $CONSOLE_VERSION: admin $ADMIN_CONSOLE_URL, VM owner $VM_OWNER_CONSOLE_URL"

# (not for another suite: npm run screenshots has no use for it)
if [ -z "${PLAYWRIGHT_CONFIG:-}" ] && [ -f integration-tests/chart/nginx-serve.sh ]; then
  if upstream=$(bash integration-tests/chart/nginx-serve.sh start 2>"$RESULTS/nginx-serve.log" | tail -1) && [ -n "$upstream" ]; then
    nginx_started=1
    start_console "$RESULTS/openshift-console/e2e-upstream.env" "$upstream"
    UPSTREAM_CONSOLE_URL=$(sed -n 's/^ADMIN_CONSOLE_URL=//p' "$RESULTS/openshift-console/e2e-upstream.env")
    export UPSTREAM_CONSOLE_URL
    echo "[e2e] a second console at $UPSTREAM_CONSOLE_URL loads the plugin from the chart's nginx at $upstream"
  else
    echo "[e2e] the chart's nginx did not start (see $RESULTS/nginx-serve.log); its spec will fail" >&2
  fi
fi

status=0
npx playwright test -c "${PLAYWRIGHT_CONFIG:-integration-tests/console/real/playwright.config.ts}" "$@" || status=$?
shots=screenshots; [ "${CONSOLE_VERSION:-4.22}" = 4.22 ] || shots="screenshots-$CONSOLE_VERSION"
echo "[e2e] took $(($(date +%s) - start))s; screenshots in $RESULTS/$shots/"
exit $status
