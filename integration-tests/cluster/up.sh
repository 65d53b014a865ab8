#!/usr/bin/env bash
# Brings the local MetalLB lab cluster up (idempotent). See README.md beside this file.
#   real:      etcd, kube-apiserver, kube-controller-manager, kube-scheduler, kube-proxy, kubectl (Kubernetes
#              1.35), MetalLB $METALLB_VERSION (v0.16.1; v0.15.2 as OpenShift 4.20 ships it, see lib.sh)
#              controller (+ its validating webhook, registered by URL) and one speaker per node, in FRR-K8s
#              mode, running as the pods of MetalLB's own Deployment and DaemonSet, FRR-K8s v0.0.21
#              (controller, FRR, reloader, status writer) as the pods of its DaemonSet, a BGP router (FRR) and a
#              client behind it (bgp.sh), kwok (fake kubelets), CRDs from the upstream modules, MariaDB as the
#              database guest.
#   simulated: the VM simulator (labtool vmsim) standing in for KubeVirt's controllers, and the MetalLB
#              operator's part (its MetalLB CRD, fixtures/metallb-operator.crd.yaml, and the MetalLB
#              resource's status conditions, labtool operatorsim). Nothing else.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

API_PORT="${CLUSTER_API_PORT:-6443}"
ETCD_PORT="${CLUSTER_ETCD_PORT:-12379}"
KCM_PORT=10357
SCHED_PORT=10359
KWOK_PORT=10347
MLB_METRICS_PORT=17480
MLB_HEALTH_PORT=17481
PKI="$STATE/pki"
mkdir -p "$STATE" "$PKI" "$LOGS" "$PIDS"
rm -f "$PIDS"/*.mntns "$PIDS"/*.netns # what an older bgp.sh recorded for container.sh (gone): nothing reads them
T0=$(date +%s)

# ---------------------------------------------------------------- prerequisites
ensure_apt() { # command package...
  local missing=() c
  for c in "$@"; do
    case "$c" in
      ip) command -v ip >/dev/null || missing+=(iproute2) ;;
      arping) command -v arping >/dev/null || missing+=(iputils-arping) ;;
      openssl) command -v openssl >/dev/null || missing+=(openssl) ;;
      curl) command -v curl >/dev/null || missing+=(curl) ;;
      iptables) command -v iptables-restore >/dev/null || missing+=(iptables) ;;
    esac
  done
  [ ${#missing[@]} -eq 0 ] && return
  log "installing ${missing[*]} (apt-get)"
  apt_install "${missing[@]}" || die "apt-get install ${missing[*]} failed"
}
APT_UPDATED=no
apt_install() { # packages... (apt-get update once per run, then install)
  is_root && command -v apt-get >/dev/null || die "missing: $* (install them, or run as root so this script can)"
  if [ "$APT_UPDATED" = no ]; then apt-get update -qq >/dev/null || return 1; APT_UPDATED=yes; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null 2>&1
}
need_go
ensure_apt openssl curl
if is_root; then ensure_apt ip arping; fi

# ---------------------------------------------------------------- binaries (cached by version)
[ -n "${LAB_SKIP_BUILD:-}" ] || bash "$CLUSTER_DIR/build.sh" all
labtool_hash="$(cat "$CLUSTER_DIR"/labtool/*.go "$CLUSTER_DIR"/labtool/go.mod | sha256sum | cut -c1-12)"
LABTOOL="$TOOLS_BIN/labtool-$labtool_hash"
if [ ! -x "$LABTOOL" ]; then
  log "build: labtool (VM simulator, guest follower, forwarder) from integration-tests/cluster/labtool (cold: ~1 min)"
  mkdir -p "$TOOLS_BIN"
  (cd "$CLUSTER_DIR/labtool" && GOTOOLCHAIN=local GOFLAGS=-mod=mod go build -trimpath -o "$LABTOOL" .) || die "labtool build failed"
fi


# ---------------------------------------------------------------- process helpers (start, running: lib.sh)
try_wait() { # seconds cmd...   (0 once cmd succeeds, 1 after the time is up)
  local deadline=$(($(date +%s) + $1)); shift
  while [ "$(date +%s)" -le "$deadline" ]; do "$@" >/dev/null 2>&1 && return 0; sleep 0.3; done
  return 1
}
wait_for() { # description seconds cmd...
  local what=$1 secs=$2; shift 2
  try_wait "$secs" "$@" || die "timed out waiting for $what (logs: $LOGS)"
}
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# ---------------------------------------------------------------- PKI and users
if [ ! -f "$PKI/ca.crt" ]; then
  log "pki: CA, API server and webhook certificates, service-account keys"
  openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=metallb-lab-ca" \
    -keyout "$PKI/ca.key" -out "$PKI/ca.crt" 2>/dev/null
  issue() { # name cn san
    openssl req -newkey rsa:2048 -nodes -subj "/CN=$2" -keyout "$PKI/$1.key" -out "$PKI/$1.csr" 2>/dev/null
    printf 'subjectAltName=%s\nextendedKeyUsage=serverAuth\n' "$3" > "$PKI/$1.ext"
    openssl x509 -req -in "$PKI/$1.csr" -CA "$PKI/ca.crt" -CAkey "$PKI/ca.key" -CAcreateserial -days 3650 \
      -extfile "$PKI/$1.ext" -out "$PKI/$1.crt" 2>/dev/null
  }
  issue apiserver kube-apiserver "IP:127.0.0.1,IP:$SUBNET_PREFIX.1,IP:10.96.0.1,DNS:localhost,DNS:kubernetes,DNS:kubernetes.default,DNS:kubernetes.default.svc,DNS:kubernetes.default.svc.cluster.local"
  issue webhook metallb-webhook-service "IP:127.0.0.1,DNS:metallb-webhook-service.metallb-system.svc"
  openssl genrsa -out "$PKI/sa.key" 2048 2>/dev/null
  openssl rsa -in "$PKI/sa.key" -pubout -out "$PKI/sa.pub" 2>/dev/null
  head -c 16 /dev/urandom > "$PKI/memberlist-secretkey"
fi
tok() { head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n'; }
TOKENS_CHANGED=no
ensure_user() { # user uid groups (token file line: token,user,uid,"groups")
  touch "$STATE/tokens.csv"; chmod 600 "$STATE/tokens.csv"
  grep -q "^[0-9a-f]*,$1,$2," "$STATE/tokens.csv" && return
  echo "$(tok),$1,$2,\"$3\"" >> "$STATE/tokens.csv"
  TOKENS_CHANGED=yes
}
ensure_user lab-setup lab-setup system:masters
ensure_user admin admin system:authenticated
ensure_user vm-owner vm-owner system:authenticated
ensure_user system:kube-controller-manager kcm system:masters
ensure_user system:kube-scheduler kube-scheduler system:authenticated
ensure_user kwok kwok system:masters
ensure_user vm-simulator vm-simulator system:masters
ensure_user system:kube-proxy kube-proxy system:authenticated
ensure_user system:serviceaccount:metallb-system:controller metallb-controller "system:serviceaccounts,system:serviceaccounts:metallb-system,system:authenticated"
ensure_user system:serviceaccount:metallb-system:speaker metallb-speaker "system:serviceaccounts,system:serviceaccounts:metallb-system,system:authenticated"
ensure_user "system:serviceaccount:$FRRK8S_NAMESPACE:frr-k8s-daemon" frrk8s-daemon "system:serviceaccounts,system:serviceaccounts:$FRRK8S_NAMESPACE,system:authenticated"
token_of() { awk -F, -v u="$1" '$2 == u { print $1 }' "$STATE/tokens.csv"; }
kubeconfig() { # file user server
  cat > "$1" <<YAML
apiVersion: v1
kind: Config
clusters:
- name: metallb-lab
  cluster:
    server: $3
    certificate-authority: $PKI/ca.crt
users:
- name: $2
  user:
    token: $(token_of "$2")
contexts:
- name: $2@metallb-lab
  context: {cluster: metallb-lab, user: $2}
current-context: $2@metallb-lab
YAML
  chmod 600 "$1"
}
API_URL="https://127.0.0.1:$API_PORT"
BRIDGE_API_URL="https://$SUBNET_PREFIX.1:$API_PORT"
kubeconfig "$STATE/setup.kubeconfig" lab-setup "$API_URL"
kubeconfig "$STATE/admin.kubeconfig" admin "$API_URL"
kubeconfig "$STATE/vm-owner.kubeconfig" vm-owner "$API_URL"
kubeconfig "$STATE/kcm.kubeconfig" system:kube-controller-manager "$API_URL"
kubeconfig "$STATE/scheduler.kubeconfig" system:kube-scheduler "$API_URL"
kubeconfig "$STATE/kwok.kubeconfig" kwok "$API_URL"
kubeconfig "$STATE/vmsim.kubeconfig" vm-simulator "$API_URL"
kubeconfig "$STATE/metallb-controller.kubeconfig" system:serviceaccount:metallb-system:controller "$API_URL"
kubeconfig "$STATE/metallb-speaker.kubeconfig" system:serviceaccount:metallb-system:speaker "$BRIDGE_API_URL"
kubeconfig "$STATE/frrk8s-daemon.kubeconfig" "system:serviceaccount:$FRRK8S_NAMESPACE:frr-k8s-daemon" "$BRIDGE_API_URL"
export KUBECONFIG="$STATE/admin.kubeconfig"
k() { "$KUBECTL" --kubeconfig "$STATE/setup.kubeconfig" "$@"; }

# ---------------------------------------------------------------- network: bridge + one netns per node
NETWORK=no
if is_root; then
  if ! ip link show "$BRIDGE" >/dev/null 2>&1; then
    # refuse if any host route already covers (or lies inside) the lab subnet
    clash="$( { ip -4 route show match "$SUBNET"; ip -4 route show root "$SUBNET"; } 2>/dev/null | grep -v '^default' | sort -u || true)"
    if [ -n "$clash" ]; then
      die "a route on this host already covers $SUBNET:
$clash
Refusing to create the lab bridge there (the speakers would answer ARP on that network). Remove that route or run elsewhere."
    fi
    log "network: bridge $BRIDGE $SUBNET_PREFIX.1/24"
    ip link add "$BRIDGE" type bridge
    ip addr add "$SUBNET_PREFIX.1/24" dev "$BRIDGE"
    ip link set "$BRIDGE" up
  fi
  setup_ns() { # netns ip mac
    local ns=$1 addr=$2 mac=$3 host_if="v-${1#mlb-}"
    host_if="${host_if:0:15}"
    ip netns list | grep -qw "$ns" || ip netns add "$ns"
    if ! ip link show "$host_if" >/dev/null 2>&1; then
      ip link add "$host_if" type veth peer name eth0 netns "$ns"
      ip link set "$host_if" master "$BRIDGE" up
      ip -n "$ns" link set eth0 address "$mac"
      ip -n "$ns" addr add "$addr/24" dev eth0
      ip -n "$ns" link set eth0 up
      ip -n "$ns" link set lo up
    fi
    # a namespace that outlived its bridge (a down.sh that did not know it removed the bridge) keeps its veth:
    # attach it to the new one
    ip link set "$host_if" master "$BRIDGE" up
  }
  i=0
  for n in "${NODES[@]}"; do
    i=$((i + 1)); setup_ns "mlb-$n" "$SUBNET_PREFIX.1$i" "02:42:c0:a8:7b:1$i"
  done
  setup_ns "$CLIENT_NS" "$SUBNET_PREFIX.100" "02:42:c0:a8:7b:64"
  NETWORK=yes
else
  log "WARNING: not root: no network namespaces, so NO MetalLB speakers (everything else starts)."
fi

# ---------------------------------------------------------------- control plane
if ! running etcd; then
  port_free "$ETCD_PORT" || die "port $ETCD_PORT is taken (set CLUSTER_ETCD_PORT)"
  log "start: etcd on 127.0.0.1:$ETCD_PORT"
  start etcd "$K8S_BIN/etcd" --name lab --data-dir "$STATE/etcd" \
    --listen-client-urls "http://127.0.0.1:$ETCD_PORT" --advertise-client-urls "http://127.0.0.1:$ETCD_PORT" \
    --listen-peer-urls "http://127.0.0.1:$((ETCD_PORT + 1))" --initial-advertise-peer-urls "http://127.0.0.1:$((ETCD_PORT + 1))" \
    --initial-cluster "lab=http://127.0.0.1:$((ETCD_PORT + 1))" --listen-metrics-urls "" \
    --unsafe-no-fsync --log-level warn
  wait_for etcd 30 curl -fsS "http://127.0.0.1:$ETCD_PORT/health"
fi
if [ "$TOKENS_CHANGED" = yes ] && running kube-apiserver; then
  log "users changed: restarting kube-apiserver"
  stop_lab kube-apiserver 30
fi
if ! running kube-apiserver; then
  port_free "$API_PORT" || die "port $API_PORT is taken (set CLUSTER_API_PORT)"
  log "start: kube-apiserver $K8S_VERSION on $API_URL"
  start kube-apiserver "$K8S_BIN/kube-apiserver" \
    --etcd-servers "http://127.0.0.1:$ETCD_PORT" \
    --bind-address 127.0.0.1 --secure-port "$API_PORT" --advertise-address "$SUBNET_PREFIX.1" \
    --tls-cert-file "$PKI/apiserver.crt" --tls-private-key-file "$PKI/apiserver.key" \
    --client-ca-file "$PKI/ca.crt" --token-auth-file "$STATE/tokens.csv" \
    --authorization-mode RBAC \
    --service-account-issuer https://kubernetes.default.svc.cluster.local \
    --service-account-key-file "$PKI/sa.pub" --service-account-signing-key-file "$PKI/sa.key" \
    --service-cluster-ip-range 10.96.0.0/16 --allow-privileged=true --profiling=false \
    --cert-dir "$PKI/apiserver-generated"
fi
wait_for "kube-apiserver /readyz" 90 "$KUBECTL" --kubeconfig "$STATE/setup.kubeconfig" get --raw /readyz
if [ "$NETWORK" = yes ]; then
  # the speakers live in the node namespaces and reach the API through the bridge address
  start api-forward "$LABTOOL" forward "$SUBNET_PREFIX.1:$API_PORT" "127.0.0.1:$API_PORT"
fi
if ! running kube-controller-manager; then
  log "start: kube-controller-manager"
  start kube-controller-manager "$K8S_BIN/kube-controller-manager" \
    --kubeconfig "$STATE/kcm.kubeconfig" --authentication-kubeconfig "$STATE/kcm.kubeconfig" \
    --authorization-kubeconfig "$STATE/kcm.kubeconfig" \
    --bind-address 127.0.0.1 --secure-port "$KCM_PORT" --leader-elect=false \
    --service-account-private-key-file "$PKI/sa.key" --root-ca-file "$PKI/ca.crt" \
    --cluster-signing-cert-file "$PKI/ca.crt" --cluster-signing-key-file "$PKI/ca.key" \
    --node-monitor-grace-period 2m --use-service-account-credentials=false --controllers '*,-nodeipam,-service-lb-controller,-cloud-node-lifecycle-controller'
fi
if ! running kube-scheduler; then
  # binds the pods of Deployments and DaemonSets (MetalLB's among them) to the kwok nodes
  log "start: kube-scheduler"
  start kube-scheduler "$K8S_BIN/kube-scheduler" \
    --kubeconfig "$STATE/scheduler.kubeconfig" --authentication-kubeconfig "$STATE/scheduler.kubeconfig" \
    --authorization-kubeconfig "$STATE/scheduler.kubeconfig" \
    --bind-address 127.0.0.1 --secure-port "$SCHED_PORT" --leader-elect=false
fi

# ---------------------------------------------------------------- CRDs and base objects
log "apply: CRDs (MetalLB $METALLB_VERSION, FRR-K8s $FRRK8S_VERSION, MetalLB operator (simulated), openshift/api console, KubeVirt $KUBEVIRT_VERSION), RBAC, fixtures"
bash "$CLUSTER_DIR/manifests.sh"
M="$STATE/manifests"
k apply --server-side --force-conflicts -f "$M/10-metallb-crds.yaml" -f "$M/12-consoleplugins.crd.yaml" \
  -f "$M/13-consoles.operator.crd.yaml" -f "$M/14-kubevirt-crds.yaml" -f "$M/20-frrk8s-crds.yaml" \
  -f "$CLUSTER_DIR/fixtures/metallb-operator.crd.yaml" >/dev/null
k wait --for condition=established --timeout=60s crd --all >/dev/null
# A kind another MetalLB version served and this one lacks (v0.15.2: ConfigurationState) goes, with its
# objects, as on a cluster that never had it. metallbs.metallb.io is the operator's (fixtures), not MetalLB's.
for crd in $(k get crd -o jsonpath='{.items[*].metadata.name}'); do
  # group metallb.io exactly (not frrk8s.metallb.io, FRR-K8s's own)
  [[ "$crd" =~ ^[a-z0-9-]+\.metallb\.io$ && "$crd" != metallbs.metallb.io ]] || continue
  grep -qx "  name: $crd" "$M/10-metallb-crds.yaml" && continue
  log "delete: CRD $crd (MetalLB $METALLB_VERSION has no such kind)"
  k delete crd "$crd" --wait=true >/dev/null
done
k apply -f "$M/11-metallb-base.yaml" -f "$M/21-frrk8s-base.yaml" >/dev/null
k apply -f "$CLUSTER_DIR/fixtures/cluster.yaml" >/dev/null
# what the console operator sets up for the console (the real console's bridge runs against this cluster:
# integration-tests/openshift-console); its service account's token, as the console pod has it mounted
k apply -f "$CLUSTER_DIR/fixtures/console.yaml" >/dev/null
k -n openshift-console create token console --duration=8760h > "$STATE/console-sa.token.tmp"
mv "$STATE/console-sa.token.tmp" "$STATE/console-sa.token"

# ---------------------------------------------------------------- nodes (kwok fakes their kubelets)
i=0
for n in "${NODES[@]}"; do
  i=$((i + 1))
  if ! k get node "$n" >/dev/null 2>&1; then
    k create -f - >/dev/null <<YAML
apiVersion: v1
kind: Node
metadata:
  name: $n
  annotations: {kwok.x-k8s.io/node: fake, node.alpha.kubernetes.io/ttl: "0"}
  labels:
    kubernetes.io/hostname: $n
    kubernetes.io/os: linux
    kubernetes.io/arch: amd64
    node-role.kubernetes.io/worker: ""
    type: kwok
spec:
  podCIDR: 10.244.$i.0/24
  podCIDRs: [10.244.$i.0/24]
status:
  addresses:
  - {type: InternalIP, address: $SUBNET_PREFIX.1$i}
  - {type: Hostname, address: $n}
YAML
  fi
done
if ! running kwok; then
  # kwok's own stages (from its module): nodes become Ready and keep a lease, pods become Running/Ready
  kwok_dir="$(cd "$STATE" && GOTOOLCHAIN=local go mod download -json "sigs.k8s.io/kwok@$KWOK_VERSION" | sed -n 's/.*"Dir": "\(.*\)".*/\1/p')"
  for f in node/fast/node-initialize.yaml node/heartbeat-with-lease/node-heartbeat-with-lease.yaml \
           pod/fast/pod-ready.yaml pod/fast/pod-complete.yaml pod/fast/pod-delete.yaml; do
    echo "---"; cat "$kwok_dir/kustomize/stage/$f"
  done > "$STATE/kwok-stages.yaml"
  { echo "---"; cat "$CLUSTER_DIR/fixtures/kwok-pod-ready-again.yaml"; } >> "$STATE/kwok-stages.yaml"
  log "start: kwok $KWOK_VERSION (fake kubelets for ${NODES[*]})"
  start kwok "$KWOK_BIN/kwok" --kubeconfig "$STATE/kwok.kubeconfig" \
    --manage-all-nodes=false --manage-nodes-with-annotation-selector=kwok.x-k8s.io/node=fake \
    --node-ip "$SUBNET_PREFIX.1" --cidr 10.244.0.0/16 --server-address "127.0.0.1:$KWOK_PORT" \
    --config "$STATE/kwok-stages.yaml" --node-lease-duration-seconds 20
