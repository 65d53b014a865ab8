#!/usr/bin/env bash
# npm start: a local console with the plugin loaded on the local cluster.
#   1. npm ci if node_modules is missing
#   2. builds the plugin (dist/)
#   3. brings up the local cluster (integration-tests/cluster/up.sh, idempotent; slow only the first time)
#   4. builds the host page and starts its server in the foreground, printing the URL
# Env: PORT (default 9000), PLUGIN_UPSTREAM (serve the plugin from e.g. the chart's nginx instead of dist/).
set -euo pipefail
cd "$(dirname "$0")/../.."

[ -d node_modules ] || npm ci --no-audit --no-fund
npm run build
bash integration-tests/cluster/up.sh
set -a
# shellcheck disable=SC1091
source .cluster/cluster.env
set +a
bash integration-tests/console/build-host.sh

export PORT="${PORT:-9000}"
cat <<MSG

  MetalLB lab console: http://127.0.0.1:$PORT/
  IP address pools:    http://127.0.0.1:$PORT/k8s/ns/metallb-system/metallb.io~v1beta1~IPAddressPool
  Users (masthead):    Cluster admin, VM owner (admin of namespace vmexamples only)
  kubectl:             KUBECONFIG=$KUBECONFIG $KUBECTL get ipaddresspools -n metallb-system
  Stop: Ctrl-C (the cluster keeps running; npm run cluster:down stops it)

MSG
exec node integration-tests/console/server.mjs
