#!/usr/bin/env bash
# vtysh.sh NAME ARGS...: FRR's vtysh inside a lab FRR (its network and mount namespace: its sockets and
# config), NAME being what up.sh recorded it as: `router-frr` (the router) or `frrk8s-<node>-frr` (the FRR
# container of a node's FRR-K8s pod), e.g. bash integration-tests/cluster/vtysh.sh router-frr -c 'show bgp summary'
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
name=${1:?usage: vtysh.sh NAME ARGS...}
shift
pid="$(lab_pid "$name")" || die "$name is not running (no process recorded as it in $PIDS)"
exec nsenter -t "$pid" -n -m -u vtysh "$@"