fi
wait_for "nodes Ready" 60 k wait --for condition=Ready node --all --timeout=1s

# ---------------------------------------------------------------- MetalLB
# Brought up before with another MetalLB version: its controller, speakers and their prober stop here and
# start below as $METALLB_VERSION.
previous="$(cat "$STATE/metallb-version" 2>/dev/null || echo "$METALLB_VERSION")"
if [ "$previous" != "$METALLB_VERSION" ]; then
  log "switch: MetalLB $previous -> $METALLB_VERSION (controller, speakers and podstatus restart)"
  for name in metallb-controller metallb-podstatus "${NODES[@]/#/speaker-}"; do stop_lab "$name"; done
fi
echo "$METALLB_VERSION" > "$STATE/metallb-version"
# v0.16 added the controller's --pod-name and a health port with /readyz; v0.15.2's pods probe /metrics on
# the metrics port (its manifest's readinessProbe), so podstatus probes what this version serves.
# (--help exits 2: read its text first, a pipe under pipefail would take that exit for the answer)
controller_help="$("$METALLB_BIN/controller" --help 2>&1 || true)"
if grep -q -- '-health-probe-port' <<<"$controller_help"; then
  MLB_READYZ=yes
  PODSTATUS_PROBE=(--probe-path /readyz --controller-health "127.0.0.1:$MLB_HEALTH_PORT" --speaker-health-port 17472)
