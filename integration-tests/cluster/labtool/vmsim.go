package main

// The VM simulator: the only pretend part of the lab (see main.go). It plays the part of KubeVirt's
// virt-controller for three things: start (VM -> VMI + virt-launcher pod), stop, and live migration
// (VirtualMachineInstanceMigration -> a new launcher pod on another node, then the old one goes away).
// The labels are KubeVirt's real ones (KubeVirt v1.9): every VMI label, plus kubevirt.io=virt-launcher,
// kubevirt.io/created-by=<vmi uid>, vmi.kubevirt.io/id=<vmi name> and vm.kubevirt.io/name.

import (
	"context"
	"crypto/rand"
	"crypto/sha1"
	"encoding/hex"
	"flag"
	"log"
	"sort"
	"time"

	corev1 "k8s.io/api/core/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/runtime/schema"
	"k8s.io/client-go/dynamic"
	"k8s.io/client-go/kubernetes"
	"k8s.io/client-go/tools/clientcmd"
)

var (
	gvrVM   = schema.GroupVersionResource{Group: "kubevirt.io", Version: "v1", Resource: "virtualmachines"}
	gvrVMI  = schema.GroupVersionResource{Group: "kubevirt.io", Version: "v1", Resource: "virtualmachineinstances"}
	gvrVMIM = schema.GroupVersionResource{Group: "kubevirt.io", Version: "v1", Resource: "virtualmachineinstancemigrations"}
)

const (
	launcherImage    = "quay.io/kubevirt/virt-launcher:v1.9.0"
	labelKubevirt    = "kubevirt.io"
	labelCreatedBy   = "kubevirt.io/created-by"
	labelVMIID       = "vmi.kubevirt.io/id"
	labelVMName      = "vm.kubevirt.io/name"
	labelNodeName    = "kubevirt.io/nodeName"
	labelMigration   = "kubevirt.io/migrationJobUID"
	annotationDomain = "kubevirt.io/domain"
)

type sim struct {
	kube kubernetes.Interface
	dyn  dynamic.Interface
	ctx  context.Context
}

func runVMSim(args []string) error {
	fs := flag.NewFlagSet("vmsim", flag.ExitOnError)
	kubeconfig := fs.String("kubeconfig", "", "kubeconfig file")
	interval := fs.Duration("interval", time.Second, "reconcile interval")
	if err := fs.Parse(args); err != nil {
		return err
	}
	cfg, err := clientcmd.BuildConfigFromFlags("", *kubeconfig)
	if err != nil {
		return err
	}
	cfg.QPS, cfg.Burst = 50, 100
	cfg.UserAgent = "vm-simulator (metallb-console-plugin lab; not KubeVirt)"
	s := &sim{ctx: context.Background()}
	if s.kube, err = kubernetes.NewForConfig(cfg); err != nil {
		return err
	}
	if s.dyn, err = dynamic.NewForConfig(cfg); err != nil {
		return err
	}
	log.Printf("vm simulator started (pretend virt-controller: VMs become VMIs + virt-launcher pods; no guest runs)")
	for {
		if err := s.reconcile(); err != nil {
			log.Printf("reconcile: %v", err)
		}
		time.Sleep(*interval)
	}
}

// VMIID is the value of the vmi.kubevirt.io/id label for a VMI name, as KubeVirt computes it.
func VMIID(name string) string {
	if len(name) <= 63 {
		return name
	}
	h := sha1.Sum([]byte(name))
	return name[:54] + "-" + hex.EncodeToString(h[:])[:8]
}

func vmRunning(vm *unstructured.Unstructured) bool {
	if r, found, _ := unstructured.NestedBool(vm.Object, "spec", "running"); found {
		return r
	}
	rs, _, _ := unstructured.NestedString(vm.Object, "spec", "runStrategy")
	switch rs {
	case "Always", "RerunOnFailure", "Once":
		return true
	}
	return false
}

func key(ns, name string) string { return ns + "/" + name }

func unstructuredString(obj map[string]interface{}, fields ...string) (string, bool, error) {
	return unstructured.NestedString(obj, fields...)
}

