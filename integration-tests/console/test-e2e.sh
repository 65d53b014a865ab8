#!/usr/bin/env bash
# npm run test:e2e: the browser suite against the real built bundle and the local cluster.
# Installs Debian's chromium if missing (Playwright never downloads a browser here), builds the plugin
# and the host, brings the cluster up, starts the host on a free port, runs Playwright, stops the host.
# If the chart's nginx can serve dist/ (integration-tests/chart/nginx-serve.sh), a second host loads the
# plugin through it and the upstream spec runs too.
set -euo pipefail
cd "$(dirname "$0")/../.."
start=$(date +%s)
HOST=integration-tests/console

# Debian's chromium, and a Korean font so the ko screenshots show Hangul, not boxes.
missing=()
command -v chromium >/dev/null || missing+=(chromium)
[ -d /usr/share/fonts/truetype/nanum ] || missing+=(fonts-nanum)
if [ ${#missing[@]} -gt 0 ]; then
  echo "[e2e] installing ${missing[*]} (apt-get)"
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
[ -d node_modules ] || npm ci --no-audit --no-fund

npm run build >/dev/null
echo "[e2e] plugin built"
bash integration-tests/cluster/up.sh
set -a
# shellcheck disable=SC1091
source .cluster/cluster.env
set +a
bash "$HOST/build-host.sh"

free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
pids=()
nginx_started=
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -n "$nginx_started" ] && bash integration-tests/chart/nginx-serve.sh stop >/dev/null 2>&1 || true
}
trap cleanup EXIT

start_host() { # port [PLUGIN_UPSTREAM]
  PORT="$1" PLUGIN_UPSTREAM="${2:-}" node "$HOST/server.mjs" >"$RESULTS/host-$1.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 50); do
    curl -sf "http://127.0.0.1:$1/healthz" >/dev/null && return 0
    sleep 0.2
  done
  echo "[e2e] the host on port $1 did not start:" >&2
  cat "$RESULTS/host-$1.log" >&2
  return 1
}

RESULTS=integration-tests/results
mkdir -p "$RESULTS"
port=$(free_port)
start_host "$port"
export HOST_URL="http://127.0.0.1:$port"
echo "[e2e] host at $HOST_URL"

if [ -f integration-tests/chart/nginx-serve.sh ]; then
  if upstream=$(bash integration-tests/chart/nginx-serve.sh start 2>"$RESULTS/nginx-serve.log" | tail -1) && [ -n "$upstream" ]; then
    nginx_started=1
    uport=$(free_port)
    start_host "$uport" "$upstream"
    export UPSTREAM_HOST_URL="http://127.0.0.1:$uport"
    echo "[e2e] second host at $UPSTREAM_HOST_URL loads the plugin from the chart's nginx at $upstream"
  else
    echo "[e2e] the chart's nginx did not start (see $RESULTS/nginx-serve.log); its spec will fail" >&2
  fi
fi

status=0
npx playwright test -c "$HOST/playwright.config.ts" "$@" || status=$?
echo "[e2e] took $(($(date +%s) - start))s; screenshots in $RESULTS/screenshots/"
exit $status