else
  MLB_READYZ=no
  PODSTATUS_PROBE=(--probe-path /metrics --controller-health "127.0.0.1:$MLB_METRICS_PORT" --speaker-health-port 7472)
fi
k -n metallb-system create secret generic memberlist --from-file=secretkey="$PKI/memberlist-secretkey" \
  --dry-run=client -o yaml | k apply -f - >/dev/null
# MetalLB's own Deployment and DaemonSet: kube-scheduler binds their pods, kwok marks them Running, and the
# real processes below run AS those pods (--pod-name), so MetalLB finds its own Pod as on a real cluster.
# The lab's first layout had bare pods (controller-0, speaker-<node>): replace them.
k -n metallb-system delete pod controller-0 "${NODES[@]/#/speaker-}" --ignore-not-found --wait=false >/dev/null
k apply -f "$M/15-metallb-controller.yaml" >/dev/null
if [ "$NETWORK" = yes ]; then
  k apply -f "$M/16-metallb-speaker.yaml" >/dev/null
else # no network namespaces, no speaker processes: no speaker pods claiming to be them
  k -n metallb-system delete daemonset speaker --ignore-not-found >/dev/null
fi
pod_of() { # component [node] -> the newest live Running pod of that MetalLB component (on that node)
  k -n metallb-system get pods -l "app=metallb,component=$1" --sort-by=.metadata.creationTimestamp \
    --field-selector "status.phase=Running${2:+,spec.nodeName=$2}" \
    -o go-template='{{range .items}}{{if not .metadata.deletionTimestamp}}{{.metadata.name}}{{"\n"}}{{end}}{{end}}' | tail -1
}
has_pod() { [ -n "$(pod_of "$@")" ]; }
as_pod() { # process pod: a process running as another pod (deleted, replaced) is stopped, to start as this one
  if running "$1" && [ "$(cat "$PIDS/$1.pod" 2>/dev/null)" != "$2" ]; then
    log "restart: $1 runs as pod $(cat "$PIDS/$1.pod" 2>/dev/null || echo '?'), now $2"
    stop_lab "$1"
  fi
  echo "$2" > "$PIDS/$1.pod"
}
wait_for "MetalLB controller pod scheduled and Running" 90 has_pod controller
CONTROLLER_POD="$(pod_of controller)"
as_pod metallb-controller "$CONTROLLER_POD"

