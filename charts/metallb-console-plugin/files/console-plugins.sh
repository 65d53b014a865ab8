#!/bin/sh
# Enable or disable a console plugin in consoles.operator.openshift.io/cluster spec.plugins, touching no other entry.
#
#   console-plugins.sh enable  PLUGIN   adds PLUGIN once (nothing to do when it is already there)
#   console-plugins.sh disable PLUGIN   removes every PLUGIN entry, keeps all others in their order
#
# Every write is a JSON patch whose first operation is a `test` of the resourceVersion read just before (and, when
# removing, a `test` of the entry itself): if anything changed the object in between, the API server rejects the
# patch as a whole, nothing is overwritten, and we read the object again and retry. Needs only kubectl (or oc) and
# a POSIX shell: no jq.
#
# Env: KUBECTL (default: kubectl, else oc), CONSOLE_RESOURCE (default consoles.operator.openshift.io/cluster),
#      ATTEMPTS (default 10), plus whatever kubectl reads (KUBECONFIG, in-cluster service account).
set -eu

usage() { echo "usage: $0 enable|disable PLUGIN_NAME" >&2; exit 2; }
[ $# -eq 2 ] || usage
action=$1
plugin=$2
case "$action" in enable|disable) ;; *) usage ;; esac
case "$plugin" in ''|*[!a-z0-9.-]*) echo "invalid plugin name: '$plugin'" >&2; exit 2 ;; esac

if [ -z "${KUBECTL:-}" ]; then
  KUBECTL=$(command -v kubectl || command -v oc || true)
  [ -n "$KUBECTL" ] || { echo "neither kubectl nor oc found" >&2; exit 1; }
fi
RESOURCE=${CONSOLE_RESOURCE:-consoles.operator.openshift.io/cluster}
ATTEMPTS=${ATTEMPTS:-10}

log() { echo "[console-plugins] $*"; }

# Reads the object once. Sets: rv (resourceVersion), has_spec (yes/empty), plugins (space separated, in order),
# index (0-based position of the first $plugin entry, empty when absent).
read_state() {
  out=$("$KUBECTL" get "$RESOURCE" -o \
    'jsonpath={"rv="}{.metadata.resourceVersion}{"\n"}{range .spec.plugins[*]}{"p="}{@}{"\n"}{end}{"spec="}{.spec}{"\n"}') || return 1
  rv=; has_spec=; plugins=; index=; i=0
  while IFS= read -r line; do
    case "$line" in
      rv=*) rv=${line#rv=} ;;
      p=*)
        name=${line#p=}
        plugins="$plugins${plugins:+ }$name"
        if [ "$name" = "$plugin" ] && [ -z "$index" ]; then index=$i; fi
        i=$((i + 1)) ;;
      spec=?*) has_spec=yes ;;
    esac
  done <<EOT
$out
EOT
  [ -n "$rv" ] || { echo "no resourceVersion read from $RESOURCE" >&2; return 1; }
}

patch() {
  "$KUBECTL" patch "$RESOURCE" --type=json -p "$1" >/dev/null
}

attempt=1
rounds=0
while :; do
  rounds=$((rounds + 1))
  if [ "$rounds" -gt 50 ]; then
    echo "[console-plugins] $action $plugin: the object keeps changing under us; giving up" >&2
    exit 1
  fi
  if ! read_state; then
    if [ "$action" = disable ] && ! "$KUBECTL" get "$RESOURCE" >/dev/null 2>&1; then
      # uninstall must not be blocked by a console that is gone
      log "$RESOURCE not readable; nothing to disable"
      exit 0
    fi
    result=failed-read
  else
    guard="{\"op\":\"test\",\"path\":\"/metadata/resourceVersion\",\"value\":\"$rv\"}"
    if [ "$action" = enable ]; then
      if [ -n "$index" ]; then
        log "$plugin already enabled (spec.plugins: $plugins)"
        exit 0
      elif [ -n "$plugins" ]; then
        ops="[$guard,{\"op\":\"add\",\"path\":\"/spec/plugins/-\",\"value\":\"$plugin\"}]"
      elif [ -n "$has_spec" ]; then
        # spec.plugins absent or empty (the test on resourceVersion proves it still is)
        ops="[$guard,{\"op\":\"add\",\"path\":\"/spec/plugins\",\"value\":[\"$plugin\"]}]"
      else
        ops="[$guard,{\"op\":\"add\",\"path\":\"/spec\",\"value\":{\"plugins\":[\"$plugin\"]}}]"
      fi
    else
      if [ -z "$index" ]; then
        log "$plugin not enabled (spec.plugins: ${plugins:-none})"
        exit 0
      fi
      ops="[$guard,{\"op\":\"test\",\"path\":\"/spec/plugins/$index\",\"value\":\"$plugin\"},{\"op\":\"remove\",\"path\":\"/spec/plugins/$index\"}]"
    fi
    if patch "$ops"; then
      log "${action}d $plugin (was: ${plugins:-none}; resourceVersion $rv)"
      # disable loops to remove duplicates too; enable loops once more to report the result
      attempt=1
      continue
    fi
    result=conflict-or-error
  fi
  if [ "$attempt" -ge "$ATTEMPTS" ]; then
    echo "[console-plugins] giving up to $action $plugin after $attempt attempts ($result)" >&2
    exit 1
  fi
  log "attempt $attempt to $action $plugin failed ($result); reading again"
  attempt=$((attempt + 1))
  sleep $((attempt > 5 ? 5 : attempt))
done
