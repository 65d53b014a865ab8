#!/usr/bin/env bash
# The BGP lab (root only; sourced by up.sh once MetalLB runs). Every process runs in a network namespace this
# script makes; nothing of it runs in the host's.
#   - FRR-K8s $FRRK8S_VERSION: each pod of its DaemonSet runs in its node's namespace as a sandbox (pod.sh: the
#     pod's PID, mount and UTS namespaces, its volumes as folders) and five containers: frr (Debian's FRR: watchfrr starting zebra, bgpd, staticd,
#     bfdd), reloader (FRR-K8s's frr-reloader.sh with frr-reload.py), frr-k8s (the controller: renders the
#     node's FRRConfigurations into FRR's config), frr-status (writes BGPSessionState) and frr-metrics.
#   - the router: namespace $ROUTER_NS on the lab bridge ($ROUTER_IP), Debian's FRR (bgpd, bfdd, zebra,
#     staticd), AS $ROUTER_ASN, one BGP session per node (AS $NODE_ASN) with BFD, accepting only /32s of the
#     lab subnet, multipath over the nodes that announce an address; it announces nothing.
#   - the client behind the router: namespace $BGP_CLIENT_NS ($BGP_CLIENT_IP), a veth to the router
#     ($BGP_CLIENT_ROUTER_IP) on $BGP_CLIENT_SUBNET, which no host route may cover; the nodes reach it through
#     the router (one route each), so a LoadBalancer address answers it.
# Sourced by up.sh, it expects up.sh's functions and variables (k, start_in_netns, running, setup_ns, ...).

VTYSH_SH="$CLUSTER_DIR/vtysh.sh"
FRR_WATCHFRR='source /usr/lib/frr/frrcommon.sh && exec /usr/lib/frr/watchfrr $(daemon_list)' # FRR's docker-start

ensure_frr() {
  if ! command -v vtysh >/dev/null 2>&1 || [ ! -x /usr/lib/frr/bgpd ] || [ ! -f /usr/lib/frr/frr-reload.py ]; then
    log "installing frr, frr-pythontools (apt-get; policy-rc.d keeps the package from starting FRR on the host)"
    local own_policy=no
    if [ ! -e /usr/sbin/policy-rc.d ]; then
      printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d; own_policy=yes
    fi
    apt_install frr frr-pythontools util-linux
    local rc=$?
    [ "$own_policy" = yes ] && rm -f /usr/sbin/policy-rc.d
    [ $rc = 0 ] || return 1
  fi
  # an FRR in the host's network namespace (this script's) would be a router on the host's networks: never
  # (only looked at, never signalled)
  local p
  for p in $(pgrep -x 'watchfrr|zebra|bgpd|bfdd|staticd' || true); do
    if [ "$(readlink "/proc/$p/ns/net")" = "$(readlink "/proc/$$/ns/net")" ]; then
      die "an FRR daemon runs in the host's network namespace (pid $p: $(tr '\0' ' ' < "/proc/$p/cmdline")); stop it (systemctl stop frr) and retry"
    fi
  done
  # mount points for the pods' volumes (pod.sh); empty on the host
  mkdir -p /var/run/frr /etc/frr_reloader
}