if ! running metallb-controller; then
  log "start: MetalLB $METALLB_VERSION controller as pod $CONTROLLER_POD (webhook on 127.0.0.1:9443, registered by URL)"
  # v0.16.1 (and v0.15.2) serve the webhook from controller-runtime's default cert dir ($TMPDIR/k8s-webhook-server/
  # serving-certs) whatever --cert-dir says: point TMPDIR into the state folder and put our certs there.
  mkdir -p "$STATE/tmp/k8s-webhook-server/serving-certs"
  cp "$PKI/webhook.crt" "$STATE/tmp/k8s-webhook-server/serving-certs/tls.crt"
  cp "$PKI/webhook.key" "$STATE/tmp/k8s-webhook-server/serving-certs/tls.key"
  TMPDIR="$STATE/tmp" KUBECONFIG="$STATE/metallb-controller.kubeconfig" METALLB_DEPLOYMENT=controller METALLB_BGP_TYPE=frr-k8s \
    start metallb-controller "$METALLB_BIN/controller" \
    --namespace metallb-system --port "$MLB_METRICS_PORT" \
    $( [ "$MLB_READYZ" = yes ] && echo "--pod-name $CONTROLLER_POD --health-probe-port $MLB_HEALTH_PORT" ) \
    --disable-cert-rotation --cert-dir "$STATE/tmp/k8s-webhook-server/serving-certs" --webhook-mode enabled --log-level info
