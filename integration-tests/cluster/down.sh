#!/usr/bin/env bash
# Stops everything up.sh started (by the pids it recorded), then removes the lab's network namespaces and
# the bridge. Keeps .cluster/ (certs, tokens, etcd data) so the next up.sh is quick; `down.sh --purge` wipes it.
# Signals go only to processes up.sh recorded, while they are those very processes (lib.sh, lab_pid), and to
# what `ip netns pids` lists in the lab's own network namespaces just before they are removed.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# reverse start order
for n in guest-follower mariadb "${NODES[@]/#/kube-proxy-}" vmsim metallb-operatorsim metallb-podstatus \
         "${NODES[@]/#/speaker-}" metallb-controller kwok; do
  stop_lab "$n"
done
# the pods (FRR-K8s's on every node, the router): SIGKILL to each sandbox ends every process of the pod
# (pod.sh); their containers' recorded pids go with them
for n in "${NODES[@]/#/frrk8s-}" router-frr; do
  if pid="$(lab_pid "$n")"; then
    signal_lab "$n" KILL
    for _ in $(seq 1 50); do lab_pid "$n" >/dev/null || break; sleep 0.1; done
    log "stopped pod $n (pid $pid)"
  fi
  forget_pid "$n"
done
# kwok's node leases name the stopped kwok as holder; a new kwok would wait for them to expire
if [ -f "$STATE/setup.kubeconfig" ] && [ -x "$KUBECTL" ]; then
  "$KUBECTL" --kubeconfig "$STATE/setup.kubeconfig" --request-timeout=5s -n kube-node-lease delete lease --all >/dev/null 2>&1 || true
fi
for n in kube-scheduler kube-controller-manager api-forward kube-apiserver etcd; do
  stop_lab "$n"
done
for f in "$PIDS"/*.pid; do [ -e "$f" ] && stop_lab "$(basename "$f" .pid)"; done
if is_root; then
  for ns in "${NODES[@]/#/mlb-}" "$CLIENT_NS" mlb-guest-database "$ROUTER_NS" "$BGP_CLIENT_NS"; do
    case "$ns" in mlb-?*) ;; *) die "not a lab namespace name: '$ns'" ;; esac
    if [ -e "/var/run/netns/$ns" ]; then
      # the namespace is the lab's own: whatever still runs in it was started in it for the lab
      for p in $(ip netns pids "$ns" 2>/dev/null); do kill -9 "$p" 2>/dev/null || true; done
      ip netns delete "$ns" && log "removed netns $ns"
    fi
  done
  if ip link show "$BRIDGE" >/dev/null 2>&1; then ip link delete "$BRIDGE" && log "removed bridge $BRIDGE"; fi
fi
rm -rf "${STATE:?}/frr-k8s" # the FRR-K8s pods' volumes (emptyDirs): their pods are replaced on the next start
if [ "${1:-}" = --purge ]; then rm -rf "$STATE" && log "removed $STATE"; fi
rm -f "$STATE/cluster.env" "$STATE/guest-database.wiring"
log "down"
