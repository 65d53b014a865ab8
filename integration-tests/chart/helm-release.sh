# shellcheck shell=bash
# Sourced by test.sh (its cluster part): `helm install`, `helm upgrade` to a chart packaged from a changed build, and
# `helm uninstall` of the packaged chart, for real, on the local cluster, in a namespace enforcing Pod Security
# "restricted". Uses test.sh's check/check_fails/ok/bad, k, K, KUBECONFIG, HELM, PKG, PKG2, NS, WORK.
#
# What is simulated, and only that: kwok plays the kubelets and reports bound pods Running and Ready; bind_pending
# binds any plugin pod still unscheduled to a node (the scheduler's one act, for a local cluster without one; where
# kube-scheduler runs it got there first and the binding is refused, harmlessly); the Deployment controller then carries the rollout through for real. No container runs,
# so nginx in a pod is not exercised here (the nginx section serves the same ConfigMap contents with the chart's
# configuration). The service CA is simulated by a self-signed Secret of the name the Service annotation asks for.

bind_pending() { # bind every unscheduled plugin pod of $HNS to a node, round robin
  local pod nodes i=0
  mapfile -t nodes < <(k get nodes -o jsonpath='{range .items[*]}{.metadata.name}{"\n"}{end}')
  [ "${#nodes[@]}" -gt 0 ] || return 1
  for pod in $(k -n "$HNS" get pods -l app.kubernetes.io/component=plugin --field-selector spec.nodeName= \
    -o jsonpath='{range .items[*]}{.metadata.name}{" "}{end}'); do
    printf '{"apiVersion":"v1","kind":"Binding","metadata":{"name":"%s"},"target":{"apiVersion":"v1","kind":"Node","name":"%s"}}' \
      "$pod" "${nodes[$((i++ % ${#nodes[@]}))]}" | k -n "$HNS" create -f - >/dev/null 2>&1 || true
  done
}

wait_rollout() { # the Deployment's rollout completes within 90 s, pods bound as they appear
  local _
  for _ in $(seq 90); do
    bind_pending
    k -n "$HNS" rollout status "deploy/$PLUGIN_NAME" --timeout=1s >/dev/null 2>&1 && return 0
  done
  k -n "$HNS" get rs,pods -o wide
  k -n "$HNS" get events --sort-by=.lastTimestamp | tail -n 10
  return 1
}

plugin_pods() { # name=checksum/bundle of every plugin pod not being deleted
  k -n "$HNS" get pods -l app.kubernetes.io/component=plugin -o json | python3 -c '
import json, sys
for p in json.load(sys.stdin)["items"]:
    if not p["metadata"].get("deletionTimestamp"):
        print(p["metadata"]["name"] + "=" + p["metadata"].get("annotations", {}).get("checksum/bundle", ""))' | sort
}

deploy_annotation() { k -n "$HNS" get deploy "$PLUGIN_NAME" -o jsonpath="{.spec.template.metadata.annotations.checksum/$1}"; }

