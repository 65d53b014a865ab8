# shellcheck shell=bash
# Shared settings for the local cluster scripts. Sourced, not run.
set -euo pipefail

export PATH="$PATH:/usr/sbin:/sbin"  # ip, iptables-restore, mariadbd live there
CLUSTER_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$CLUSTER_DIR/../.." && pwd)"
STATE="${CLUSTER_STATE:-$REPO_ROOT/.cluster}"

K8S_VERSION=v1.35.4          # what OpenShift 4.22 runs (1.35)
K8S_STAGING_VERSION=v0.35.4  # staging modules k8s.io/<m> published alongside
# MetalLB v0.16.1 by default. METALLB_VERSION=v0.15.2 runs MetalLB as OpenShift 4.20 ships it (metallb-operator's
# hack/metallb_ref.txt: between 0.15.2 and 0.15.3): no ConfigurationState kind, no serviceSelectors on
# advertisements, no localASN on BGPPeer, readiness on /metrics. up.sh switches a running cluster either way.
METALLB_VERSION="${METALLB_VERSION:-v0.16.1}"
METALLB_MODULE=go.universe.tf/metallb
KWOK_VERSION=v0.8.0          # builds with Go 1.26
# openshift/api has no tags for its release branches: a pseudo-version the Go module proxy serves
OPENSHIFT_API_VERSION="${OPENSHIFT_API_VERSION:-v0.0.0-20260813212709-d4bb0b443cb8}"
KUBEVIRT_VERSION=v1.9.0

CACHE_ROOT="${XDG_CACHE_HOME:-$HOME/.cache}/metallb-console-plugin"
K8S_BIN="$CACHE_ROOT/kubernetes-$K8S_VERSION/bin"
METALLB_BIN="$CACHE_ROOT/metallb-$METALLB_VERSION/bin"
KWOK_BIN="$CACHE_ROOT/kwok-$KWOK_VERSION/bin"
TOOLS_BIN="$CACHE_ROOT/tools/bin"
KUBECTL="$K8S_BIN/kubectl"

# lab network (the MetalLB lab this plugin is for)
BRIDGE="${CLUSTER_BRIDGE:-mlbbr0}"
SUBNET_PREFIX=192.168.123
SUBNET="$SUBNET_PREFIX.0/24"
NODES=(worker-1 worker-2 worker-3)
CLIENT_NS=mlb-client

log() { printf '\033[1m[cluster]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[31m[cluster] ERROR:\033[0m %s\n' "$*" >&2; exit 1; }

need_go() {
  command -v go >/dev/null 2>&1 || die "Go is required to build the cluster binaries (go 1.26 or newer); install it and retry"
  local v; v="$(go env GOVERSION)"; v="${v#go}"
  local major="${v%%.*}" minor; minor="${v#*.}"; minor="${minor%%.*}"
  if [ "$major" -lt 1 ] || { [ "$major" = 1 ] && [ "$minor" -lt 26 ]; }; then
    die "Go $v is too old: kwok $KWOK_VERSION and Kubernetes $K8S_VERSION need Go 1.26 or newer"
  fi
}

# LAB_FORCE_NONROOT=1 takes the non-root path as root (to check it)
is_root() { [ "${LAB_FORCE_NONROOT:-0}" != 1 ] && [ "$(id -u)" = 0 ]; }
