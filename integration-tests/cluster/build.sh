#!/usr/bin/env bash
# Builds (once, cached by version outside the repo) every binary the local cluster runs:
#   etcd, kube-apiserver, kube-controller-manager, kube-scheduler, kube-proxy, kubectl
#                                                             (Kubernetes $K8S_VERSION, Go module proxy)
#   MetalLB controller + speaker                              ($METALLB_MODULE $METALLB_VERSION)
#   kwok                                                      (sigs.k8s.io/kwok $KWOK_VERSION)
#   FRR-K8s: frr-k8s (the per-node controller), frr-status (BGPSessionState writer), frr-metrics (the FRR
#   container's liveness endpoint)
#                                                             ($FRRK8S_MODULE $FRRK8S_VERSION)
#   the CRD printers and the VM simulator (this folder)
# Usage: build.sh [all|k8s|metallb|kwok|frrk8s]
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
need_go
export GOFLAGS="${GOFLAGS:--buildvcs=false}"
export GOTOOLCHAIN=local

step() { log "build: $*"; }

# go build/install with -v, its output kept in a log; prints a progress line every 200 packages
go_progress() { # logfile what go-args...
  local logf=$1 what=$2; shift 2
  mkdir -p "$(dirname "$logf")"
  if ! go "$1" -v "${@:2}" 2>&1 | tee "$logf" | awk -v what="$what" '
      !/^go: downloading/ { n++; if (n % 200 == 0) { printf "\033[1m[cluster]\033[0m build: %s: %d packages compiled\n", what, n > "/dev/stderr"; fflush("/dev/stderr") } }
      /^go: downloading/ { d++; if (d % 100 == 0) { printf "\033[1m[cluster]\033[0m build: %s: %d modules downloaded\n", what, d > "/dev/stderr"; fflush("/dev/stderr") } }'; then
    grep -v '^go: downloading' "$logf" | grep -v '^[a-zA-Z0-9._/-]*$' | tail -30 >&2 || true
    return 1
  fi
}

