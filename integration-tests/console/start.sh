#!/usr/bin/env bash
# npm start: the real OpenShift console (built from its pinned source, integration-tests/openshift-console)
# with the plugin loaded, on the local cluster, one console per lab user:
#   1. npm ci if node_modules is missing
#   2. builds the plugin (dist/)
#   3. brings up the local cluster (integration-tests/cluster/up.sh, idempotent; slow only the first time)
#   4. builds the console once (cached; ~20-30 minutes the first time on 2 cores), then starts it in the
#      foreground and prints the cluster admin's and the VM owner's URLs
# Env: CONSOLE_VERSION (4.22, the default, or 4.20), CONSOLE_PORT (default 9000: the admin's; the VM
# owner's is the next), PLUGIN_UPSTREAM (serve the plugin from e.g. the chart's nginx instead of dist/).
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund || exit 1
fi
npm run build
bash integration-tests/cluster/up.sh
set -a
# shellcheck disable=SC1091
source .cluster/cluster.env
set +a
echo "  kubectl: KUBECONFIG=$KUBECONFIG $KUBECTL get ipaddresspools -n metallb-system"
exec bash integration-tests/openshift-console/run.sh "${CONSOLE_VERSION:-4.22}"
