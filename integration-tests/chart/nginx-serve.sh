#!/usr/bin/env bash
# Serve the plugin bundle from the packaged chart's ConfigMaps with Debian's nginx and the chart's own nginx.conf,
# over TLS, on 127.0.0.1 only: what the chart's pods serve.
#
#   nginx-serve.sh start    prints the base URL (https://127.0.0.1:9444), also written to .cluster/nginx/url
#   nginx-serve.sh stop
#   nginx-serve.sh status
#
# The chart is packaged from dist/ (charts/package.mjs --no-build; dist/ is built first if missing) unless
# CHART_PACKAGE names a packaged chart, and rendered with `helm template`. The bundle ConfigMaps' binaryData is
# written out as the kubelet mounts the Deployment's projected `bundle` volume, and the Deployment's init container
# script unpacks it (manifests.py mount-bundle, with Debian's bsdtar) into the directory nginx serves.
# NGINX_SERVE_FROM=dist serves dist/ as it is instead (the own-image layout: what the Dockerfile copies).
# The config is the chart's ConfigMap metallb-console-plugin-nginx; only the paths that differ from the container are
# rewritten, and each rewrite must match:
#   listen <port> ssl  -> listen 127.0.0.1:<NGINX_PORT> ssl   (the [::] listen is dropped)
#   /var/cert/tls.*    -> a self-signed certificate made here with openssl (CN/SAN 127.0.0.1, localhost)
#   root /usr/share/nginx/html -> <state>/pod/html (the unpacked bundle) or <repo>/dist
#   /tmp/...           -> .cluster/nginx/tmp/... (pid, temp paths)
# When run as root nginx runs as `nobody`, as in the container (non-root, no capabilities needed).
# The port differs from the chart's 9443 only because the local cluster's MetalLB webhook holds 127.0.0.1:9443.
# Env: NGINX_PORT (default 9444), NGINX_STATE (default <repo>/.cluster/nginx), CHART_PACKAGE (a .tgz),
#      NGINX_SERVE_FROM (bundle, the default, or dist), DIST_DIR (default <repo>/dist).
source "$(dirname "$0")/lib.sh"

PORT="${NGINX_PORT:-9444}"
DIST="${DIST_DIR:-$REPO_ROOT/dist}"
FROM="${NGINX_SERVE_FROM:-bundle}"
S="$NGINX_STATE"
URL="https://127.0.0.1:$PORT"
PIDFILE="$S/tmp/nginx.pid"   # the chart's "pid /tmp/nginx.pid", moved with the other /tmp paths

running() { [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; }

make_cert() {
  [ -s "$S/tls.crt" ] && [ -s "$S/tls.key" ] && return 0
  openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=127.0.0.1" \
    -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" \
    -keyout "$S/tls.key" -out "$S/tls.crt" >/dev/null 2>&1 || cdie "openssl failed"
}

# rewrite FROM-REGEX TO: sed on $S/nginx.conf, fails unless it matched
rewrite() {
  grep -Eq "$1" "$S/nginx.conf" || cdie "chart nginx.conf no longer has /$1/; update nginx-serve.sh"
  sed -E -i "s#$1#$2#g" "$S/nginx.conf"
}

start() {
  if running; then echo "$URL"; return 0; fi
  if ss -Hltn "sport = :$PORT" 2>/dev/null | grep -q .; then
    cdie "127.0.0.1:$PORT is already in use ($(ss -Hltnp "sport = :$PORT" 2>/dev/null | head -n1)); set NGINX_PORT"
  fi
  ensure_helm
  ensure_nginx
  ensure_dist
  mkdir -p "$S/tmp"
  : > "$S/error.log"
  make_cert
  local pkg="${CHART_PACKAGE:-}" root
  if [ -z "$pkg" ]; then
    rm -rf "$S/pkg"
    pkg="$(HELM="$HELM" node "$REPO_ROOT/charts/package.mjs" --no-build --dist "$DIST" --out "$S/pkg" 2>"$S/package.log")" \
      || { cat "$S/package.log" >&2; cdie "packaging the chart failed"; }
  fi
  [ -f "$pkg" ] || cdie "no packaged chart at $pkg"
  "$HELM" template "$PLUGIN_NAME" "$pkg" --namespace default > "$S/rendered.yaml" || cdie "helm template $pkg failed"
  python3 "$CHART_TESTS/manifests.py" configmap-key "$PLUGIN_NAME-nginx" nginx.conf <"$S/rendered.yaml" > "$S/nginx.conf.chart"
  case "$FROM" in
    bundle)
      ensure_bsdtar
      rm -rf "$S/pod"
      python3 "$CHART_TESTS/manifests.py" mount-bundle "$S/pod" <"$S/rendered.yaml" >"$S/unpack.log" 2>&1 \
        || { cat "$S/unpack.log" >&2; cdie "mounting and unpacking the bundle failed"; }
      root="$S/pod/html" ;;
    dist) root="$DIST" ;;
    *) cdie "NGINX_SERVE_FROM must be bundle or dist, not $FROM" ;;
  esac
  cp "$S/nginx.conf.chart" "$S/nginx.conf"
  rewrite '^( *)listen \[::\]:[0-9]+ ssl;$' ''
  rewrite '^( *)listen [0-9]+ ssl;$' "\\1listen 127.0.0.1:$PORT ssl;"
  # /tmp first: the paths substituted below may themselves lie under /tmp
  rewrite ' /tmp/' " $S/tmp/"
  rewrite '/var/cert/tls\.(crt|key)' "$S/tls.\\1"
  rewrite 'root /usr/share/nginx/html;' "root $root;"

  local -a as_user=()
  if [ "$(id -u)" = 0 ]; then
    # nobody must read dist/ and the key and write the state dir, like the container's random UID
    touch "$S/access.log" "$S/error.log"
    chown -R nobody "$S"
    as_user=(setpriv --reuid=nobody --regid=nogroup --clear-groups --inh-caps=-all)
  fi
  "${as_user[@]}" nginx -t -q -e "$S/error.log" -c "$S/nginx.conf" >>"$S/access.log" 2>>"$S/error.log" \
    || { cat "$S/error.log" >&2; cdie "nginx -t rejected the chart's config"; }
  # daemonizes; stdout (access log) and stderr (error log) of the config go to files here
  "${as_user[@]}" nginx -e "$S/error.log" -c "$S/nginx.conf" >>"$S/access.log" 2>>"$S/error.log" \
    || { tail -n 20 "$S/error.log" >&2; cdie "nginx failed to start"; }
  for _ in $(seq 1 50); do
    if curl -ksf -o /dev/null "$URL/healthz"; then
      clog "serving $root ($FROM) with the chart's nginx.conf (pid $(cat "$PIDFILE"), logs in $S)"
      echo "$URL" > "$S/url"
      echo "$URL"
      return 0
    fi
    sleep 0.1
  done
  tail -n 20 "$S/error.log" >&2
  cdie "nginx did not answer on $URL"
}

stop() {
  if running; then
    local pid; pid="$(cat "$PIDFILE")"
    kill -QUIT "$pid"
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -TERM "$pid"
    clog "stopped nginx (pid $pid)"
  fi
  rm -f "$PIDFILE" "$S/url"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) if running; then echo "running: $URL (pid $(cat "$PIDFILE"))"; else echo "stopped"; exit 1; fi ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
