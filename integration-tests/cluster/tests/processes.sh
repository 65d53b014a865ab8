#!/usr/bin/env bash
# The lab's process rules (lib.sh, pod.sh) checked on processes of its own, in a state folder and a network
# namespace of its own (mlb-selftest-$$): never the cluster's. Needs root (network namespaces); run by
# processes.test.ts, or by hand: bash integration-tests/cluster/tests/processes.sh
# Every process this script signals it started itself. It prints one line per check and exits 1 on the first
# failure.
set -uo pipefail
export CLUSTER_STATE
CLUSTER_STATE="$(mktemp -d /tmp/mlb-selftest.XXXXXX)"
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
mkdir -p "$PIDS" "$LOGS"
NS="mlb-selftest-$$"
bystanders=()
cleanup() {
  local p
  # what this script started: its pods (by their recorded pids), its bystanders (their pids, from $!)
  for n in pod pod2; do signal_lab "$n" KILL; done
  for p in "${bystanders[@]}"; do kill -9 "$p" 2>/dev/null || true; done
  if [ -e "/var/run/netns/$NS" ]; then
    for p in $(ip netns pids "$NS" 2>/dev/null); do kill -9 "$p" 2>/dev/null || true; done
    ip netns delete "$NS"
  fi
  rm -rf "$CLUSTER_STATE"
}
trap cleanup EXIT
ok() { echo "ok: $*"; }
fail() { echo "FAILED: $*"; exit 1; }
alive() { [ -d "/proc/$1" ] && [ "$(awk '{ print $3 }' "/proc/$1/stat" 2>/dev/null)" != Z ]; }
gone_within() { # seconds pid: true once pid has ended
  local i
  for i in $(seq 1 $(($1 * 10))); do alive "$2" || return 0; sleep 0.1; done
  return 1
}
netns_cmds() { local p; for p in $(ip netns pids "$NS"); do { tr '\0' ' ' < "/proc/$p/cmdline"; } 2>/dev/null; echo; done; }
in_ns() { # pattern: some process in the namespace has exactly that command line
  local cmds; cmds="$(netns_cmds)"; grep -qx "$1" <<<"$cmds"
}
count_in_ns() { local cmds; cmds="$(netns_cmds)"; grep -cx "$1" <<<"$cmds"; }

[ "$(id -u)" = 0 ] || fail "prerequisite missing: root (network and PID namespaces); run the cluster suite as root"
for c in ip unshare nsenter setpriv; do command -v "$c" >/dev/null || fail "prerequisite missing: $c (util-linux, iproute2)"; done

