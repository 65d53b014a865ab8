#!/usr/bin/env bash
# Writes the lab's manifests into $STATE/manifests, taking every CRD from the module of the version that runs:
#   MetalLB CRDs, RBAC, webhook config          go.universe.tf/metallb $METALLB_VERSION
#   ConsolePlugin + Console (operator) CRDs      github.com/openshift/api $OPENSHIFT_API_VERSION
#   VirtualMachine(Instance)(Migration) CRDs     kubevirt.io/kubevirt $KUBEVIRT_VERSION (real schemas, from the
#                                                virt-operator's generated validations; names, versions and
#                                                printer columns as its crds.go builds them)
#   FRR-K8s CRDs, RBAC, startup ConfigMap,       github.com/metallb/frr-k8s $FRRK8S_VERSION (config/all-in-one)
#   its DaemonSet
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
need_go
export GOTOOLCHAIN=local GOFLAGS=-mod=mod
out="$STATE/manifests"
mkdir -p "$out"

moddir() { # module@version -> directory in the module cache (downloads it once)
  (cd "$STATE" && go mod download -json "$1" | sed -n 's/.*"Dir": "\(.*\)".*/\1/p')
}

MLB="$(moddir "$METALLB_MODULE@$METALLB_VERSION")"; [ -d "$MLB" ] || die "cannot download $METALLB_MODULE@$METALLB_VERSION"
OSA="$(moddir "github.com/openshift/api@$OPENSHIFT_API_VERSION")"; [ -d "$OSA" ] || die "cannot download github.com/openshift/api@$OPENSHIFT_API_VERSION"
KV="$(moddir "kubevirt.io/kubevirt@$KUBEVIRT_VERSION")"; [ -d "$KV" ] || die "cannot download kubevirt.io/kubevirt@$KUBEVIRT_VERSION"
FRK="$(moddir "$FRRK8S_MODULE@$FRRK8S_VERSION")"; [ -d "$FRK" ] || die "cannot download $FRRK8S_MODULE@$FRRK8S_VERSION"

ca_b64="$(base64 -w0 < "$STATE/pki/ca.crt")"

