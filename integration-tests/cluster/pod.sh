#!/usr/bin/env bash
# pod.sh NETNS HOSTNAME VOLUMES_DIR [CMD...]
# A pod's sandbox, as a container runtime makes one for a hostNetwork pod with shareProcessNamespace (FRR-K8s's
# DaemonSet sets it): up.sh starts this under `ip netns exec NETNS` (its node's network namespace, which also
# gives it a mount namespace of its own). It mounts the pod's volumes, each a folder of VOLUMES_DIR (the pod's
# emptyDirs): frr-conf -> /etc/frr, frr-sockets -> /var/run/frr, reloader -> /etc/frr_reloader (when present),
# then becomes the pod: a PID namespace, mount namespace and hostname (UTS namespace) of its own, whose first
# process (PID 1 in it) runs CMD, or, without CMD, only reaps orphans as a pod's pause process does.
#   - this process (the pid up.sh records) stays outside as the PID namespace's parent, and its first process
#     gets SIGKILL when it dies (unshare --kill-child): SIGKILL to the recorded pid ends the first process,
#     and when the first process of a PID namespace ends, the kernel ends every process in it. So the whole
#     pod (FRR's daemons, which leave their parent, included) stops by one signal to one recorded pid, and no
#     process outside the pod can be hit.
#   - containers join the pod with nsenter (lib.sh, container_start). What runs in the pod signals only
#     processes of the pod: FRR's scripts kill daemons by their pid files, FRR-K8s's controller sends SIGHUP
#     to the pid the reloader wrote; in the machine's PID namespace a stale one of those could name any
#     process of the machine, here it can only name one of the pod's.
set -euo pipefail
ns=$1 host=$2 vol=$3
shift 3
# only inside the lab network namespace named (never the host's): compare the namespaces' identities
want="$(stat -L -c '%d:%i' "/var/run/netns/$ns" 2>/dev/null)" || { echo "pod.sh: no network namespace $ns" >&2; exit 1; }
[ "$(stat -L -c '%d:%i' /proc/self/ns/net)" = "$want" ] || { echo "pod.sh: not inside network namespace $ns: refusing to start" >&2; exit 1; }
if [ $# = 0 ]; then # the pause process: reaps the pod's orphans until the pod ends
  set -- bash -c 'trap "exit 0" TERM; while :; do sleep 3600 & wait $!; done'
fi
# up.sh starts daemons under nohup, which ignores SIGHUP; a container's processes start with it at its default
# (FRR-K8s's reloader reloads FRR on SIGHUP, and a shell cannot trap a signal ignored when it started).
# The volumes are mounted and the hostname set before the PID namespace's first process is forked (in the
# pod's own mount namespace, private: nothing reaches the host's), so a container that joins the pod as soon
# as its first process exists (lib.sh, pod_init) finds them in place.
exec env --default-signal=HUP unshare --mount --propagation private --uts -- \
  bash -c 'set -e
    mount --bind "$1/frr-conf" /etc/frr
    mount --bind "$1/frr-sockets" /var/run/frr
    if [ -d "$1/reloader" ]; then mount --bind "$1/reloader" /etc/frr_reloader; fi
    hostname "$0"
    shift
    exec unshare --pid --fork --kill-child --mount-proc -- "$@"' "$host" "$vol" "$@"
