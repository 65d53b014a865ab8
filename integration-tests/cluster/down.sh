#!/usr/bin/env bash
# Stops everything up.sh started (by the pids it recorded), then removes the node network namespaces and
# the bridge. Keeps .cluster/ (certs, tokens, etcd data) so the next up.sh is quick; `down.sh --purge` wipes it.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
PIDS="$STATE/pids"
stop_pid() { # name
  local f="$PIDS/$1.pid" pid
  [ -f "$f" ] || return 0
  pid="$(cat "$f")"
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
    log "stopped $1 (pid $pid)"
  fi
  rm -f "$f"
}
# reverse start order
for n in guest-follower mariadb "${NODES[@]/#/kube-proxy-}" vmsim metallb-operatorsim metallb-podstatus \
         "${NODES[@]/#/speaker-}" metallb-controller kwok; do
  stop_pid "$n"
done
# kwok's node leases name the stopped kwok as holder; a new kwok would wait for them to expire
if [ -f "$STATE/setup.kubeconfig" ] && [ -x "$KUBECTL" ]; then
  "$KUBECTL" --kubeconfig "$STATE/setup.kubeconfig" --request-timeout=5s -n kube-node-lease delete lease --all >/dev/null 2>&1 || true
fi
for n in kube-scheduler kube-controller-manager api-forward kube-apiserver etcd; do
  stop_pid "$n"
done
for f in "$PIDS"/*.pid; do [ -e "$f" ] && stop_pid "$(basename "$f" .pid)"; done
if is_root; then
  for ns in "${NODES[@]/#/mlb-}" "$CLIENT_NS" mlb-guest-database; do
    if ip netns list 2>/dev/null | grep -qw "$ns"; then
      # a speaker started by hand would keep the namespace busy: only ours were started, and they are stopped
      ip netns delete "$ns" && log "removed netns $ns"
    fi
  done
  if ip link show "$BRIDGE" >/dev/null 2>&1; then ip link delete "$BRIDGE" && log "removed bridge $BRIDGE"; fi
fi
if [ "${1:-}" = --purge ]; then rm -rf "$STATE" && log "removed $STATE"; fi
rm -f "$STATE/cluster.env" "$STATE/guest-database.wiring"
log "down"