# --- MetalLB: the CRDs as generated (config/crd/bases), with BGPPeer's v1beta1<->v1beta2 conversion webhook
# (the release's config/crd/patches) pointing at the real controller by URL instead of its Service
: > "$out/10-metallb-crds.yaml"
for f in "$MLB"/config/crd/bases/*.yaml; do
  echo "---" >> "$out/10-metallb-crds.yaml"
  if [ "$(basename "$f")" = metallb.io_bgppeers.yaml ]; then
    grep -q 'path: /convert' "$MLB/config/crd/patches/crd-conversion-patch-bgppeers.yaml" || die "no /convert in MetalLB's conversion patch"
    awk -v ca="$ca_b64" '
      { print }
      /^spec:$/ && !done {
        print "  conversion:"
        print "    strategy: Webhook"
        print "    webhook:"
        print "      conversionReviewVersions: [\"v1beta1\", \"v1beta2\"]"
        print "      clientConfig:"
        print "        url: https://127.0.0.1:9443/convert"
        print "        caBundle: " ca
        done = 1
      }' "$f" >> "$out/10-metallb-crds.yaml"
  else
    cat "$f" >> "$out/10-metallb-crds.yaml"
  fi
done

# --- MetalLB: namespace, service accounts, RBAC, configmap, webhook secret/service from the release manifest
# (everything but CRDs, the workloads (below) and the webhook configuration, which is registered by URL below).
# MetalLB runs in FRR-K8s mode, as on OpenShift: the release's metallb-frr-k8s.yaml (speaker and controller with
# METALLB_BGP_TYPE=frr-k8s, the speaker's right to write FRRConfigurations) without the FRR-K8s it bundles
# (every object named frr-k8s-*): FRR-K8s runs from its own module in its own namespace, below.
MLB_MANIFEST="$MLB/config/manifests/metallb-frr-k8s.yaml"
awk -v RS='\n---\n' -v ORS='\n---\n' '
  /\nkind: CustomResourceDefinition/ || /^kind: CustomResourceDefinition/ { next }
  /\nkind: (Deployment|DaemonSet|ValidatingWebhookConfiguration)\n/ { next }
  /\n  name: frr-k8s/ { next }
  { print }' "$MLB_MANIFEST" > "$out/11-metallb-base.yaml"

# --- MetalLB's controller Deployment and speaker DaemonSet, as released. kube-scheduler binds their pods,
# kwok marks them Running, and up.sh starts the real processes AS those pods (--pod-name). The one change:
# an annotation on the pod template saying so (labtool podstatus then reports their readiness).
workload() { # kind manifest [name] -> that object of the manifest, with the lab annotation on its pod template
  awk -v RS='\n---\n' -v ORS='\n---\n' -v k="$1" -v n="${3:-}" '($0 ~ ("\nkind: " k "\n") || $0 ~ ("^kind: " k "\n")) && (n == "" || $0 ~ ("\n  name: " n "\n")) { print }' "$2" \
  | awk '{ print } /^      annotations:$/ && !done { print "        metallb-lab/process: runs as a host process (integration-tests/cluster), readiness from labtool podstatus"; done=1 }'
}
workload Deployment "$MLB_MANIFEST" controller > "$out/15-metallb-controller.yaml"
# the speaker writes its FRRConfigurations into FRR-K8s's namespace (what the operator's frr-k8s-external
# mode sets up on OpenShift): the one env line added to the release's speaker
workload DaemonSet "$MLB_MANIFEST" speaker \
  | awk '{ print } /^          value: frr-k8s$/ && !done { print "        - name: FRRK8S_NAMESPACE"; print "          value: '"$FRRK8S_NAMESPACE"'"; done=1 }' \
  > "$out/16-metallb-speaker.yaml"
grep -q "value: $FRRK8S_NAMESPACE" "$out/16-metallb-speaker.yaml" || die "MetalLB's frr-k8s speaker has no METALLB_BGP_TYPE=frr-k8s"
grep -q 'metallb-lab/process' "$out/15-metallb-controller.yaml" && grep -q 'metallb-lab/process' "$out/16-metallb-speaker.yaml" \
  || die "MetalLB's release manifest has no controller Deployment or speaker DaemonSet with pod annotations"

# --- MetalLB validating webhook, served by the real controller on 127.0.0.1:9443, registered by URL
{
  awk '/^kind: ValidatingWebhookConfiguration/{on=1} on' "$MLB/config/manifests/metallb-native.yaml" \
  | awk -v ca="$ca_b64" '
      /^    service:$/ { skip=1; next }
      skip && /^      path: / { sub(/^      path: /, ""); print "    caBundle: " ca; print "    url: https://127.0.0.1:9443" $0; skip=0; next }
      skip { next }
      { print }'
} > "$out/40-metallb-webhook.yaml"
sed -i '1s/^/apiVersion: admissionregistration.k8s.io\/v1\n/' "$out/40-metallb-webhook.yaml"

# --- FRR-K8s $FRRK8S_VERSION from its own module (config/all-in-one/frr-k8s.yaml), in its namespace
# $FRRK8S_NAMESPACE: CRDs (FRRConfiguration, BGPSessionState, FRRNodeState), RBAC, the FRR startup ConfigMap,
# and the DaemonSet whose pods up.sh runs as host processes in the node namespaces. Left out: the
# statuscleaner Deployment and its FRRConfiguration webhook (not run here), and the DaemonSet's two
# kube-rbac-proxy containers (TLS proxies for metrics nothing here scrapes).
FRK_ALL="$FRK/config/all-in-one/frr-k8s.yaml"
awk -v RS='\n---\n' -v ORS='\n---\n' '/\nkind: CustomResourceDefinition\n/' "$FRK_ALL" > "$out/20-frrk8s-crds.yaml"
awk -v RS='\n---\n' -v ORS='\n---\n' '
  /\nkind: CustomResourceDefinition\n/ { next }
  /\nkind: (Deployment|DaemonSet|ValidatingWebhookConfiguration)\n/ || /^kind: (Deployment|DaemonSet|ValidatingWebhookConfiguration)\n/ { next }
  { print }' "$FRK_ALL" > "$out/21-frrk8s-base.yaml"
workload DaemonSet "$FRK_ALL" frr-k8s-daemon \
  | awk '
      /^      containers:$/ { inc=1; print; next }
      inc && /^      - / { flush(); item=$0 "\n"; next }
      inc && /^        / { item=item $0 "\n"; next }
      inc { flush(); inc=0 }
      { print }
      function flush() { if (item != "" && item !~ /\n        name: kube-rbac-proxy/) printf "%s", item; item="" }' \
  > "$out/26-frrk8s-daemon.yaml"
for c in frr-k8s frr reloader frr-status frr-metrics; do
  grep -q "^        name: $c\$" "$out/26-frrk8s-daemon.yaml" || die "FRR-K8s's DaemonSet has no container $c"
done
! grep -q 'name: kube-rbac-proxy' "$out/26-frrk8s-daemon.yaml" || die "kube-rbac-proxy left in FRR-K8s's DaemonSet"
grep -q 'metallb-lab/process' "$out/26-frrk8s-daemon.yaml" || die "FRR-K8s's DaemonSet has no pod annotations"

# --- OpenShift console CRDs
cp "$OSA/console/v1/zz_generated.crd-manifests/90_consoleplugins.crd.yaml" "$out/12-consoleplugins.crd.yaml"
cp "$OSA/operator/v1/zz_generated.crd-manifests/0000_50_console_01_consoles.crd.yaml" "$out/13-consoles.operator.crd.yaml"

# --- KubeVirt CRDs with their real schemas
kv_schema() { # $1 = singular name in CRDsValidation
  awk -v k="	\"$1\": \`openAPIV3Schema:" '
    $0 == k { on=1; print "openAPIV3Schema:"; next }
    on && $0 == "`," { exit }
    on { print }' "$KV/pkg/virt-operator/resource/generate/components/validations_generated.go"
}
kv_crd() { # plural singular kind shortnames(csv) status(yes/no) columns-yaml-file
  local plural=$1 singular=$2 kind=$3 short=$4 status=$5 cols=$6
  local schema; schema="$(kv_schema "$singular" | sed 's/^/      /')"
  [ -n "$schema" ] || die "no schema for $singular in kubevirt.io/kubevirt@$KUBEVIRT_VERSION"
  echo "---"
  cat <<YAML
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: $plural.kubevirt.io
  labels:
    kubevirt.io: ""
spec:
  group: kubevirt.io
  scope: Namespaced
  names:
    plural: $plural
    singular: $singular
    kind: $kind
    shortNames: [${short}]
    categories: [all]
  versions:
YAML
  local v
  for v in v1 v1alpha3; do
    if [ $v = v1 ]; then
      printf '  - name: v1\n    served: true\n    storage: true\n'
    else
      printf '  - name: v1alpha3\n    served: true\n    storage: false\n    deprecated: true\n    deprecationWarning: "kubevirt.io/v1alpha3 is now deprecated and will be removed in a future release."\n'
    fi
    printf '    additionalPrinterColumns:\n'; sed 's/^/    /' "$cols"
    [ "$status" = yes ] && printf '    subresources:\n      status: {}\n'
    printf '    schema:\n%s\n' "$schema"
  done
}
cols="$STATE/manifests/.cols"; mkdir -p "$cols"
cat > "$cols/vm" <<'YAML'
- {name: Age, type: date, jsonPath: .metadata.creationTimestamp}
- {name: Status, type: string, description: Human Readable Status, jsonPath: .status.printableStatus}
- {name: Ready, type: string, jsonPath: ".status.conditions[?(@.type=='Ready')].status"}
YAML
cat > "$cols/vmi" <<'YAML'
- {name: Age, type: date, jsonPath: .metadata.creationTimestamp}
- {name: Phase, type: string, jsonPath: .status.phase}
- {name: IP, type: string, jsonPath: ".status.interfaces[0].ipAddress"}
- {name: NodeName, type: string, jsonPath: .status.nodeName}
- {name: Ready, type: string, jsonPath: ".status.conditions[?(@.type=='Ready')].status"}
- {name: Live-Migratable, type: string, priority: 1, jsonPath: ".status.conditions[?(@.type=='LiveMigratable')].status"}
- {name: Paused, type: string, priority: 1, jsonPath: ".status.conditions[?(@.type=='Paused')].status"}
YAML
cat > "$cols/vmim" <<'YAML'
- {name: Phase, type: string, jsonPath: .status.phase}
- {name: VMI, type: string, jsonPath: .spec.vmiName}
YAML
{
  kv_crd virtualmachines virtualmachine VirtualMachine "vm, vms" yes "$cols/vm"
  kv_crd virtualmachineinstances virtualmachineinstance VirtualMachineInstance "vmi, vmis" no "$cols/vmi"
  kv_crd virtualmachineinstancemigrations virtualmachineinstancemigration VirtualMachineInstanceMigration "vmim, vmims" yes "$cols/vmim"
} > "$out/14-kubevirt-crds.yaml"
log "manifests written to $out"