func (s *sim) reconcile() error {
	vms, err := s.dyn.Resource(gvrVM).List(s.ctx, metav1.ListOptions{})
	if err != nil {
		return err
	}
	vmis, err := s.dyn.Resource(gvrVMI).List(s.ctx, metav1.ListOptions{})
	if err != nil {
		return err
	}
	pods, err := s.kube.CoreV1().Pods("").List(s.ctx, metav1.ListOptions{LabelSelector: labelKubevirt + "=virt-launcher"})
	if err != nil {
		return err
	}
	vmiByKey := map[string]*unstructured.Unstructured{}
	for i := range vmis.Items {
		v := &vmis.Items[i]
		vmiByKey[key(v.GetNamespace(), v.GetName())] = v
	}
	podsByVMI := map[string][]corev1.Pod{}
	load := map[string]int{}
	for _, p := range pods.Items {
		if p.DeletionTimestamp != nil {
			continue
		}
		podsByVMI[key(p.Namespace, p.Labels[labelVMIID])] = append(podsByVMI[key(p.Namespace, p.Labels[labelVMIID])], p)
		load[p.Spec.NodeName]++
	}
	nodes, err := s.readyNodes()
	if err != nil {
		return err
	}
	migrating := s.migrations(vmiByKey, podsByVMI, nodes, load)

	seen := map[string]bool{}
	for i := range vms.Items {
		vm := &vms.Items[i]
		k := key(vm.GetNamespace(), vm.GetName())
		seen[k] = true
		vmi := vmiByKey[k]
		if !vmRunning(vm) {
			if vmi != nil {
				log.Printf("%s: VM stopped, deleting VMI and launcher pod", k)
				s.deleteVMI(vmi, podsByVMI[k])
			}
			s.setVMStatus(vm, "Stopped", false, false)
			continue
		}
		if vmi == nil {
			if len(nodes) == 0 {
				s.setVMStatus(vm, "ErrorUnschedulable", false, false)
				continue
			}
			node := pickNode(nodes, load, "")
			load[node]++
			if vmi, err = s.createVMI(vm, node); err != nil {
				log.Printf("%s: create VMI: %v", k, err)
				continue
			}
			log.Printf("%s: VM running, VMI created on %s", k, node)
		}
		node, _, _ := unstructured.NestedString(vmi.Object, "status", "nodeName")
		var pod *corev1.Pod
		for j := range podsByVMI[k] {
			p := podsByVMI[k][j]
			if p.Spec.NodeName == node && pod == nil {
				pod = &p
			}
		}
		if pod == nil && !migrating[k] {
			if pod, err = s.createPod(vmi, node, ""); err != nil {
				log.Printf("%s: create launcher pod: %v", k, err)
				continue
			}
		}
		ready := pod != nil && podReady(pod)
		s.setVMIStatus(vmi, pod, ready)
		status := "Starting"
		if ready {
			status = "Running"
		}
		if migrating[k] {
			status = "Migrating"
		}
		s.setVMStatus(vm, status, ready, true)
	}
	// VMIs whose VM is gone (the VM was deleted): KubeVirt deletes them; so do we (ownerRefs also cover it).
	for k, vmi := range vmiByKey {
		if !seen[k] && len(vmi.GetOwnerReferences()) > 0 && vmi.GetDeletionTimestamp() == nil {
			s.deleteVMI(vmi, podsByVMI[k])
		}
	}
	return nil
}

func podReady(p *corev1.Pod) bool {
	if p.Status.Phase != corev1.PodRunning {
		return false
	}
	for _, c := range p.Status.Conditions {
		if c.Type == corev1.PodReady {
			return c.Status == corev1.ConditionTrue
		}
	}
	return false
}

func (s *sim) readyNodes() ([]string, error) {
	nl, err := s.kube.CoreV1().Nodes().List(s.ctx, metav1.ListOptions{})
	if err != nil {
		return nil, err
	}
	var out []string
	for _, n := range nl.Items {
		if n.Spec.Unschedulable {
			continue
		}
		for _, c := range n.Status.Conditions {
			if c.Type == corev1.NodeReady && c.Status == corev1.ConditionTrue {
				out = append(out, n.Name)
			}
		}
	}
	sort.Strings(out)
	return out, nil
}

// pickNode takes the node with the fewest launcher pods (ties: name order), never `not`.
func pickNode(nodes []string, load map[string]int, not string) string {
	best := ""
	for _, n := range nodes {
		if n == not {
			continue
		}
		if best == "" || load[n] < load[best] {
			best = n
		}
	}
	return best
}

func ownerRef(u *unstructured.Unstructured) metav1.OwnerReference {
	t := true
	return metav1.OwnerReference{APIVersion: u.GetAPIVersion(), Kind: u.GetKind(), Name: u.GetName(), UID: u.GetUID(), Controller: &t, BlockOwnerDeletion: &t}
}

