#!/usr/bin/env bash
# kill.sh NAME [SIGNAL]: sends SIGNAL (default KILL) to the lab process recorded as NAME (.cluster/pids), only
# while that very process runs (lib.sh, lab_pid); fails when it does not. What the tests use to kill a speaker
# (`speaker-worker-1`) or a node's FRR (`frrk8s-worker-1-frr`: its container, FRR's daemons with it). Prints
# the pid it signalled.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
name=${1:?usage: kill.sh NAME [SIGNAL]}
pid="$(lab_pid "$name")" || die "$name is not running (no process recorded as it in $PIDS)"
kill -s "${2:-KILL}" "$pid"
echo "$pid"
