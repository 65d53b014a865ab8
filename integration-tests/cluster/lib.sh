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
FRRK8S_VERSION=v0.0.21       # what OpenShift 4.21 ships; MetalLB's speaker runs against it (METALLB_BGP_TYPE=frr-k8s)
FRRK8S_MODULE=github.com/metallb/frr-k8s
FRRK8S_NAMESPACE=frr-k8s-system   # the module's own (OpenShift deploys it to openshift-frr-k8s)

CACHE_ROOT="${XDG_CACHE_HOME:-$HOME/.cache}/metallb-console-plugin"
K8S_BIN="$CACHE_ROOT/kubernetes-$K8S_VERSION/bin"
METALLB_BIN="$CACHE_ROOT/metallb-$METALLB_VERSION/bin"
KWOK_BIN="$CACHE_ROOT/kwok-$KWOK_VERSION/bin"
FRRK8S_BIN="$CACHE_ROOT/frr-k8s-$FRRK8S_VERSION/bin"
TOOLS_BIN="$CACHE_ROOT/tools/bin"
KUBECTL="$K8S_BIN/kubectl"

# lab network (the MetalLB lab this plugin is for)
BRIDGE="${CLUSTER_BRIDGE:-mlbbr0}"
SUBNET_PREFIX=192.168.123
SUBNET="$SUBNET_PREFIX.0/24"
NODES=(worker-1 worker-2 worker-3)
CLIENT_NS=mlb-client
# the BGP lab: an upstream router on the bridge, and a client behind it on a subnet of its own
ROUTER_NS=mlb-router
ROUTER_IP=$SUBNET_PREFIX.2
ROUTER_ASN=64501
NODE_ASN=64500                    # the nodes' ASN (the BGPPeer's myASN)
BGP_POOL_RANGE=$SUBNET_PREFIX.192-$SUBNET_PREFIX.199   # LoadBalancer addresses for BGP (outside .200-.250)
BGP_CLIENT_NS=mlb-bgp-client
BGP_CLIENT_SUBNET=192.168.124.0/24
BGP_CLIENT_ROUTER_IP=192.168.124.1
BGP_CLIENT_IP=192.168.124.100

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

# ---------------------------------------------------------------- the lab's processes, and only those
# Every process the scripts signal is one they started and recorded: its pid in $PIDS/NAME.pid, written right
# after the fork, and its start time in NAME.start (field 22 of /proc/PID/stat, clock ticks since boot). A pid
# counts as NAME only while the process with that pid started at that time: once ours has ended, the kernel
# may give its pid to any other process of the machine (pid_max is 32768 here), and that one is never
# signalled. Pid files written by older scripts have no .start: such a pid counts only if its process started
# before the pid file was written (a reused pid starts after). Processes are never selected by name, by
# namespace or by scanning /proc; down.sh also ends what `ip netns pids` lists in the lab's own namespaces.
PIDS="$STATE/pids"
LOGS="$STATE/logs"
POD_SH="$CLUSTER_DIR/pod.sh"
proc_start() { # pid -> its start time in clock ticks since boot; fails when no such process
  local s
  s="$(cat "/proc/$1/stat" 2>/dev/null)" || return 1
  [ -n "$s" ] || return 1
  s="${s##*) }" # what follows the command name (which may hold spaces and parentheses): fields 3..
  # shellcheck disable=SC2086
  set -- $s
  [ -n "${20:-}" ] && echo "${20}"
}
record_pid() { # name pid: NAME.pid and NAME.start
  local st
  st="$(proc_start "$2")" || st=""
  echo "$2" > "$PIDS/$1.pid"
  if [ -n "$st" ]; then echo "$st" > "$PIDS/$1.start"; else rm -f "$PIDS/$1.start"; fi
}
lab_pid() { # name -> the pid of the process recorded as NAME, if that very process still runs
  local f="$PIDS/$1.pid" pid st rec btime hz
  [ -f "$f" ] || return 1
  pid="$(cat "$f")"
  [[ "$pid" =~ ^[1-9][0-9]*$ ]] || return 1
  st="$(proc_start "$pid")" || return 1
  # NAME.start counts only when written with this pid file (record_pid writes it right after); an older
  # up.sh rewrites NAME.pid and leaves the .start of the process before, which then says nothing
  if [ -f "$PIDS/$1.start" ] && ! [ "$f" -nt "$PIDS/$1.start" ]; then
    rec="$(cat "$PIDS/$1.start")"
    [ "$st" = "$rec" ] || return 1
  else # an older script's pid file: the process must have started before the file was written (+1 s for
    # the boot time's rounding)
    btime="$(awk '/^btime/ { print $2 }' /proc/stat)"; hz="$(getconf CLK_TCK)"
    [ "$st" -le $(( ($(stat -c %Y "$f") + 1 - btime) * hz )) ] || return 1
  fi
  echo "$pid"
}
signal_lab() { # name signal: to the process recorded as NAME (nothing when it no longer runs)
  local pid
  pid="$(lab_pid "$1")" || return 0
  kill -s "$2" "$pid" 2>/dev/null || true
}
forget_pid() { rm -f "$PIDS/$1.pid" "$PIDS/$1.start"; }
stop_lab() { # name [seconds]: TERM, then KILL after the grace period; forgets it
  local pid i
  if pid="$(lab_pid "$1")"; then
    kill -s TERM "$pid" 2>/dev/null || true
    for i in $(seq 1 $(( ${2:-5} * 10 ))); do lab_pid "$1" >/dev/null || break; sleep 0.1; done
    signal_lab "$1" KILL
    for i in $(seq 1 50); do lab_pid "$1" >/dev/null || break; sleep 0.1; done
    log "stopped $1 (pid $pid)"
  fi
  forget_pid "$1"
}
running() { lab_pid "$1" >/dev/null; }
# A daemon must not inherit the caller's descriptors: run under `flock /tmp/mlb-cluster.lock ...`, the
# lock's descriptor would stay open in every daemon, and the lock would never be released.
close_fds() { local fd; for fd in /proc/$BASHPID/fd/*; do fd=${fd##*/}; [ "$fd" -gt 2 ] && eval "exec $fd>&-"; done; }
start() { # name cmd... (runs in the background, logs to $LOGS/name.log, pid in $PIDS/name.pid + .start)
  local name=$1; shift
  if running "$name"; then return; fi
  # own session: the processes outlive the shell (and the terminal) that started them
  ( close_fds; exec setsid nohup "$@" >>"$LOGS/$name.log" 2>&1 </dev/null ) &
  record_pid "$name" $!
}
start_in_netns() { # netns name cmd... (`ip netns exec` execs cmd: the recorded pid is cmd's)
  local ns=$1 name=$2; shift 2
  if running "$name"; then return; fi
  ( close_fds; exec setsid nohup ip netns exec "$ns" "$@" >>"$LOGS/$name.log" 2>&1 </dev/null ) &
  record_pid "$name" $!
}