K8S_CMDS=(kube-apiserver kube-controller-manager kube-scheduler kube-proxy kubectl)
build_k8s() {
  # only what is missing: a cache from before kube-scheduler joined builds just that one (~2 min warm)
  local missing=() c
  for c in "${K8S_CMDS[@]}"; do [ -x "$K8S_BIN/$c" ] || missing+=("k8s.io/kubernetes/cmd/$c"); done
  [ -x "$K8S_BIN/etcd" ] || missing+=(go.etcd.io/etcd/server/v3)
  if [ ${#missing[@]} -eq 0 ]; then
    step "kubernetes $K8S_VERSION cached in $K8S_BIN"; return
  fi
  local src="$CACHE_ROOT/kubernetes-$K8S_VERSION/src"
  mkdir -p "$src" "$K8S_BIN"
  step "kubernetes $K8S_VERSION: resolving the module and its staging modules"
  local modfile
  modfile="$(cd "$src" && go mod download -json "k8s.io/kubernetes@$K8S_VERSION" | sed -n 's/.*"GoMod": "\(.*\)".*/\1/p')"
  [ -f "$modfile" ] || die "could not download k8s.io/kubernetes@$K8S_VERSION from the Go module proxy"
  {
    echo "module local/k8sbuild"
    echo
    echo "go 1.25.0"
    echo
    echo "require k8s.io/kubernetes $K8S_VERSION"
    echo
    echo "replace ("
    # every staging module (k8s.io/<m> => ./staging/src/k8s.io/<m>) maps to its published twin
    sed -n 's#^\s*\(k8s\.io/[a-z0-9-]*\) => \./staging/src/k8s\.io/[a-z0-9-]*\s*$#\t\1 => \1 '"$K8S_STAGING_VERSION"'#p' "$modfile"
    echo ")"
  } > "$src/go.mod"
  # a Go file so the module has a package; the blank import pins etcd's server to k8s' choice
  cat > "$src/deps.go" <<'GO'
//go:build tools

package k8sbuild

import (
	_ "go.etcd.io/etcd/server/v3/etcdmain"
	_ "k8s.io/kubectl/pkg/cmd"
	_ "k8s.io/kubernetes/cmd/kube-apiserver/app"
	_ "k8s.io/kubernetes/cmd/kube-controller-manager/app"
	_ "k8s.io/kubernetes/cmd/kube-proxy/app"
	_ "k8s.io/kubernetes/cmd/kube-scheduler/app"
)
GO
  local ver="${K8S_VERSION#v}" ; local major="${ver%%.*}"; local minor="${ver#*.}"; minor="${minor%%.*}"
  local ld="-s -w"
  for p in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
    ld="$ld -X $p.gitVersion=$K8S_VERSION -X $p.gitMajor=$major -X $p.gitMinor=$minor -X $p.gitTreeState=clean -X $p.buildDate=1970-01-01T00:00:00Z"
  done
  step "kubernetes $K8S_VERSION: go build ${missing[*]##*/} (cold, all of them: ~10-20 min on 2 cores)"
  ( cd "$src" && go mod tidy >"$src/tidy.log" 2>&1 || { cat "$src/tidy.log" >&2; exit 1; }
    go_progress "$src/build.log" kubernetes build -mod=mod -tags tools -trimpath -ldflags "$ld" -o "$K8S_BIN/" \
        "${missing[@]}" ) || die "kubernetes build failed"
  [ -x "$K8S_BIN/v3" ] && mv "$K8S_BIN/v3" "$K8S_BIN/etcd"
  [ -x "$K8S_BIN/server" ] && mv "$K8S_BIN/server" "$K8S_BIN/etcd"
  "$K8S_BIN/kubectl" version --client 2>/dev/null | head -1 >&2 || true
}

build_metallb() {
  if [ -x "$METALLB_BIN/controller" ] && [ -x "$METALLB_BIN/speaker" ]; then
    step "metallb $METALLB_VERSION cached in $METALLB_BIN"; return
  fi
  mkdir -p "$METALLB_BIN"
  step "metallb $METALLB_VERSION: go install controller speaker (cold: ~5 min)"
  GOBIN="$METALLB_BIN" go_progress "$METALLB_BIN/../build.log" metallb install -trimpath -ldflags "-s -w -X go.universe.tf/metallb/internal/version.version=${METALLB_VERSION#v}" \
    "$METALLB_MODULE/controller@$METALLB_VERSION" "$METALLB_MODULE/speaker@$METALLB_VERSION" \
    || die "metallb build failed"
}

build_kwok() {
  if [ -x "$KWOK_BIN/kwok" ]; then step "kwok $KWOK_VERSION cached in $KWOK_BIN"; return; fi
  mkdir -p "$KWOK_BIN"
  step "kwok $KWOK_VERSION: go install (cold: ~3 min)"
  GOBIN="$KWOK_BIN" go_progress "$KWOK_BIN/../build.log" kwok install -trimpath -ldflags "-s -w" "sigs.k8s.io/kwok/cmd/kwok@$KWOK_VERSION" || die "kwok build failed"
}

FRRK8S_CMDS=(frr-k8s frr-status frr-metrics)
build_frrk8s() {
  local missing=no c
  for c in "${FRRK8S_CMDS[@]}"; do [ -x "$FRRK8S_BIN/$c" ] || missing=yes; done
  if [ $missing = no ]; then step "frr-k8s $FRRK8S_VERSION cached in $FRRK8S_BIN"; return; fi
  mkdir -p "$FRRK8S_BIN"
  # the module has no replace lines, so `go install pkg@version` builds it as released (the image's
  # Dockerfile builds these packages, and the statuscleaner, which the lab does not run); the binaries are
  # renamed as the image names them
  step "frr-k8s $FRRK8S_VERSION: go install frr-k8s-controller frr-tools/status frr-tools/metrics (cold: ~5 min)"
  local m="$FRRK8S_MODULE" ld="-s -w -X $FRRK8S_MODULE/internal/version.gitCommit=$FRRK8S_VERSION -X $FRRK8S_MODULE/internal/version.gitBranch=module-proxy"
  GOBIN="$FRRK8S_BIN" go_progress "$FRRK8S_BIN/../build.log" frr-k8s install -trimpath -ldflags "$ld" \
    "$m/cmd/frr-k8s-controller@$FRRK8S_VERSION" \
    "$m/frr-tools/status@$FRRK8S_VERSION" "$m/frr-tools/metrics@$FRRK8S_VERSION" || die "frr-k8s build failed"
  mv -f "$FRRK8S_BIN/frr-k8s-controller" "$FRRK8S_BIN/frr-k8s"
  mv -f "$FRRK8S_BIN/status" "$FRRK8S_BIN/frr-status"
  mv -f "$FRRK8S_BIN/metrics" "$FRRK8S_BIN/frr-metrics"
}

what="${1:-all}"
case "$what" in
  k8s) build_k8s ;;
  metallb) build_metallb ;;
  kwok) build_kwok ;;
  frrk8s) build_frrk8s ;;
  all) build_k8s; build_metallb; build_kwok; build_frrk8s ;;
  *) die "unknown build target $what" ;;
esac