func (s *sim) createVMI(vm *unstructured.Unstructured, node string) (*unstructured.Unstructured, error) {
	tmplSpec, _, _ := unstructured.NestedMap(vm.Object, "spec", "template", "spec")
	labels, _, _ := unstructured.NestedStringMap(vm.Object, "spec", "template", "metadata", "labels")
	annotations, _, _ := unstructured.NestedStringMap(vm.Object, "spec", "template", "metadata", "annotations")
	if labels == nil {
		labels = map[string]string{}
	}
	labels[labelNodeName] = node
	vmi := &unstructured.Unstructured{Object: map[string]interface{}{
		"apiVersion": "kubevirt.io/v1",
		"kind":       "VirtualMachineInstance",
		"spec":       tmplSpec,
	}}
	vmi.SetName(vm.GetName())
	vmi.SetNamespace(vm.GetNamespace())
	vmi.SetLabels(labels)
	if len(annotations) > 0 {
		vmi.SetAnnotations(annotations)
	}
	vmi.SetOwnerReferences([]metav1.OwnerReference{ownerRef(vm)})
	vmi.SetFinalizers(nil)
	_ = unstructured.SetNestedField(vmi.Object, map[string]interface{}{
		"phase":    "Scheduling",
		"nodeName": node,
	}, "status")
	return s.dyn.Resource(gvrVMI).Namespace(vm.GetNamespace()).Create(s.ctx, vmi, metav1.CreateOptions{})
}

func randSuffix() string {
	const letters = "bcdfghjklmnpqrstvwxz2456789"
	b := make([]byte, 5)
	_, _ = rand.Read(b)
	for i := range b {
		b[i] = letters[int(b[i])%len(letters)]
	}
	return string(b)
}

func (s *sim) createPod(vmi *unstructured.Unstructured, node, migrationUID string) (*corev1.Pod, error) {
	labels := map[string]string{}
	for k, v := range vmi.GetLabels() {
		if k != labelNodeName {
			labels[k] = v
		}
	}
	labels[labelKubevirt] = "virt-launcher"
	labels[labelCreatedBy] = string(vmi.GetUID())
	labels[labelVMIID] = VMIID(vmi.GetName())
	vmName := vmi.GetName()
	if h, ok, _ := unstructured.NestedString(vmi.Object, "spec", "hostname"); ok && h != "" {
		vmName = h
	}
	labels[labelVMName] = vmName
	if migrationUID != "" {
		labels[labelMigration] = migrationUID
	}
	f := false
	var ports []corev1.ContainerPort
	ifaces, _, _ := unstructured.NestedSlice(vmi.Object, "spec", "domain", "devices", "interfaces")
	for _, i := range ifaces {
		im, _ := i.(map[string]interface{})
		ps, _, _ := unstructured.NestedSlice(im, "ports")
		for _, p := range ps {
			pm, _ := p.(map[string]interface{})
			port, _, _ := unstructured.NestedInt64(pm, "port")
			proto, _, _ := unstructured.NestedString(pm, "protocol")
			if proto == "" {
				proto = "TCP"
			}
			if port > 0 {
				ports = append(ports, corev1.ContainerPort{ContainerPort: int32(port), Protocol: corev1.Protocol(proto)})
			}
		}
	}
	pod := &corev1.Pod{
		ObjectMeta: metav1.ObjectMeta{
			Name:            "virt-launcher-" + vmi.GetName() + "-" + randSuffix(),
			Namespace:       vmi.GetNamespace(),
			Labels:          labels,
			Annotations:     map[string]string{annotationDomain: vmi.GetName(), "metallb-lab/simulated": "virt-launcher pod created by the lab's VM simulator; no guest runs"},
			OwnerReferences: []metav1.OwnerReference{ownerRef(vmi)},
		},
		Spec: corev1.PodSpec{
			NodeName:                     node,
			AutomountServiceAccountToken: &f,
			Containers:                   []corev1.Container{{Name: "compute", Image: launcherImage, Ports: ports}},
			Tolerations:                  []corev1.Toleration{{Key: "kwok.x-k8s.io/node", Operator: corev1.TolerationOpExists, Effect: corev1.TaintEffectNoSchedule}},
		},
	}
	return s.kube.CoreV1().Pods(pod.Namespace).Create(s.ctx, pod, metav1.CreateOptions{})
}

func (s *sim) deleteVMI(vmi *unstructured.Unstructured, pods []corev1.Pod) {
	for _, p := range pods {
		_ = s.kube.CoreV1().Pods(p.Namespace).Delete(s.ctx, p.Name, metav1.DeleteOptions{})
	}
	err := s.dyn.Resource(gvrVMI).Namespace(vmi.GetNamespace()).Delete(s.ctx, vmi.GetName(), metav1.DeleteOptions{})
	if err != nil && !apierrors.IsNotFound(err) {
		log.Printf("delete VMI %s/%s: %v", vmi.GetNamespace(), vmi.GetName(), err)
	}
}

