#!/usr/bin/env python3
"""Read `helm template` output (stdin).

  manifests.py configmap-key NAME KEY      print one ConfigMap data value
  manifests.py check default|custom NS     assert the rendered manifests; one line per check, exit 1 on failure
  manifests.py mount-bundle DIR            DIR/bundle: the bundle volume as the kubelet writes it; DIR/html: what
                                           the init container's script unpacks from it
  manifests.py bundle-check DIR DIST       the unpacked bundle in DIR holds exactly the files of DIST; sizes
"""
import base64
import hashlib
import json
import os
import re
import subprocess
import sys

import yaml

PLUGIN = "metallb-console-plugin"
VALUES = __file__.rsplit("/", 3)[0] + "/charts/metallb-console-plugin/values.yaml"


def load(stream):
    return [d for d in yaml.safe_load_all(stream) if d]


def find(docs, kind, name=None):
    found = [d for d in docs if d["kind"] == kind and (name is None or d["metadata"]["name"] == name)]
    return found


def one(docs, kind, name=None):
    found = find(docs, kind, name)
    if len(found) != 1:
        raise AssertionError(f"expected one {kind} {name or ''}, found {len(found)}")
    return found[0]


class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def __call__(self, name, cond, detail=""):
        if cond:
            self.passed += 1
            print(f"  ok   {name}")
        else:
            self.failed += 1
            print(f"  FAIL {name}" + (f": {detail}" if detail else ""))


def hardened(check, where, pod_sc, c_sc):
    check(f"{where}: runAsNonRoot", pod_sc.get("runAsNonRoot") is True, pod_sc)
    check(f"{where}: seccomp RuntimeDefault", pod_sc.get("seccompProfile", {}).get("type") == "RuntimeDefault", pod_sc)
    check(f"{where}: allowPrivilegeEscalation false", c_sc.get("allowPrivilegeEscalation") is False, c_sc)
    check(f"{where}: capabilities drop ALL", c_sc.get("capabilities", {}).get("drop") == ["ALL"], c_sc)
    check(f"{where}: no runAsUser pinned (OpenShift assigns one)", "runAsUser" not in pod_sc and "runAsUser" not in c_sc)
    check(f"{where}: not privileged", not c_sc.get("privileged"))


def check_bundle(check, docs, pod, c, custom):
    """The bundle ConfigMaps, the init container that unpacks them and the emptyDir nginx serves."""
    cms = [d for d in docs if d["kind"] == "ConfigMap" and d["metadata"]["name"].startswith(f"{PLUGIN}-bundle-")]
    vols = {v["name"]: v for v in pod["volumes"]}
    annotations = one(docs, "Deployment", PLUGIN)["spec"]["template"]["metadata"]["annotations"]
    inits = pod.get("initContainers", [])
    if custom:
        check("own image: no bundle ConfigMap, no init container, no bundle volume, no checksum/bundle",
              not cms and not inits and "bundle" not in vols and "checksum/bundle" not in annotations,
              [d["metadata"]["name"] for d in cms])
        return
    check("bundle ConfigMaps rendered, binaryData only, one part each",
          cms and all(set(d) - {"apiVersion", "kind", "metadata"} == {"binaryData"} and len(d["binaryData"]) == 1
                      for d in cms))
    check("pods roll when the bundle changes (checksum/bundle)",
          re.fullmatch(r"[0-9a-f]{64}", annotations.get("checksum/bundle", "")))
    sources = vols.get("bundle", {}).get("projected", {}).get("sources", [])
    check("one projected volume over every bundle ConfigMap, mode 0444",
          vols.get("bundle", {}).get("projected", {}).get("defaultMode") == 0o444
          and [s["configMap"]["name"] for s in sources] == [d["metadata"]["name"] for d in cms]
          and all([i["key"] for i in s["configMap"]["items"]] == list(d["binaryData"]) for s, d in zip(sources, cms)),
          sources)
    check("html is an emptyDir", "emptyDir" in vols.get("html", {}))
    check("nginx serves the emptyDir read-only at its root /usr/share/nginx/html",
          {"name": "html", "mountPath": "/usr/share/nginx/html", "readOnly": True} in c["volumeMounts"], c["volumeMounts"])
    check("one init container, same image as nginx", len(inits) == 1 and inits[0]["image"] == c["image"], inits)
    if len(inits) == 1:
        init = inits[0]
        hardened(check, "init container", pod["securityContext"], init["securityContext"])
        check("init container: readOnlyRootFilesystem", init["securityContext"].get("readOnlyRootFilesystem") is True)
        m = {x["name"]: x for x in init["volumeMounts"]}
        check("init container reads the parts read-only, writes the emptyDir",
              m.get("bundle", {}).get("readOnly") is True and m.get("html", {}).get("mountPath") == "/usr/share/nginx/html"
              and not m["html"].get("readOnly"), m)
        check("init container checks the archive's sha256 before unpacking with bsdtar",
              re.search(r"sha256sum.*\n.*want [0-9a-f]{64}.*exit 1.*\n.*bsdtar -x", init["command"][-1]), init["command"])


