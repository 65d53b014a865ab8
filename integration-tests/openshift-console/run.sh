#!/usr/bin/env bash
# Runs the real OpenShift console on the local cluster with the plugin loaded, one bridge per lab user:
#   bash integration-tests/openshift-console/run.sh [4.22|4.20]        (default $CONSOLE_VERSION or 4.22)
# Needs the cluster up (.cluster/cluster.env) and dist/ built. Builds the console first if it is not cached
# (build.sh). Starts, and stops again on Ctrl-C or TERM:
#   - the plugin server (plugin-server.mjs) serving dist/, or nothing when PLUGIN_UPSTREAM names another
#     server of the bundle (e.g. the chart's nginx, https://127.0.0.1:9444)
#   - bridge for the cluster admin (ADMIN_TOKEN) and bridge for the VM owner (VM_OWNER_TOKEN), each with
#     --user-auth=disabled and that user's bearer token: what OAuth gives the console on OpenShift
# prints both URLs and writes them to $CONSOLE_ENV_FILE (default integration-tests/results/openshift-console/
# urls.env: ADMIN_CONSOLE_URL, VM_OWNER_CONSOLE_URL) once both answer; logs beside it.
# Ports: CONSOLE_PORT (admin; the VM owner's is the next one) if set, else 9000/9001 when free, else free ones.
#
# TLS: bridge verifies the API server against the lab CA. In off-cluster mode bridge has no flag for the API
# server's CA: its proxies use Go's system roots, which SSL_CERT_FILE sets (the lab CA, plus the chart nginx's
# certificate when PLUGIN_UPSTREAM is https). --ca-file is the CA for bridge's own authentication setup.
# The user-settings handler and the CRD-schema handler use the console's service account (what the console
# operator gives the console pod on OpenShift): its token comes from up.sh (CONSOLE_SA_TOKEN_FILE).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE=$ROOT/integration-tests/openshift-console
version=${1:-${CONSOLE_VERSION:-4.22}}
PLUGIN=metallb-console-plugin
OUTDIR=$ROOT/integration-tests/results/openshift-console
ENV_FILE=${CONSOLE_ENV_FILE:-$OUTDIR/urls.env}
# logs beside the env file, named after it (two consoles may run at once: the e2e suite starts a second)
mkdir -p "$OUTDIR" "$(dirname "$ENV_FILE")"
ENV_FILE=$(cd "$(dirname "$ENV_FILE")" && pwd)/$(basename "$ENV_FILE")
LOG=${ENV_FILE%.env}
rm -f "$ENV_FILE"

[ -f "$ROOT/.cluster/cluster.env" ] || { echo "run.sh: no .cluster/cluster.env: bring the cluster up (npm run cluster:up)" >&2; exit 1; }
set -a
# shellcheck disable=SC1091
. "$ROOT/.cluster/cluster.env"
set +a
CONSOLE_SA_TOKEN_FILE=${CONSOLE_SA_TOKEN_FILE:-$ROOT/.cluster/console-sa.token}
[ -s "$CONSOLE_SA_TOKEN_FILE" ] \
  || { echo "run.sh: the console's service-account token is missing: run integration-tests/cluster/up.sh" >&2; exit 1; }
[ -f "$ROOT/dist/plugin-manifest.json" ] || [ -n "${PLUGIN_UPSTREAM:-}" ] \
  || { echo "run.sh: dist/ is not built: npm run build" >&2; exit 1; }

console_dir=$(bash "$HERE/build.sh" "$version" | tail -1)
case "$version" in 4.22) release=4.22.0 ;; 4.20) release=4.20.0 ;; esac

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
pick() { # preferred port -> it when free, else a free one
  if port_free "$1"; then echo "$1"; else free_port; fi
}
base=${CONSOLE_PORT:-9000}
admin_port=$(pick "$base")
owner_port=$(pick $((base + 1)))
[ "$owner_port" != "$admin_port" ] || owner_port=$(free_port)