fi
wait_for "MetalLB webhook on :9443" 60 curl -sk -o /dev/null https://127.0.0.1:9443/
k apply -f "$M/40-metallb-webhook.yaml" >/dev/null

BGP=no
if [ "$NETWORK" = yes ]; then
  mkdir -p "$STATE/memberlist"; cp "$PKI/memberlist-secretkey" "$STATE/memberlist/secretkey"
  # FRR-K8s (the speakers' BGP, in each node's namespace), the router and the client behind it: bgp.sh
  source "$CLUSTER_DIR/bgp.sh"
  if bgp_setup; then BGP=yes; else die "the BGP lab did not come up (FRR, FRR-K8s's module; see $LOGS)"; fi
  k apply -f "$M/26-frrk8s-daemon.yaml" >/dev/null
  ds_pod() { # namespace selector daemonset node -> its Running pod of the DaemonSet's current generation
    local gen
    gen="$(k -n "$1" get daemonset "$3" -o jsonpath='{.metadata.generation}')"
    k -n "$1" get pods -l "$2,pod-template-generation=$gen" --sort-by=.metadata.creationTimestamp \
      --field-selector "status.phase=Running,spec.nodeName=$4" \
      -o go-template='{{range .items}}{{if not .metadata.deletionTimestamp}}{{.metadata.name}}{{"\n"}}{{end}}{{end}}' | tail -1
  }
  start_speaker() { # node index pod
    local n=$1 i=$2 pod=$3
    as_pod "speaker-$n" "$pod"
    running "speaker-$n" && return 0
    log "start: MetalLB speaker on $n as pod $pod (netns mlb-$n, $SUBNET_PREFIX.1$i, BGP through FRR-K8s)"
    KUBECONFIG="$STATE/metallb-speaker.kubeconfig" METALLB_ML_SECRET_KEY_PATH="$STATE/memberlist" \
      METALLB_ML_BIND_ADDR="$SUBNET_PREFIX.1$i" METALLB_ML_LABELS="app=metallb,component=speaker" \
      METALLB_BGP_TYPE=frr-k8s FRRK8S_NAMESPACE="$FRRK8S_NAMESPACE" \
      start_in_netns "mlb-$n" "speaker-$n" "$METALLB_BIN/speaker" \
      --namespace metallb-system --node-name "$n" --pod-name "$pod" --log-level info
  }
  # Each node's speaker and FRR-K8s pod, as its DaemonSet has them now. Every node in each round: a
  # DaemonSet rolling out a change replaces one node's pod at a time, and waits for it to be ready.
  deadline=$(($(date +%s) + 180))
  while :; do
    pending=""
    i=0
    for n in "${NODES[@]}"; do
      i=$((i + 1))
      pod="$(ds_pod metallb-system app=metallb,component=speaker speaker "$n")"
      if [ -n "$pod" ]; then start_speaker "$n" "$i" "$pod"; else pending="$pending speaker/$n"; fi
      pod="$(ds_pod "$FRRK8S_NAMESPACE" app=frr-k8s frr-k8s-daemon "$n")"
      if [ -n "$pod" ]; then frrk8s_pod "$n" "$pod"; else pending="$pending frr-k8s/$n"; fi
    done
    [ -z "$pending" ] && break
    [ "$(date +%s)" -le "$deadline" ] || die "timed out waiting for the DaemonSets' pods:$pending (logs: $LOGS)"
    sleep 0.5
  done