# --- the scripts: a signal is sent only by lib.sh's helpers (to recorded pids), kill.sh (through them) and
# down.sh's sweep of the lab's own network namespaces
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
allowed() { # file line: one of the known signal lines
  case "$1" in
    lib.sh) [[ "$2" == *'kill -s "$2" "$pid" 2>/dev/null || true' ]] || [[ "$2" == *'kill -s TERM "$pid" 2>/dev/null || true' ]] ;;
    kill.sh) [[ "$2" == *'kill -s "${2:-KILL}" "$pid"' ]] ;;
    down.sh) [[ "$2" == *'for p in $(ip netns pids "$ns" 2>/dev/null); do kill -9 "$p" 2>/dev/null || true; done' ]] ;;
    *) false ;;
  esac
}
for f in "$here"/*.sh; do
  hits="$(grep -nE '(^|[^-a-zA-Z_])(kill|pkill|killall)( |$)' "$f" | grep -vE '^[0-9]+:[[:space:]]*#' || true)"
  while IFS= read -r line; do
    [ -z "$line" ] || allowed "$(basename "$f")" "$line" || fail "$(basename "$f"): a signal outside lib.sh's helpers: $line"
  done <<<"$hits"
done
ok "no script signals a process but through lib.sh's helpers (recorded pids) or down.sh's namespace sweep"

# --- pid files: a pid counts only while it is the very process that was recorded
sleep 600 & a=$!; bystanders+=("$a")
record_pid a "$a"
[ "$(lab_pid a)" = "$a" ] || fail "lab_pid a: $(lab_pid a) != $a"
ok "a recorded process is found by its name"
sleep 0.05 # b starts at least one clock tick (10 ms) after a: their start times differ
sleep 601 & b=$!; bystanders+=("$b")
cp "$PIDS/a.start" "$PIDS/b.start"; echo "$b" > "$PIDS/b.pid" # b's pid, with a's start time: a reused pid
lab_pid b >/dev/null && fail "lab_pid accepted a pid whose start time is not the recorded one"
signal_lab b KILL; stop_lab b 1
alive "$b" || fail "signal_lab/stop_lab signalled a process that was not the one recorded"
ok "a pid with another start time (a reused pid) is never signalled, and stays alive"
echo "$b" > "$PIDS/c.pid"; touch -d '-1 hour' "$PIDS/c.pid" # an older script's pid file, written before b started
lab_pid c >/dev/null && fail "lab_pid accepted a pid that started after its (start-less) pid file was written"
signal_lab c KILL
alive "$b" || fail "signal_lab signalled a process that started after the pid file"
echo "$b" > "$PIDS/d.pid" # written after b started: an older script's file for b itself
[ "$(lab_pid d)" = "$b" ] || fail "lab_pid refused an older script's pid file of a running process"
ok "an older script's pid file (no .start) counts only for a process started before it was written"
# an older up.sh rewrote a.pid for a new process and left the .start of the one before: the .start says nothing
sleep 0.05
sleep 608 & e=$!; bystanders+=("$e")
record_pid e "$e"; cp "$PIDS/a.start" "$PIDS/e.start"; touch -d '-1 minute' "$PIDS/e.start"; echo "$e" > "$PIDS/e.pid"
[ "$(lab_pid e)" = "$e" ] || fail "lab_pid refused an older script's pid file because of a stale .start"
ok "a .start older than its pid file (left by an older script) is ignored"
stop_lab a 2
gone_within 2 "$a" || fail "stop_lab a: still running"
[ -e "$PIDS/a.pid" ] && fail "stop_lab a left its pid file"
ok "stop_lab ends the recorded process and forgets it"

# --- pods: one signal to one recorded pid ends the pod; a container's ends the container
ip netns add "$NS"
vol="$CLUSTER_STATE/vol"; mkdir -p "$vol/frr-conf" "$vol/frr-sockets" /var/run/frr /etc/frr /etc/frr_reloader
sleep 602 & sentinel=$!; bystanders+=("$sentinel")
out="$(bash "$POD_SH" "$NS" selftest "$vol" sleep 1 2>&1)" && fail "pod.sh ran in the host's network namespace"
case "$out" in *"not inside network namespace $NS"*) ;; *) fail "pod.sh refused with another message: $out" ;; esac
ok "pod.sh refuses to run outside the lab namespace it names"
pod_start pod "$NS" selftest "$vol"
init="$(pod_init pod)" || fail "no pod's first process"
[ "$(stat -L -c %d:%i "/proc/$init/ns/net")" = "$(stat -L -c %d:%i "/var/run/netns/$NS")" ] || fail "the pod is not in $NS"
# as soon as the pod's first process exists, its hostname and volumes are in place (containers join then)
[ "$(nsenter -t "$init" -u hostname)" = selftest ] || fail "the pod's hostname: $(nsenter -t "$init" -u hostname) ($(cat "$LOGS/pod.log"))"
echo probe > "$vol/frr-conf/probe"
[ "$(nsenter -t "$init" -m cat /etc/frr/probe 2>&1)" = probe ] || fail "the pod's /etc/frr is not its frr-conf volume"
[ -e /etc/frr/probe ] && fail "the pod's volume mount reached the host's /etc/frr"
# a container whose processes leave it (as FRR's daemons leave watchfrr): a PID namespace of its own
container_start pod "$NS" daemons unshare --pid --fork --kill-child --mount-proc -- \
  bash -c '(setsid sleep 603 &); (sleep 604 &); exec sleep 605'
container_start pod "$NS" plain sleep 606
# inside the pod, the machine's pids are out of reach: a stale pid there names none of them
container_start pod "$NS" probe bash -c "kill -0 $sentinel 2>/dev/null && echo reach || echo no-reach; exec sleep 607"
for i in $(seq 1 50); do [ "$(count_in_ns 'sleep 60[3-7] ')" = 5 ] && break; sleep 0.1; done
[ "$(count_in_ns 'sleep 60[3-7] ')" = 5 ] || fail "the pod's containers did not start: $(netns_cmds)"
ok "a pod (sandbox) with three containers in $NS"
grep -q no-reach "$LOGS/probe.log" || fail "a process in the pod reaches the machine's pid $sentinel: $(cat "$LOGS/probe.log")"
ok "a process in the pod cannot signal a process of the machine by its pid"
signal_lab daemons KILL
for i in $(seq 1 30); do in_ns 'sleep 60[345] ' || break; sleep 0.1; done
in_ns 'sleep 60[345] ' && fail "killing the container left its processes: $(netns_cmds)"
in_ns 'sleep 606 ' || fail "killing one container ended another"
alive "$sentinel" || fail "killing a container ended a process outside the pod"
ok "SIGKILL to a container's recorded pid ends it, the processes that left it included; the rest lives"
signal_lab plain TERM
for i in $(seq 1 30); do in_ns 'sleep 606 ' || break; sleep 0.1; done
in_ns 'sleep 606 ' && fail "TERM to a plain container's recorded pid left it running"
ok "TERM to a container's recorded pid ends it"
pod_stop pod
for i in $(seq 1 30); do [ -z "$(ip netns pids "$NS")" ] && break; sleep 0.1; done
[ -z "$(ip netns pids "$NS")" ] || fail "pod_stop left processes in $NS: $(netns_cmds)"
alive "$sentinel" || fail "pod_stop ended a process outside the pod"
alive "$b" || fail "pod_stop ended a process outside the pod"
ok "SIGKILL to the sandbox's recorded pid ends every process of the pod, and nothing else"
# a sandbox whose recorded pid file names another process (reused) is not signalled
pod_start pod2 "$NS" selftest "$vol"
pod_init pod2 >/dev/null || fail "no second pod"
echo "$sentinel" > "$PIDS/pod2.pid"; touch -d '-1 hour' "$PIDS/pod2.pid" # a pid file as it was, naming a pid now reused
pod_stop pod2
alive "$sentinel" || fail "pod_stop signalled a reused pid"
ok "pod_stop does nothing to a process its pid file no longer names"
echo "all process checks passed"