# ---------------------------------------------------------------- pods: sandboxes and containers
# A pod is a sandbox (pod.sh: the pod's PID, mount and UTS namespaces inside its node's network namespace,
# its volumes mounted), recorded as NAME; each container joins it with nsenter and is recorded as its own
# name. Stopping: SIGKILL to the sandbox's recorded pid ends every process of the pod (pod.sh says why);
# SIGKILL to a container's recorded pid (nsenter, the container's parent outside) ends its process
# (setpriv --pdeathsig), and for FRR, whose daemons leave their parent, the container is a PID namespace
# of its own inside the pod's (unshare --kill-child), so its daemons end with it. No process is ever
# looked for: each is reached from a pid recorded when it was started (lib.sh, lab_pid).
pod_start() { # name netns hostname volumes [cmd...]: the sandbox, started unless it runs
  local name=$1 ns=$2; shift 2
  running "$name" && return 0
  start_in_netns "$ns" "$name" bash "$POD_SH" "$ns" "$@"
}
pod_init() { # name -> the pid of the pod's first process (the one child of the sandbox recorded as NAME, once
  # pod.sh has set the pod up and become `unshare --pid --fork`: before that, its children are its own commands)
  local pid c i
  pid="$(lab_pid "$1")" || return 1
  for i in $(seq 1 100); do
    if [[ "$(tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null)" == "unshare --pid --fork --kill-child "* ]]; then
      c="$(cat "/proc/$pid/task/$pid/children" 2>/dev/null || true)"
      c="${c%% *}"
      if [ -n "$c" ] && [ "$(readlink "/proc/$c/ns/pid" 2>/dev/null)" != "$(readlink "/proc/$pid/ns/pid")" ]; then
        echo "$c"; return 0
      fi
    fi
    sleep 0.1
  done
  return 1
}
pod_stop() { # name: the sandbox and with it every process of the pod
  local i
  signal_lab "$1" KILL
  for i in $(seq 1 50); do running "$1" || break; sleep 0.1; done
  forget_pid "$1"
}
container_start() { # pod netns name cmd...: the container, started in the pod unless it runs
  local pod=$1 ns=$2 name=$3 init; shift 3
  running "$name" && return 0
  init="$(pod_init "$pod")" || die "pod $pod: no sandbox runs (see $LOGS/$pod.log)"
  # the pod's first process lives in the lab namespace pod.sh checked: check again before entering it
  [ "$(stat -L -c '%d:%i' "/proc/$init/ns/net")" = "$(stat -L -c '%d:%i' "/var/run/netns/$ns")" ] ||
    die "pod $pod: its first process ($init) is not in network namespace $ns"
  start "$name" nsenter --target "$init" --net --mount --uts --pid -- \
    setpriv --pdeathsig KILL -- env --default-signal=HUP "$@"
}
