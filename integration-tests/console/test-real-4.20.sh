#!/usr/bin/env bash
# OpenShift 4.20 as it ships, for the bundle built with SDK 4.19: the real console release-4.20 (React 17,
# react-router-dom-v5-compat, no PatternFly shared with plugins) and MetalLB v0.15.2 (no ConfigurationState,
# no serviceSelectors/localASN; integration-tests/cluster/lib.sh), then the cluster back to its default
# MetalLB, whatever happened. Runs the lab (3.1 and 3.2 through the forms, section 4 by the VM owner in
# the wizard, the assignments through a speaker failover) and a spec per page family (lists, details and
# forms of every kind: routes and kinds-lab; overview; assignments; Service tab; wizard), or the specs
# given as arguments.
#   npm run test:console:4.20 [-- spec...]
set -uo pipefail
cd "$(dirname "$0")/../.."
restore() {
  echo "[e2e 4.20] the cluster back to its default MetalLB"
  env -u METALLB_VERSION bash integration-tests/cluster/up.sh >/dev/null 2>&1 \
    || echo "[e2e 4.20] up.sh failed restoring the default MetalLB: run it by hand" >&2
}
trap restore EXIT
specs=("$@")
[ ${#specs[@]} -gt 0 ] || specs=(
  plugin-loads.spec.ts routes.spec.ts overview.spec.ts metallb-versions.spec.ts
  pools-edit.spec.ts kinds-lab.spec.ts expose-vm.spec.ts assignments-live.spec.ts
)
METALLB_VERSION=v0.15.2 CONSOLE_VERSION=4.20 bash integration-tests/console/test-real.sh "${specs[@]}"