def check_manifests(mode, ns):
    docs = load(sys.stdin)
    check = Checks()
    custom = mode == "custom"
    kinds = sorted(f'{d["kind"]}/{d["metadata"]["name"]}' for d in docs)
    print(f"  rendered: {', '.join(kinds)}")

    for d in docs:
        if d["kind"] not in ("ConsolePlugin", "ClusterRole", "ClusterRoleBinding"):
            check(f'{d["kind"]}/{d["metadata"]["name"]} in namespace {ns}', d["metadata"].get("namespace") == ns)

    # Service: ClusterIP 9443, the service-CA annotation (beta, not the old alpha) unless a Secret is given
    svc = one(docs, "Service", PLUGIN)
    port = 9555 if custom else 9443
    check("Service type ClusterIP", svc["spec"]["type"] == "ClusterIP")
    check(f"Service port {port} -> named port https", svc["spec"]["ports"] == [
        {"name": "https", "protocol": "TCP", "port": port, "targetPort": "https"}], svc["spec"]["ports"])
    ann = svc["metadata"].get("annotations") or {}
    if custom:
        check("Service: no serving-cert annotation when certificateSecretName is set", not ann, ann)
    else:
        check("Service annotation service.beta.openshift.io/serving-cert-secret-name",
              ann.get("service.beta.openshift.io/serving-cert-secret-name") == f"{PLUGIN}-cert", ann)
        check("Service: no service.alpha annotation", not any(k.startswith("service.alpha") for k in ann), ann)

    # Deployment
    dep = one(docs, "Deployment", PLUGIN)
    spec = dep["spec"]
    pod = spec["template"]["spec"]
    (c,) = pod["containers"]
    check(f'replicas {5 if custom else 2}', spec["replicas"] == (5 if custom else 2), spec["replicas"])
    check("selector matches pod labels",
          all(spec["template"]["metadata"]["labels"].get(k) == v for k, v in spec["selector"]["matchLabels"].items()))
    check("selector picks the plugin component only", spec["selector"]["matchLabels"].get("app.kubernetes.io/component") == "plugin")
    check("Service selector == Deployment selector", svc["spec"]["selector"] == spec["selector"]["matchLabels"])
    hardened(check, "Deployment", pod["securityContext"], c["securityContext"])
    check("Deployment: readOnlyRootFilesystem", c["securityContext"].get("readOnlyRootFilesystem") is True)
    check("Deployment: service account token not mounted", pod.get("automountServiceAccountToken") is False)
    if custom:
        image = "quay.example.org/team/mcp@sha256:" + "a" * 64
    else:
        stock = yaml.safe_load(open(VALUES))["nginxImage"]
        image = f'{stock["repository"]}:{stock["tag"]}@{stock["digest"]}'
        check("stock image: a public Red Hat UBI nginx, pinned by tag and digest",
              re.fullmatch(r"registry\.access\.redhat\.com/ubi\d+/nginx-\d+:[\w.-]+@sha256:[0-9a-f]{64}", image), image)
    check(f"image {image}", c["image"] == image, c["image"])
    check_bundle(check, docs, pod, c, custom)
    check("container port https", c["ports"] == [{"name": "https", "containerPort": port, "protocol": "TCP"}], c["ports"])
    check("nginx runs the chart's config", c["command"][:1] == ["nginx"] and "/etc/nginx-plugin/nginx.conf" in c["command"]
          and c["command"][-2:] == ["-g", "daemon off;"], c["command"])
    for probe in ("readinessProbe", "livenessProbe"):
        g = c.get(probe, {}).get("httpGet", {})
        check(f"{probe} HTTPS on https", g.get("scheme") == "HTTPS" and g.get("port") == "https", g)
    check("readiness probes the manifest", c["readinessProbe"]["httpGet"]["path"] == "/plugin-manifest.json")
    res = c.get("resources", {})
    check("resources: requests cpu+memory and a memory limit",
          {"cpu", "memory"} <= set(res.get("requests", {})) and "memory" in res.get("limits", {}), res)
    if custom:
        check("custom resources", res["requests"]["cpu"] == "50m" and res["limits"]["memory"] == "256Mi", res)
    mounts = {m["mountPath"]: m for m in c["volumeMounts"]}
    vols = {v["name"]: v for v in pod["volumes"]}
    secret = "my-own-cert" if custom else f"{PLUGIN}-cert"
    check("cert Secret mounted read-only at /var/cert",
          mounts.get("/var/cert", {}).get("readOnly") is True
          and vols[mounts["/var/cert"]["name"]]["secret"]["secretName"] == secret)
    check("nginx config from the ConfigMap",
          vols[mounts["/etc/nginx-plugin"]["name"]]["configMap"]["name"] == f"{PLUGIN}-nginx")
    check("/tmp is an emptyDir", "emptyDir" in vols[mounts["/tmp"]["name"]])
    check("pods roll when the nginx config changes",
          re.fullmatch(r"[0-9a-f]{64}", spec["template"]["metadata"]["annotations"].get("checksum/nginx-conf", "")))
    tsc = pod.get("topologySpreadConstraints", [])
    if custom:
        check("custom topologySpreadConstraints (zone, templated selector)",
              len(tsc) == 1 and tsc[0]["topologyKey"] == "topology.kubernetes.io/zone"
              and tsc[0]["labelSelector"]["matchLabels"] == spec["selector"]["matchLabels"], tsc)
        check("nodeSelector and tolerations passed through",
              pod.get("nodeSelector") == {"node-role.kubernetes.io/infra": ""} and len(pod.get("tolerations", [])) == 1)
        check("imagePullSecrets passed through", pod.get("imagePullSecrets") == [{"name": "pull-secret"}])
    else:
        check("replicas spread across nodes (ScheduleAnyway)",
              len(tsc) == 1 and tsc[0]["topologyKey"] == "kubernetes.io/hostname"
              and tsc[0]["whenUnsatisfiable"] == "ScheduleAnyway"
              and tsc[0]["labelSelector"]["matchLabels"] == spec["selector"]["matchLabels"], tsc)
    check("rolling update keeps every replica up", spec["strategy"]["rollingUpdate"]["maxUnavailable"] == 0)

    # PDB
    pdbs = find(docs, "PodDisruptionBudget")
    if custom:
        check("no PodDisruptionBudget when disabled", not pdbs)
    else:
        check("PodDisruptionBudget maxUnavailable 1 over the plugin pods",
              len(pdbs) == 1 and pdbs[0]["spec"]["maxUnavailable"] == 1
              and pdbs[0]["spec"]["selector"]["matchLabels"] == spec["selector"]["matchLabels"])

    # ConsolePlugin
    cp = one(docs, "ConsolePlugin", PLUGIN)
    check("ConsolePlugin apiVersion console.openshift.io/v1", cp["apiVersion"] == "console.openshift.io/v1")
    check("ConsolePlugin cluster-scoped", "namespace" not in cp["metadata"])
    check("ConsolePlugin backend Service", cp["spec"]["backend"] == {
        "type": "Service",
        "service": {"name": PLUGIN, "namespace": ns, "port": port, "basePath": "/"}}, cp["spec"]["backend"])
    check("ConsolePlugin i18n.loadType",
          cp["spec"]["i18n"] == {"loadType": "Lazy" if custom else "Preload"}, cp["spec"]["i18n"])
    check("ConsolePlugin displayName", cp["spec"]["displayName"] == ("MetalLB (lab)" if custom else "MetalLB"))

    # nginx.conf
    conf = one(docs, "ConfigMap", f"{PLUGIN}-nginx")["data"]["nginx.conf"]
    check(f"nginx listens {port} ssl", f"listen {port} ssl;" in conf)
    check("nginx IPv6 listen " + ("off" if custom else "on"), (f"listen [::]:{port} ssl;" in conf) != custom)
    check("nginx pid under /tmp", "pid /tmp/nginx.pid;" in conf)
    check("nginx temp paths under /tmp",
          all(f"{t}_temp_path /tmp/" in conf for t in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")))
    check("nginx serves JS as application/javascript", re.search(r"application/javascript\s+js\b", conf))
    check("nginx cert from /var/cert", "ssl_certificate     /var/cert/tls.crt;" in conf)
    locs = conf.count("location ")
    check("nosniff in every location (add_header does not inherit)",
          conf.count('add_header X-Content-Type-Options "nosniff" always;') == locs and locs >= 4, locs)

    # console enabling: RBAC, script, hooks
    jobs = find(docs, "Job")
    if custom:
        check("console.enablePlugin=false: no Jobs, no RBAC, no script",
              not jobs and not find(docs, "ClusterRole") and not find(docs, "ConfigMap", f"{PLUGIN}-console-patcher"))
    else:
        patcher = f"{PLUGIN}-console-patcher"
        role = one(docs, "ClusterRole", patcher)
        verbs = set()
        for rule in role["rules"]:
            check("ClusterRole only touches operator.openshift.io consoles",
                  rule["apiGroups"] == ["operator.openshift.io"] and rule["resources"] == ["consoles"], rule)
            verbs |= set(rule["verbs"])
        check("ClusterRole verbs get/list/patch/update", verbs == {"get", "list", "patch", "update"}, verbs)
        crb = one(docs, "ClusterRoleBinding", patcher)
        check("ClusterRoleBinding -> patcher SA", crb["roleRef"]["name"] == patcher and crb["subjects"] == [
            {"kind": "ServiceAccount", "name": patcher, "namespace": ns}], crb)
        one(docs, "ServiceAccount", patcher)
        script = one(docs, "ConfigMap", patcher)["data"]["console-plugins.sh"]
        check("script guards writes with a JSON patch test op on resourceVersion",
              '\\"op\\":\\"test\\",\\"path\\":\\"/metadata/resourceVersion\\"' in script)
        by_action = {}
        for j in jobs:
            cmd = j["spec"]["template"]["spec"]["containers"][0]["command"]
            by_action[cmd[2]] = j
            check(f'Job {j["metadata"]["name"]} runs the ConfigMap script for {PLUGIN}',
                  cmd[:2] == ["/bin/sh", "/scripts/console-plugins.sh"] and cmd[3] == PLUGIN, cmd)
            jp = j["spec"]["template"]["spec"]
            check(f'Job {j["metadata"]["name"]} uses the patcher SA', jp["serviceAccountName"] == patcher)
            hardened(check, f'Job {cmd[2]}', jp["securityContext"], jp["containers"][0]["securityContext"])
            check(f'Job {cmd[2]} pods are not plugin pods',
                  jp and j["spec"]["template"]["metadata"]["labels"].get("app.kubernetes.io/component") == "console-patcher")
            check(f'Job {cmd[2]} deleted after success and before re-creation',
                  set(j["metadata"]["annotations"]["helm.sh/hook-delete-policy"].split(",")) ==
                  {"before-hook-creation", "hook-succeeded"})
        check("enable Job is a post-install,post-upgrade hook",
              by_action.get("enable", {}).get("metadata", {}).get("annotations", {}).get("helm.sh/hook") == "post-install,post-upgrade")
        check("disable Job is a pre-delete hook",
              by_action.get("disable", {}).get("metadata", {}).get("annotations", {}).get("helm.sh/hook") == "pre-delete")
    print(f"manifests ({mode}): {check.passed} passed, {check.failed} failed")
    return 1 if check.failed else 0


def mount_bundle(out):
    """What the kubelet and the init container make of the Deployment's bundle: the projected `bundle` volume
    written as the kubelet's atomic writer does (files in a timestamped directory, `..data` pointing at it, one
    symlink per name) into OUT/bundle, then the init container's own script, its two paths pointed at OUT/bundle
    and OUT/html, run with this machine's sh and bsdtar (as `nobody` when run as root) to unpack into OUT/html."""
    docs = load(sys.stdin)
    pod = one(docs, "Deployment", PLUGIN)["spec"]["template"]["spec"]
    (vol,) = [v for v in pod["volumes"] if v["name"] == "bundle"]
    mode = vol["projected"].get("defaultMode", 0o644)
    stamp = "..2026_01_01_00_00_00.000000001"
    bundle, html = os.path.join(out, "bundle"), os.path.join(out, "html")
    os.makedirs(os.path.join(bundle, stamp))
    os.makedirs(html)
    for src in vol["projected"]["sources"]:
        data = one(docs, "ConfigMap", src["configMap"]["name"]).get("binaryData", {})
        for item in src["configMap"]["items"]:
            with open(os.path.join(bundle, stamp, item["path"]), "wb") as f:
                f.write(base64.b64decode(data[item["key"]]))
            os.chmod(os.path.join(bundle, stamp, item["path"]), item.get("mode", mode))
            os.symlink(os.path.join("..data", item["path"]), os.path.join(bundle, item["path"]))
    os.symlink(stamp, os.path.join(bundle, "..data"))
    (init,) = pod["initContainers"]
    mounts = {m["name"]: m["mountPath"] for m in init["volumeMounts"]}
    cmd = [a.replace(mounts["bundle"], bundle).replace(mounts["html"], html) for a in init["command"]]
    if os.getuid() == 0:
        os.chmod(out, 0o755)
        os.chown(html, 65534, 65534)  # the emptyDir is writable by the pod's UID
        cmd = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"] + cmd
    run = subprocess.run(cmd, capture_output=True, text=True)
    sys.stdout.write(run.stdout + run.stderr)
    return run.returncode


def walk(root):
    found = {}
    for d, dirs, files in os.walk(root):
        for f in files:
            found[os.path.relpath(os.path.join(d, f), root)] = os.path.join(d, f)
    return found


def bundle_check(unpacked, dist):
    """The unpacked bundle holds exactly the files of dist/ (sha256), nothing else; prints the ConfigMap sizes
    (keys + binaryData, as the API server counts them)."""
    docs = load(sys.stdin)
    check = Checks()
    sha = lambda p: hashlib.sha256(open(p, "rb").read()).hexdigest()  # noqa: E731
    want = {rel: sha(p) for rel, p in walk(dist).items()}
    got = {rel: sha(p) for rel, p in walk(unpacked).items()}
    check(f"the same {len(want)} paths as dist/", set(got) == set(want),
          f"missing {sorted(set(want) - set(got))}, extra {sorted(set(got) - set(want))}")
    differ = sorted(r for r in want if r in got and got[r] != want[r])
    check("every file's sha256 equals dist/'s", not differ, differ)
    cms = [d for d in docs if d["kind"] == "ConfigMap" and d["metadata"]["name"].startswith(f"{PLUGIN}-bundle-")]
    total = 0
    for cm in cms:
        data = cm.get("binaryData", {})
        size = sum(len(k) + len(base64.b64decode(v)) for k, v in data.items())
        total += size
        check(f'ConfigMap {cm["metadata"]["name"]}: {", ".join(data)}, {size:,} bytes of keys + binaryData '
              f"({len(json.dumps(cm)):,} as JSON); {1048576 - size:,} bytes under the 1 MiB limit "
              f"({100 * size / 1048576:.1f} % used)", size <= 768 * 1024, size)
    raw = sum(os.path.getsize(p) for p in walk(dist).values())
    print(f"  info bundle: {len(want)} files, {raw:,} bytes in dist/, {total:,} bytes in {len(cms)} ConfigMap(s)")
    print(f"bundle: {check.passed} passed, {check.failed} failed")
    return 1 if check.failed else 0


def main():
    if sys.argv[1] == "mount-bundle":
        return mount_bundle(sys.argv[2])
    if sys.argv[1] == "bundle-check":
        return bundle_check(sys.argv[2], sys.argv[3])
    if sys.argv[1] == "configmap-key":
        cm = one(load(sys.stdin), "ConfigMap", sys.argv[2])
        sys.stdout.write(cm["data"][sys.argv[3]])
        return 0
    if sys.argv[1] == "check":
        return check_manifests(sys.argv[2], sys.argv[3])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