# ---------------------------------------------------------------- network: router, client behind it
bgp_network() {
  setup_ns "$ROUTER_NS" "$ROUTER_IP" "02:42:c0:a8:7b:02"
  ip netns exec "$ROUTER_NS" sysctl -qw net.ipv4.ip_forward=1
  if ! ip netns list | grep -qw "$BGP_CLIENT_NS"; then
    local clash
    clash="$( { ip -4 route show match "$BGP_CLIENT_SUBNET"; ip -4 route show root "$BGP_CLIENT_SUBNET"; } 2>/dev/null | grep -v '^default' | sort -u || true)"
    [ -z "$clash" ] || die "a route on this host already covers $BGP_CLIENT_SUBNET (the BGP lab's client network):
$clash
Refusing to create it. Remove that route or run elsewhere."
    log "network: router $ROUTER_NS ($ROUTER_IP), client $BGP_CLIENT_NS ($BGP_CLIENT_IP) behind it"
    ip netns add "$BGP_CLIENT_NS"
    ip link add eth1 netns "$ROUTER_NS" type veth peer name eth0 netns "$BGP_CLIENT_NS"
    ip -n "$ROUTER_NS" addr add "$BGP_CLIENT_ROUTER_IP/24" dev eth1
    ip -n "$ROUTER_NS" link set eth1 up
    ip -n "$BGP_CLIENT_NS" link set lo up
    ip -n "$BGP_CLIENT_NS" addr add "$BGP_CLIENT_IP/24" dev eth0
    ip -n "$BGP_CLIENT_NS" link set eth0 up
    ip -n "$BGP_CLIENT_NS" route add default via "$BGP_CLIENT_ROUTER_IP" dev eth0
  fi
  local n
  for n in "${NODES[@]}"; do ip -n "mlb-$n" route replace "$BGP_CLIENT_SUBNET" via "$ROUTER_IP" dev eth0; done
}

# ---------------------------------------------------------------- the router's FRR
router_config() {
  local i n
  cat <<CONF
frr defaults traditional
hostname router
log file /var/run/frr/frr.log informational
log timestamp precision 3
!
! only host routes of the lab subnet come in; nothing goes out
ip prefix-list lab-lb seq 10 permit $SUBNET ge 32
route-map from-nodes permit 10
 match ip address prefix-list lab-lb
route-map to-nodes deny 10
!
router bgp $ROUTER_ASN
 bgp router-id $ROUTER_IP
 no bgp ebgp-requires-policy
 neighbor nodes peer-group
 neighbor nodes remote-as $NODE_ASN
 neighbor nodes bfd
CONF
  i=0
  for n in "${NODES[@]}"; do
    i=$((i + 1)); echo " neighbor $SUBNET_PREFIX.1$i peer-group nodes"; echo " neighbor $SUBNET_PREFIX.1$i description $n"
  done
  cat <<CONF
 address-family ipv4 unicast
  maximum-paths 8
  neighbor nodes route-map from-nodes in
  neighbor nodes route-map to-nodes out
 exit-address-family
!
CONF
}
router_start() {
  local d="$STATE/router"
  if ! running router-frr; then
    mkdir -p "$d/frr-conf" "$d/frr-sockets"
    cat > "$d/frr-conf/daemons" <<'D'
bgpd=yes
bfdd=yes
vtysh_enable=yes
zebra_options="  -A 127.0.0.1 -s 90000000"
bgpd_options="   -A 127.0.0.1"
staticd_options="-A 127.0.0.1"
bfdd_options="   -A 127.0.0.1"
D
    echo 'service integrated-vtysh-config' > "$d/frr-conf/vtysh.conf"
    router_config > "$d/frr-conf/frr.conf"
    chown -R frr:frr "$d"; chmod 640 "$d/frr-conf/"*
    log "start: router (FRR $(dpkg-query -W -f '${Version}' frr 2>/dev/null), AS $ROUTER_ASN) in netns $ROUTER_NS, $ROUTER_IP"
    # one pod: its first process is watchfrr (it reaps the daemons it starts); SIGKILL to the recorded pid
    # ends the router's every process
    pod_start router-frr "$ROUTER_NS" router "$d" bash -c "$FRR_WATCHFRR"
  fi
  wait_for "the router's bgpd" 60 bash "$VTYSH_SH" router-frr -c 'show bgp summary'
}