else # no network namespaces, no FRR-K8s processes: no pods claiming to be them
  k -n "$FRRK8S_NAMESPACE" delete daemonset frr-k8s-daemon --ignore-not-found >/dev/null
fi
# what a kubelet would report for those pods: readiness from MetalLB's probe and FRR-K8s's, restarts. One
# started by another checkout's up.sh (another labtool, other flags) may judge these processes by other rules
# (seen: every MetalLB pod left not Ready): it is replaced by this one.
podstatus=("$LABTOOL" podstatus --kubeconfig "$STATE/setup.kubeconfig" --pids "$PIDS" "${PODSTATUS_PROBE[@]}" \
  --frrk8s-namespace "$FRRK8S_NAMESPACE")
if pid="$(lab_pid metallb-podstatus)" && [ "$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null)" != "${podstatus[*]} " ]; then
  log "restart: labtool podstatus (another one was running: $(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | cut -c1-160))"
  stop_lab metallb-podstatus
fi
start metallb-podstatus "${podstatus[@]}"
# SIMULATED: the MetalLB operator's part (its resource's status conditions); see labtool/operatorsim.go
k apply -f "$CLUSTER_DIR/fixtures/metallb.yaml" >/dev/null
start metallb-operatorsim "$LABTOOL" operatorsim --kubeconfig "$STATE/setup.kubeconfig"
wait_for "MetalLB pods Ready (labtool podstatus)" 90 k -n metallb-system wait --for condition=Ready pod -l app=metallb --timeout=1s
if [ "$BGP" = yes ]; then
  wait_for "FRR-K8s pods Ready (labtool podstatus)" 90 k -n "$FRRK8S_NAMESPACE" wait --for condition=Ready pod -l app=frr-k8s --timeout=1s