pids=()
stop() {
  trap - EXIT INT TERM
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---- the plugin's server
trust=$LOG-trust.pem
cat "$CA_FILE" >"$trust"
if [ -n "${PLUGIN_UPSTREAM:-}" ]; then
  plugin_url=${PLUGIN_UPSTREAM%/}/
  if [[ $plugin_url == https://* ]]; then
    # trust the upstream's own certificate (the chart's nginx here serves a self-signed one)
    hostport=${plugin_url#https://}
    hostport=${hostport%%/*}
    openssl s_client -connect "$hostport" -servername "${hostport%%:*}" </dev/null 2>/dev/null \
      | sed -n '/BEGIN CERTIFICATE/,/END CERTIFICATE/p' >>"$trust"
  fi
else
  plugin_port=$(free_port)
  PORT=$plugin_port node "$HERE/plugin-server.mjs" >"$LOG-plugin-server.log" 2>&1 &
  pids+=($!)
  plugin_url=http://127.0.0.1:$plugin_port/
fi

# ---- one bridge per user
# Perspectives as the console operator configures them when the Console resource names none (OpenShift
# 4.19 and later: console-operator's config builder "Disable the developer perspective by default"). Without
# it the console offers the Developer perspective and opens it for a user who may not list namespaces
# (the VM owner), with that perspective's default pinned resources in the navigation.
PERSPECTIVES='[{"id":"dev","visibility":{"state":"Disabled"}}]'
start_bridge() { # user token port
  local user=$1 token=$2 port=$3
  # in the cache directory: bridge reads pkg/graphql/schema.graphql from its working directory
  (cd "$console_dir" && exec env SSL_CERT_FILE="$trust" ./bridge \
    --public-dir="$console_dir/dist" \
    --listen="http://127.0.0.1:$port" \
    --base-address="http://127.0.0.1:$port" \
    --k8s-mode=off-cluster \
    --k8s-mode-off-cluster-endpoint="$APISERVER_URL" \
    --k8s-mode-off-cluster-service-account-bearer-token-file="$CONSOLE_SA_TOKEN_FILE" \
    --ca-file="$CA_FILE" \
    --user-auth=disabled \
    --k8s-auth-bearer-token="$token" \
    --release-version="$release" \
    --plugins "$PLUGIN=$plugin_url" \
    --i18n-namespaces="plugin__$PLUGIN" \
    --perspectives="$PERSPECTIVES" \
    >"$LOG-bridge-$user.log" 2>&1) &
  pids+=($!)
}
start_bridge admin "$ADMIN_TOKEN" "$admin_port"
start_bridge vm-owner "$VM_OWNER_TOKEN" "$owner_port"

for port in "$admin_port" "$owner_port"; do
  for i in $(seq 100); do
    curl -sf "http://127.0.0.1:$port/health" >/dev/null && break
    if [ "$i" = 100 ]; then
      echo "run.sh: bridge on port $port did not answer; its log:" >&2
      tail -n 20 "$LOG"-bridge-*.log >&2
      exit 1
    fi
    sleep 0.2
  done
done

cat >"$ENV_FILE.tmp" <<ENV
ADMIN_CONSOLE_URL=http://127.0.0.1:$admin_port
VM_OWNER_CONSOLE_URL=http://127.0.0.1:$owner_port
CONSOLE_VERSION=$version
ENV
mv "$ENV_FILE.tmp" "$ENV_FILE"
cat <<MSG

  OpenShift console $version (real, built from source) with $PLUGIN loaded from $plugin_url
  Cluster admin:  http://127.0.0.1:$admin_port/
  VM owner:       http://127.0.0.1:$owner_port/   (admin of namespace vmexamples only)
  The lab starts at Networking -> IP address pools:
                  http://127.0.0.1:$admin_port/k8s/ns/metallb-system/metallb.io~v1beta1~IPAddressPool
  Logs:           ${LOG#"$ROOT"/}-*.log
  Stop: Ctrl-C (the cluster keeps running; npm run cluster:down stops it)

MSG
wait -n "${pids[@]}" || true
echo "run.sh: a console process ended; stopping the others (logs: ${LOG#"$ROOT"/}-*.log)" >&2
exit 1