// updateStatus writes status through the status subresource where the CRD has one (VM, migration) and
// through the object itself where it has none (VMI, as in KubeVirt).
func (s *sim) updateStatus(gvr schema.GroupVersionResource, u *unstructured.Unstructured, sub bool) {
	r := s.dyn.Resource(gvr).Namespace(u.GetNamespace())
	var err error
	if sub {
		_, err = r.UpdateStatus(s.ctx, u, metav1.UpdateOptions{})
	} else {
		_, err = r.Update(s.ctx, u, metav1.UpdateOptions{})
	}
	if err != nil && !apierrors.IsConflict(err) && !apierrors.IsNotFound(err) {
		log.Printf("update status of %s %s/%s: %v", gvr.Resource, u.GetNamespace(), u.GetName(), err)
	}
}

func now() string { return time.Now().UTC().Format(time.RFC3339) }

func cond(t string, ok bool) map[string]interface{} {
	st := "False"
	if ok {
		st = "True"
	}
	return map[string]interface{}{"type": t, "status": st, "lastProbeTime": nil, "lastTransitionTime": nil}
}

func (s *sim) setVMStatus(vm *unstructured.Unstructured, printable string, ready, created bool) {
	old, _, _ := unstructured.NestedString(vm.Object, "status", "printableStatus")
	oldReady, _, _ := unstructured.NestedBool(vm.Object, "status", "ready")
	oldCreated, _, _ := unstructured.NestedBool(vm.Object, "status", "created")
	if old == printable && oldReady == ready && oldCreated == created {
		return
	}
	st, _, _ := unstructured.NestedMap(vm.Object, "status")
	if st == nil {
		st = map[string]interface{}{}
	}
	st["printableStatus"] = printable
	st["ready"] = ready
	st["created"] = created
	st["conditions"] = []interface{}{cond("Ready", ready)}
	if rs, ok, _ := unstructured.NestedString(vm.Object, "spec", "runStrategy"); ok {
		st["runStrategy"] = rs
	}
	vm.Object["status"] = st
	s.updateStatus(gvrVM, vm, true)
}

func (s *sim) setVMIStatus(vmi *unstructured.Unstructured, pod *corev1.Pod, ready bool) {
	st, _, _ := unstructured.NestedMap(vmi.Object, "status")
	if st == nil {
		st = map[string]interface{}{}
	}
	phase := "Scheduled"
	ip := ""
	if pod != nil && pod.Status.Phase == corev1.PodRunning {
		phase = "Running"
		ip = pod.Status.PodIP
	}
	changed := st["phase"] != phase
	var oldIP string
	if ifs, ok := st["interfaces"].([]interface{}); ok && len(ifs) > 0 {
		if m, ok := ifs[0].(map[string]interface{}); ok {
			oldIP, _ = m["ipAddress"].(string)
		}
	}
	changed = changed || oldIP != ip
	oldReady := false
	if cs, ok := st["conditions"].([]interface{}); ok {
		for _, c := range cs {
			if m, ok := c.(map[string]interface{}); ok && m["type"] == "Ready" {
				oldReady = m["status"] == "True"
			}
		}
	}
	changed = changed || oldReady != ready
	if !changed {
		return
	}
	st["phase"] = phase
	if pod != nil {
		st["activePods"] = map[string]interface{}{string(pod.UID): pod.Spec.NodeName}
	}
	if ip != "" {
		st["interfaces"] = []interface{}{map[string]interface{}{
			"name": "default", "interfaceName": "eth0", "ipAddress": ip, "ipAddresses": []interface{}{ip},
			"infoSource": "domain, guest-agent",
		}}
	}
	st["conditions"] = []interface{}{cond("Ready", ready), cond("LiveMigratable", true)}
	st["launcherContainerImageVersion"] = launcherImage
	st["migrationMethod"] = "LiveMigration"
	vmi.Object["status"] = st
	s.updateStatus(gvrVMI, vmi, false)
}