fi

# ---------------------------------------------------------------- VM simulator + lab fixtures
if ! running vmsim; then
  log "start: VM simulator (the only simulated part: stands in for KubeVirt's controllers)"
  start vmsim "$LABTOOL" vmsim --kubeconfig "$STATE/vmsim.kubeconfig"
fi
k apply -f "$CLUSTER_DIR/fixtures/lab.yaml" >/dev/null
wait_for "VMs Running" 90 bash -c "[ \"\$('$KUBECTL' --kubeconfig '$STATE/setup.kubeconfig' -n vmexamples get vm -o jsonpath='{.items[*].status.printableStatus}')\" = 'Running Running Running' ]"

# ---------------------------------------------------------------- data path (kube-proxy + a real MariaDB guest)
DATAPATH=no
if [ "$NETWORK" = yes ] && [ "${LAB_DATAPATH:-1}" != 0 ]; then
  source "$CLUSTER_DIR/datapath.sh"
  if datapath_setup; then DATAPATH=yes; else log "WARNING: data path not set up (see $LOGS); everything else runs"; fi
fi

# ---------------------------------------------------------------- hand-over
cat > "$STATE/cluster.env" <<ENV
APISERVER_URL=$API_URL
ADMIN_TOKEN=$(token_of admin)
VM_OWNER_TOKEN=$(token_of vm-owner)
KUBECTL=$KUBECTL
KUBECONFIG=$STATE/admin.kubeconfig
VM_OWNER_KUBECONFIG=$STATE/vm-owner.kubeconfig
CA_FILE=$PKI/ca.crt
CONSOLE_SA_TOKEN_FILE=$STATE/console-sa.token
CLUSTER_STATE=$STATE
LAB_BRIDGE=$BRIDGE
LAB_SUBNET=$SUBNET
LAB_POOL_RANGE=$SUBNET_PREFIX.200-$SUBNET_PREFIX.250
LAB_CLIENT_NETNS=$CLIENT_NS
LAB_NODES="${NODES[*]}"
SPEAKERS=$NETWORK
DATAPATH=$DATAPATH
BGP=$BGP
FRRK8S_NAMESPACE=$FRRK8S_NAMESPACE
LAB_ROUTER_NETNS=$ROUTER_NS
LAB_ROUTER_IP=$ROUTER_IP
LAB_ROUTER_ASN=$ROUTER_ASN
LAB_NODE_ASN=$NODE_ASN
LAB_BGP_POOL_RANGE=$BGP_POOL_RANGE
LAB_BGP_CLIENT_NETNS=$BGP_CLIENT_NS
LAB_BGP_CLIENT_IP=$BGP_CLIENT_IP
ENV
chmod 600 "$STATE/cluster.env"
echo "$(( $(date +%s) - T0 ))" > "$STATE/last-up-seconds"
cat >&2 <<MSG