# ---------------------------------------------------------------- FRR-K8s's daemon pods
frrk8s_volumes() { # pod -> its volumes' folder, made as the pod's init containers would
  local d="$STATE/frr-k8s/$1"
  if [ ! -d "$d/frr-conf" ]; then
    mkdir -p "$d/frr-conf" "$d/frr-sockets" "$d/reloader"
    # cp-frr-files: the startup ConfigMap's files
    local f
    for f in daemons frr.conf vtysh.conf; do
      k -n "$FRRK8S_NAMESPACE" get configmap frr-k8s-frr-startup -o "go-template={{index .data \"$f\"}}" > "$d/frr-conf/$f"
    done
    # cp-reloader: the module's frr-reloader.sh
    cp "$FRRK8S_DIR/frr-tools/reloader/frr-reloader.sh" "$d/reloader/frr-reloader.sh"
    chmod +x "$d/reloader/frr-reloader.sh"
    chown -R frr:frr "$d/frr-conf" "$d/frr-sockets"
  fi
  echo "$d"
}
frrk8s_pod() { # node pod: the pod's sandbox and containers, each started when it does not run (a kubelet
  # restarting it)
  local n=$1 pod=$2 vol c sb="frrk8s-$1"
  local kc="$STATE/frrk8s-daemon.kubeconfig" bin="$FRRK8S_BIN" ns="$FRRK8S_NAMESPACE"
  if [ -f "$PIDS/$sb.pod" ] && [ "$(cat "$PIDS/$sb.pod")" != "$pod" ]; then # the pod was replaced
    log "restart: the FRR-K8s pod on $n was $(cat "$PIDS/$sb.pod"), now $pod"
    pod_stop "$sb"
    rm -rf "${STATE:?}/frr-k8s/$(cat "$PIDS/$sb.pod")"
  fi
  echo "$pod" > "$PIDS/$sb.pod"
  for c in frr reloader frr-k8s frr-status frr-metrics; do echo "$pod" > "$PIDS/$sb-$c.pod"; done
  vol="$(frrk8s_volumes "$pod")"
  if ! running "$sb"; then
    log "start: FRR-K8s pod $pod on $n (netns mlb-$n): frr, reloader, frr-k8s, frr-status, frr-metrics"
    pod_start "$sb" "mlb-$n" "$n" "$vol"
  fi
  # FRR: a PID namespace of its own in the pod's (its daemons leave watchfrr; they end with the container)
  container_start "$sb" "mlb-$n" "$sb-frr" unshare --pid --fork --kill-child --mount-proc -- bash -c "$FRR_WATCHFRR"
  container_start "$sb" "mlb-$n" "$sb-reloader" /etc/frr_reloader/frr-reloader.sh
  container_start "$sb" "mlb-$n" "$sb-frr-k8s" env KUBECONFIG="$kc" \
    FRR_CONFIG_FILE=/etc/frr_reloader/frr.conf FRR_RELOADER_PID_FILE=/etc/frr_reloader/reloader.pid \
    "$bin/frr-k8s" --metrics-bind-address=127.0.0.1:7572 --node-name="$n" --namespace="$ns" --pod-name="$pod" --log-level=info
  # --poll-interval: the manifest leaves FRR-K8s's default (2m); the lab polls every 5 s so that tests see a
  # session change in seconds (as labtool podstatus probes every second instead of every 10 s)
  container_start "$sb" "mlb-$n" "$sb-frr-status" env KUBECONFIG="$kc" \
    "$bin/frr-status" --node-name="$n" --namespace="$ns" --pod-name="$pod" --poll-interval=5s
  container_start "$sb" "mlb-$n" "$sb-frr-metrics" "$bin/frr-metrics" --metrics-port=7573 --metrics-bind-address=127.0.0.1
}

bgp_setup() {
  ensure_frr || return 1
  FRRK8S_DIR="$(cd "$STATE" && GOTOOLCHAIN=local go mod download -json "$FRRK8S_MODULE@$FRRK8S_VERSION" | sed -n 's/.*"Dir": "\(.*\)".*/\1/p')"
  [ -d "$FRRK8S_DIR" ] || return 1
  bgp_network
  router_start
  return 0
}