// migrations handles VirtualMachineInstanceMigrations: target pod on another node (spec.addedNodeSelector
// kubernetes.io/hostname is honoured), wait for it to be ready, switch the VMI over, delete the source pod.
// Returns the VMIs that are mid-migration.
func (s *sim) migrations(vmis map[string]*unstructured.Unstructured, pods map[string][]corev1.Pod, nodes []string, load map[string]int) map[string]bool {
	out := map[string]bool{}
	list, err := s.dyn.Resource(gvrVMIM).List(s.ctx, metav1.ListOptions{})
	if err != nil {
		log.Printf("list migrations: %v", err)
		return out
	}
	for i := range list.Items {
		m := &list.Items[i]
		phase, _, _ := unstructured.NestedString(m.Object, "status", "phase")
		if phase == "Succeeded" || phase == "Failed" {
			continue
		}
		vmiName, _, _ := unstructured.NestedString(m.Object, "spec", "vmiName")
		k := key(m.GetNamespace(), vmiName)
		vmi := vmis[k]
		fail := func(msg string) {
			log.Printf("migration %s/%s failed: %s", m.GetNamespace(), m.GetName(), msg)
			_ = unstructured.SetNestedField(m.Object, "Failed", "status", "phase")
			s.updateStatus(gvrVMIM, m, true)
		}
		if vmi == nil {
			fail("VMI " + k + " does not exist")
			continue
		}
		source, _, _ := unstructured.NestedString(vmi.Object, "status", "nodeName")
		var target *corev1.Pod
		var sourcePod *corev1.Pod
		for j := range pods[k] {
			p := pods[k][j]
			if p.Labels[labelMigration] == string(m.GetUID()) {
				target = &p
			} else if p.Spec.NodeName == source {
				sourcePod = &p
			}
		}
		if target == nil {
			want, _, _ := unstructured.NestedString(m.Object, "spec", "addedNodeSelector", "kubernetes.io/hostname")
			node := want
			if node == "" {
				node = pickNode(nodes, load, source)
			}
			if node == "" || node == source {
				fail("no other schedulable node")
				continue
			}
			p, err := s.createPod(vmi, node, string(m.GetUID()))
			if err != nil {
				fail("create target pod: " + err.Error())
				continue
			}
			load[node]++
			log.Printf("migration %s/%s: %s from %s to %s", m.GetNamespace(), m.GetName(), k, source, node)
			st := map[string]interface{}{"phase": "Scheduling", "migrationState": map[string]interface{}{
				"sourceNode": source, "targetNode": node, "targetPod": p.Name, "startTimestamp": now(),
			}}
			if sourcePod != nil {
				st["migrationState"].(map[string]interface{})["sourcePod"] = sourcePod.Name
			}
			m.Object["status"] = st
			s.updateStatus(gvrVMIM, m, true)
			out[k] = true
			continue
		}
		if !podReady(target) {
			_ = unstructured.SetNestedField(m.Object, "TargetReady", "status", "phase")
			out[k] = true
			continue
		}
		// switch over: the VMI now lives on the target node
		labels := vmi.GetLabels()
		labels[labelNodeName] = target.Spec.NodeName
		vmi.SetLabels(labels)
		st, _, _ := unstructured.NestedMap(vmi.Object, "status")
		st["nodeName"] = target.Spec.NodeName
		st["migrationState"] = map[string]interface{}{
			"sourceNode": source, "targetNode": target.Spec.NodeName, "targetPod": target.Name,
			"completed": true, "failed": false, "migrationUid": string(m.GetUID()),
			"startTimestamp": now(), "endTimestamp": now(), "mode": "PreCopy",
		}
		vmi.Object["status"] = st
		updated, err := s.dyn.Resource(gvrVMI).Namespace(vmi.GetNamespace()).Update(s.ctx, vmi, metav1.UpdateOptions{})
		if err != nil {
			log.Printf("migration: update VMI %s: %v", k, err)
			out[k] = true
			continue
		}
		vmis[k] = updated
		// the target pod keeps its migration label, as in KubeVirt; the source pod goes
		if sourcePod != nil {
			_ = s.kube.CoreV1().Pods(sourcePod.Namespace).Delete(s.ctx, sourcePod.Name, metav1.DeleteOptions{})
		}
		mst, _, _ := unstructured.NestedMap(m.Object, "status")
		if mst == nil {
			mst = map[string]interface{}{}
		}
		mst["phase"] = "Succeeded"
		if ms, ok := mst["migrationState"].(map[string]interface{}); ok {
			ms["completed"] = true
			ms["endTimestamp"] = now()
		}
		m.Object["status"] = mst
		s.updateStatus(gvrVMIM, m, true)
		log.Printf("migration %s/%s succeeded: %s now on %s", m.GetNamespace(), m.GetName(), k, target.Spec.NodeName)
	}
	return out
}