[cluster] up in $(( $(date +%s) - T0 ))s. Kubernetes $K8S_VERSION at $API_URL
  kubeconfig (admin):    $STATE/admin.kubeconfig
  kubeconfig (vm-owner): $STATE/vm-owner.kubeconfig   (admin of namespace vmexamples only)
  env for tools:         $STATE/cluster.env
  kubectl:               $KUBECTL
  running: etcd, kube-apiserver, kube-controller-manager, kube-scheduler, kwok (nodes: ${NODES[*]}),
           MetalLB $METALLB_VERSION controller + webhook (127.0.0.1:9443) as the pod of Deployment controller,
           speakers: $( [ "$NETWORK" = yes ] && echo "one per node in netns mlb-<node> on $BRIDGE ($SUBNET), as the DaemonSet's pods" || echo "NONE (not root)" ),
           BGP: $( [ "$BGP" = yes ] && echo "FRR-K8s $FRRK8S_VERSION per node ($FRRK8S_NAMESPACE), router AS $ROUTER_ASN at $ROUTER_IP (netns $ROUTER_NS), client $BGP_CLIENT_IP (netns $BGP_CLIENT_NS)" || echo "none" ),
           MetalLB resource metallb-system/metallb (status SIMULATED by labtool operatorsim), labtool podstatus,
           VM simulator (simulated KubeVirt: VMs in vmexamples: database, winweb01, winweb02),
           data path: $( [ "$DATAPATH" = yes ] && echo "kube-proxy per node netns; MariaDB as database's guest (netns mlb-guest-database)" || echo "none" )
$( [ "$DATAPATH" = yes ] && echo "  try it:  ip netns exec $CLIENT_NS curl -s --http0.9 <LoadBalancer IP>:3306 | cut -c1-16   (client netns $SUBNET_PREFIX.100)" )
  MetalLB has no IPAddressPool yet (the lab starts there); use addresses in $SUBNET_PREFIX.200-$SUBNET_PREFIX.250
  (layer 2) or $BGP_POOL_RANGE (BGP: BGPPeer myASN $NODE_ASN, peerASN $ROUTER_ASN, peerAddress $ROUTER_IP).
  router:  bash integration-tests/cluster/vtysh.sh router-frr -c 'show bgp summary'
  logs: $LOGS    stop: bash integration-tests/cluster/down.sh
MSG
