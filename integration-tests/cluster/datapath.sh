#!/usr/bin/env bash
# The data path of the lab (root only; sourced by up.sh after everything else is up):
#   - kube-proxy (Kubernetes $K8S_VERSION, iptables mode) inside each node's network namespace,
#   - pod routes between the node namespaces (each node owns 10.244.N.0/24),
#   - the `database` VM's guest: a real MariaDB in a namespace of its own (mlb-guest-database), wired like a
#     pod to the node and pod IP the VM simulator gave the VM's virt-launcher pod.
# So the lab's last step works: curl -s --http0.9 <LoadBalancer IP>:3306 | cut -c1-16 shows MariaDB's greeting.
# `labtool follow` (started by up.sh as guest-follower) runs `datapath.sh wire NODE IP` when the VM's pod moves.
# Sourced by up.sh, it expects up.sh's functions and variables (k, start, running, STATE, NODES, ...).

# the database guest (namespace mlb-guest-database, MariaDB inside) plugged into the node and at the IP of the
# VM's virt-launcher pod; rewired when that pod moves (migration, restart)
gns=mlb-guest-database
wire_guest() { # node podIP (both empty: the VM is stopped)
  local node=$1 podip=$2
  if [ -z "$podip" ]; then # VM stopped: the guest is unreachable, as on a real cluster
    local n
    for n in "${NODES[@]}"; do ip -n "mlb-$n" link del g-database 2>/dev/null || true; done
    if [ -f "$STATE/guest-database.wiring" ]; then
      rm -f "$STATE/guest-database.wiring"
      log "data path: database is not running, its guest is unplugged"
    fi
    return 0
  fi
  local want="$node $podip" have=""
  [ -f "$STATE/guest-database.wiring" ] && have="$(cat "$STATE/guest-database.wiring")"
  if [ "$want" != "$have" ] || ! ip netns list | grep -qw "$gns"; then
    log "data path: database guest (MariaDB) at $podip on $node"
    local n
    for n in "${NODES[@]}"; do ip -n "mlb-$n" link del g-database 2>/dev/null || true; done # routes go with it
    ip netns list | grep -qw "$gns" || ip netns add "$gns"
    ip -n "$gns" link del eth0 2>/dev/null || true
    ip link add g-database netns "mlb-$node" type veth peer name eth0 netns "$gns"
    ip -n "mlb-$node" addr add 169.254.1.1/32 dev g-database
    ip -n "mlb-$node" link set g-database up
    ip -n "mlb-$node" route replace "$podip/32" dev g-database
    ip -n "$gns" link set lo up
    ip -n "$gns" addr add "$podip/32" dev eth0
    ip -n "$gns" link set eth0 up
    ip -n "$gns" route add 169.254.1.1 dev eth0
    ip -n "$gns" route add default via 169.254.1.1 dev eth0
    echo "$want" > "$STATE/guest-database.wiring"
  fi
}

datapath_setup() {
  command -v iptables-restore >/dev/null 2>&1 || apt_install iptables || return 1
  if ! command -v mariadbd >/dev/null 2>&1 || ! command -v my_print_defaults >/dev/null 2>&1; then
    # the server and install-db binaries only: no service scripts, nothing starts on the host
    log "installing mariadb-server-core, mariadb-client-core (apt-get)"
    apt_install mariadb-server-core mariadb-client-core || return 1
  fi

  # kube-proxy's own user: the bootstrap RBAC binds system:kube-proxy to system:node-proxier
  grep -q ',system:kube-proxy,' "$STATE/tokens.csv" || return 1
  kubeconfig "$STATE/kube-proxy.kubeconfig" system:kube-proxy "$BRIDGE_API_URL"

  local i j n
  i=0
  for n in "${NODES[@]}"; do
    i=$((i + 1))
    ip netns exec "mlb-$n" sysctl -qw net.ipv4.ip_forward=1
    j=0
    for _ in "${NODES[@]}"; do
      j=$((j + 1))
      [ $j = $i ] && continue
      ip -n "mlb-$n" route replace "10.244.$j.0/24" via "$SUBNET_PREFIX.1$j" dev eth0
    done
    if ! running "kube-proxy-$n"; then
      log "start: kube-proxy on $n (netns mlb-$n, iptables mode)"
      start_in_netns "mlb-$n" "kube-proxy-$n" "$K8S_BIN/kube-proxy" --kubeconfig "$STATE/kube-proxy.kubeconfig" \
        --hostname-override "$n" --proxy-mode iptables --cluster-cidr 10.244.0.0/16 \
        --conntrack-max-per-core 0 --conntrack-tcp-timeout-established 0 --conntrack-tcp-timeout-close-wait 0 \
        --metrics-bind-address 127.0.0.1:10249 --healthz-bind-address "$SUBNET_PREFIX.1$i:10256"
    fi
  done

  # A guest namespace that lost its interface while the wiring file stayed (seen after the machine's processes
  # died and up.sh ran again: lo down, no eth0, the file saying "wired") is wired again from scratch.
  if [ -f "$STATE/guest-database.wiring" ] && ! ip -n "$gns" link show eth0 >/dev/null 2>&1; then
    log "data path: the database guest's namespace has no interface: wiring it again"
    rm -f "$STATE/guest-database.wiring"
    stop_lab guest-follower
  fi
  # plug the guest in where the database VM's launcher pod is, now and whenever it moves
  start guest-follower "$LABTOOL" follow --kubeconfig "$STATE/setup.kubeconfig" --namespace vmexamples --vmi database \
    -- bash "$CLUSTER_DIR/datapath.sh" wire
  ip netns list | grep -qw "$gns" || ip netns add "$gns"
  try_wait 30 test -f "$STATE/guest-database.wiring" || log "WARNING: the database VM's guest is not plugged in yet"
  if ! running mariadb; then
    local d="$STATE/mariadb"
    mkdir -p "$d"
    if [ ! -d "$d/data/mysql" ]; then
      mariadb-install-db --no-defaults --datadir="$d/data" --user=root --skip-test-db \
        --auth-root-authentication-method=normal >"$LOGS/mariadb-install.log" 2>&1 || return 1
    fi
    log "start: MariaDB $(mariadbd --version | awk '{print $3}') as the database VM's guest (netns $gns, port 3306)"
    start_in_netns "$gns" mariadb mariadbd --no-defaults --datadir="$d/data" --user=root --port=3306 \
      --bind-address=0.0.0.0 --socket="$d/mysqld.sock" --pid-file="$d/mysqld.pid" --skip-name-resolve --skip-grant-tables \
      --log-error="$LOGS/mariadb-server.log"
  fi
  try_wait 60 ip netns exec "$gns" bash -c 'exec 3<>/dev/tcp/127.0.0.1/3306' || return 1
  return 0
}

if [ "${BASH_SOURCE[0]}" = "$0" ] && [ "${1:-}" = wire ]; then # called by `labtool follow`
  source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
  wire_guest "${2:-}" "${3:-}"
fi