helm_release_tests() {
  section "helm install / upgrade / uninstall of the packaged chart, for real (kwok runs the pods: no containers)"
  local REL="$PLUGIN_NAME" HNS="$NS-helm"
  h() { "$HELM" --kubeconfig "$KUBECONFIG" "$@"; }
  check "namespace $HNS, Pod Security restricted enforced" bash -c "'$K' --kubeconfig '$KUBECONFIG' create namespace '$HNS' &&
    '$K' --kubeconfig '$KUBECONFIG' label namespace '$HNS' pod-security.kubernetes.io/enforce=restricted"
  CLEANUPS+=("'$K' --kubeconfig '$KUBECONFIG' delete namespace '$HNS' --wait=false")
  CLEANUPS+=("'$HELM' uninstall '$REL' -n '$HNS' --no-hooks --kubeconfig '$KUBECONFIG'")
  openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=$PLUGIN_NAME.$HNS.svc" \
    -keyout "$WORK/svc.key" -out "$WORK/svc.crt" >/dev/null 2>&1
  check "serving-cert Secret $PLUGIN_NAME-cert (what the service CA would create)" \
    k -n "$HNS" create secret tls "$PLUGIN_NAME-cert" --cert "$WORK/svc.crt" --key "$WORK/svc.key"

  check "helm install $(basename "$PKG") (the packaged chart, default values)" h install "$REL" "$PKG" -n "$HNS" --no-hooks
  check "ConsolePlugin stored as rendered (backend -> $HNS, Preload)" bash -c \
    "[ \"\$('$K' --kubeconfig '$KUBECONFIG' get consoleplugin '$PLUGIN_NAME' -o jsonpath='{.spec.backend.service.namespace} {.spec.backend.service.port} {.spec.i18n.loadType}')\" = '$HNS 9443 Preload' ]"
  local stock; stock="$(python3 -c 'import sys, yaml; v = yaml.safe_load(open(sys.argv[1]))["nginxImage"]; print("%s:%s@%s" % (v["repository"], v["tag"], v["digest"]))' "$CHART/values.yaml")"
  check "Deployment stored with 2 replicas of the stock nginx image ($stock)" bash -c \
    "[ \"\$('$K' --kubeconfig '$KUBECONFIG' -n '$HNS' get deploy '$PLUGIN_NAME' -o jsonpath='{.spec.replicas} {.spec.template.spec.containers[0].image}')\" = '2 $stock' ]"
  local want; want="$(grep -c '^  name: metallb-console-plugin-bundle-' "$WORK/default.yaml")"
  check "the $want bundle ConfigMap(s) stored by the API server" bash -c \
    "[ \"\$('$K' --kubeconfig '$KUBECONFIG' -n '$HNS' get configmap -o name | grep -c '/$PLUGIN_NAME-bundle-')\" = '$want' ]"
  k -n "$HNS" get secret -l "owner=helm,name=$REL" -o json | python3 -c '
import base64, json, sys
for s in json.load(sys.stdin)["items"]:
    n = len(base64.b64decode(s["data"]["release"]))
    name = s["metadata"]["name"]
    print(f"{name}: {n:,} bytes ({100 * n / 1048576:.1f} % of the 1 MiB limit, {1048576 - n:,} to spare)")' >"$WORK/relsize" 2>&1
  check "Helm release record $(cat "$WORK/relsize")" grep -q 'bytes (' "$WORK/relsize"
  check "install: pods bound, rollout complete (kwok reports them Ready)" wait_rollout

  local before sum1 conf1 sum2
  before="$(plugin_pods)"
  sum1="$(deploy_annotation bundle)"
  conf1="$(deploy_annotation nginx-conf)"
  check "helm upgrade --reuse-values to $(basename "$PKG2") packaged from a changed build" \
    h upgrade "$REL" "$PKG2" -n "$HNS" --no-hooks --reuse-values
  sum2="$(deploy_annotation bundle)"
  check "upgrade: checksum/bundle changed (${sum1:0:12} -> ${sum2:0:12}), checksum/nginx-conf did not" \
    bash -c "[ -n '$sum1' ] && [ '$sum1' != '$sum2' ] && [ '$conf1' = '$(deploy_annotation nginx-conf)' ]"
  k -n "$HNS" get configmap -o json >"$WORK/cms.json"
  check "upgrade: the ConfigMaps on the server carry the changed build" python3 -c '
import base64, io, json, lzma, sys, tarfile
cms = sorted((c for c in json.load(open(sys.argv[1]))["items"] if c["metadata"]["name"].startswith("metallb-console-plugin-bundle-")),
             key=lambda c: int(c["metadata"]["name"].rsplit("-", 1)[1]))
data = b"".join(base64.b64decode(v) for c in cms for v in c["binaryData"].values())
tar = tarfile.open(fileobj=io.BytesIO(lzma.decompress(data)))
assert b"chart test: changed build" in tar.extractfile("locales/en/plugin__metallb-console-plugin.json").read()' "$WORK/cms.json"
  check "upgrade: the pods rolled: rollout complete" wait_rollout
  local after; after="$(plugin_pods)"
  check "upgrade: every old pod replaced, every pod carries the new checksum ($(wc -l <<<"$after") pods)" python3 -c '
import sys
before = dict(l.split("=") for l in sys.argv[1].split())
after = dict(l.split("=") for l in sys.argv[2].split())
assert before and after, (before, after)
assert not set(before) & set(after), ("old pods left", set(before) & set(after))
assert set(after.values()) == {sys.argv[3]}, after' "$before" "$after" "$sum2"

  check "helm upgrade --reuse-values --set replicas=3,nginx.workerProcesses=auto" \
    h upgrade "$REL" "$PKG2" -n "$HNS" --no-hooks --reuse-values --set replicas=3 --set nginx.workerProcesses=auto
  check "upgrade: 3 replicas, checksum/nginx-conf changed (pods roll)" bash -c \
    "[ \"\$('$K' --kubeconfig '$KUBECONFIG' -n '$HNS' get deploy '$PLUGIN_NAME' -o jsonpath='{.spec.replicas}')\" = 3 ] && [ '$conf1' != '$(deploy_annotation nginx-conf)' ]"
  check_fails "helm upgrade with a bad value is refused before touching the cluster" \
    "values don't meet the specifications of the schema" h upgrade "$REL" "$PKG2" -n "$HNS" --no-hooks --reuse-values --set replicas=two
  check "helm uninstall" h uninstall "$REL" -n "$HNS" --no-hooks
  check "uninstall removed the ConsolePlugin, the patcher ClusterRole and the bundle ConfigMaps" bash -c \
    "! '$K' --kubeconfig '$KUBECONFIG' get consoleplugin '$PLUGIN_NAME' && ! '$K' --kubeconfig '$KUBECONFIG' get clusterrole '$PLUGIN_NAME-console-patcher' &&
     ! '$K' --kubeconfig '$KUBECONFIG' -n '$HNS' get configmap -o name | grep -q bundle"
}
