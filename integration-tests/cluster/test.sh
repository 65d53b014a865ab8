#!/usr/bin/env bash
# Brings the lab cluster up if needed (idempotent) and runs its integration tests (Jest).
# Exits non-zero on failure. The tests clean up after themselves: the lab is left with no IPAddressPool.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bash "$CLUSTER_DIR/up.sh"
cd "$REPO_ROOT"
[ -x node_modules/.bin/jest ] || die "node_modules/.bin/jest is missing: run npm ci first"
rc=0
node_modules/.bin/jest --config integration-tests/cluster/jest.config.ts --runInBand "$@" || rc=$?
# the browser tests run next on the same cluster: it must look like the lab's start
left="$("$KUBECTL" --kubeconfig "$STATE/admin.kubeconfig" get ipaddresspools.metallb.io,l2advertisements.metallb.io,bgpadvertisements.metallb.io,bgppeers.metallb.io,bfdprofiles.metallb.io -n metallb-system -o name 2>/dev/null || true)"
if [ -n "$left" ]; then
  log "ERROR: the tests left MetalLB objects behind: $left"
  rc=1
fi
exit "$rc"
