package main

// labtool podstatus: the part of a kubelet that reports MetalLB's and FRR-K8s's pods, for the pods whose
// processes run on the host (MetalLB's controller) or in a node's network namespace (the speakers, and the
// five containers of each FRR-K8s daemon pod: frr, frr-k8s, reloader, frr-status, frr-metrics) instead of
// in containers.
// kwok marks every pod Running once; from then on this loop owns the MetalLB pods' readiness (kwok's
// lab-pod-ready-again stage skips pods annotated metallb-lab/process). Every second, for each pod of
// the MetalLB Deployment and DaemonSet, it runs MetalLB's own readiness probe (GET /readyz on the
// health port, 127.0.0.1:17472 inside the speaker's node namespace, as the DaemonSet's probe does
// from a hostNetwork pod; v0.15: GET /metrics on the metrics port, 7472, as its manifest says) and checks that the process runs AS THIS POD (up.sh records the pod name it
// started the process with). For FRR-K8s's pods, each container the same way with the manifest's own
// probes: frr-k8s GET /metrics on 127.0.0.1:7572, frr GET /livez on 127.0.0.1:7573 (its startup and
// liveness probe, served by frr-metrics, which asks vtysh whether zebra, bgpd, bfdd, staticd and watchfrr
// run), the others running. The pod's Ready/ContainersReady conditions and its container statuses
// follow; a new process for the same pod counts as a restart (containerID carries the pid).
// Simplified against a kubelet: probe every 1 s with failure threshold 1 (the manifests say 10 s x 3)
// so a killed speaker shows within seconds; no process is restarted here: up.sh does that (the tests
// kill speakers on purpose and bring them back when they choose).

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"log"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"

	"golang.org/x/sys/unix"
	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/client-go/kubernetes"
	"k8s.io/client-go/tools/clientcmd"
)

type podStatus struct {
	kube           kubernetes.Interface
	namespace      string
	frrNamespace   string // FRR-K8s's namespace ("" when it does not run)
	pids           string // directory of <process>.pid and <process>.pod
	controllerAddr string // host:port of the controller's health endpoint (on the host)
	speakerPort    int    // the speakers' health port, on 127.0.0.1 in their node namespace
	probePath      string // MetalLB's readiness probe's path: /readyz (v0.16), /metrics (v0.15)
}

func runPodStatus(args []string) error {
	fs := flag.NewFlagSet("podstatus", flag.ExitOnError)
	kubeconfig := fs.String("kubeconfig", "", "kubeconfig file")
	p := &podStatus{}
	fs.StringVar(&p.namespace, "namespace", "metallb-system", "MetalLB's namespace")
	fs.StringVar(&p.frrNamespace, "frrk8s-namespace", "", "FRR-K8s's namespace (its daemon pods, label app=frr-k8s)")
	fs.StringVar(&p.pids, "pids", "", "directory with the processes' .pid and .pod files")
	fs.StringVar(&p.controllerAddr, "controller-health", "127.0.0.1:17481", "controller health address")
	fs.IntVar(&p.speakerPort, "speaker-health-port", 17472, "speaker health port (127.0.0.1 in the node netns)")
	fs.StringVar(&p.probePath, "probe-path", "/readyz", "readiness probe path (/metrics for MetalLB v0.15)")
	interval := fs.Duration("interval", time.Second, "probe period")
	if err := fs.Parse(args); err != nil {
		return err
	}
	cfg, err := clientcmd.BuildConfigFromFlags("", *kubeconfig)
	if err != nil {
		return err
	}
	cfg.UserAgent = "metallb-lab podstatus (kubelet stand-in for MetalLB's host processes)"
	if p.kube, err = kubernetes.NewForConfig(cfg); err != nil {
		return err
	}
	log.Printf("podstatus: probing MetalLB's pods in %s every %s", p.namespace, *interval)
	for ; ; time.Sleep(*interval) {
		if err := p.reconcile(context.Background()); err != nil {
			log.Printf("podstatus: %v", err)
		}
	}
}

// container: one container of a pod and the lab process that plays it (pid file stem), and where and how
// its readiness is probed (no addr: running is ready).
type container struct {
	name, process, netns, addr, path string
}

func (p *podStatus) containers(pod *corev1.Pod) []container {
	node := pod.Spec.NodeName
	if pod.Labels["app"] == "frr-k8s" {
		var cs []container
		for _, c := range pod.Spec.Containers {
			k := container{name: c.Name, process: "frrk8s-" + node + "-" + c.Name, netns: "mlb-" + node}
			switch c.Name {
			case "frr-k8s":
				k.addr, k.path = "127.0.0.1:7572", "/metrics"
			case "frr":
				k.addr, k.path = "127.0.0.1:7573", "/livez"
			}
			cs = append(cs, k)
		}
		return cs
	}
	name := pod.Spec.Containers[0].Name
	switch pod.Labels["component"] {
	case "controller":
		return []container{{name: name, process: "metallb-controller", addr: p.controllerAddr, path: p.probePath}}
	case "speaker":
		return []container{{name: name, process: "speaker-" + node, netns: "mlb-" + node,
			addr: fmt.Sprintf("127.0.0.1:%d", p.speakerPort), path: p.probePath}}
	}
	return nil
}

// alive: the pid of the process started for this pod, 0 when none runs as it.
func (p *podStatus) alive(process, pod string) int {
	b, err := os.ReadFile(filepath.Join(p.pids, process+".pod"))
	if err != nil || strings.TrimSpace(string(b)) != pod {
		return 0
	}
	b, err = os.ReadFile(filepath.Join(p.pids, process+".pid"))
	if err != nil {
		return 0
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil || pid <= 0 || !sameProcess(filepath.Join(p.pids, process), pid) {
		return 0
	}
	return pid
}

// sameProcess: pid is still the process recorded in stem.pid (lib.sh's lab_pid): its start time (field 22
// of /proc/PID/stat) is the one in stem.start, or, for a pid file without it, not after the pid file was
// written. Once the recorded process has ended its pid may belong to any process of the machine.
func sameProcess(stem string, pid int) bool {
	stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return false
	}
	s := string(stat)
	fields := strings.Fields(s[strings.LastIndex(s, ")")+1:]) // fields 3.. (the name may hold spaces)
	if len(fields) < 20 {
		return false
	}
	start, err := strconv.ParseInt(fields[19], 10, 64)
	if err != nil {
		return false
	}
	info, err := os.Stat(stem + ".pid")
	if err != nil {
		return false
	}
	// stem.start counts only when written with the pid file (lib.sh's record_pid writes it right after): an
	// older up.sh rewrites stem.pid and leaves the .start of the process before
	if st, err := os.Stat(stem + ".start"); err == nil && !info.ModTime().After(st.ModTime()) {
		if rec, err := os.ReadFile(stem + ".start"); err == nil {
			return strings.TrimSpace(string(rec)) == fields[19]
		}
	}
	boot := bootTime()
	return boot > 0 && start <= (info.ModTime().Unix()+1-boot)*100 // USER_HZ, 100 on Linux
}

func bootTime() int64 {
	b, err := os.ReadFile("/proc/stat")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) == 2 && f[0] == "btime" {
			t, _ := strconv.ParseInt(f[1], 10, 64)
			return t
		}
	}
	return 0
}

// probe: GET path answered 200, from inside netns when given (a hostNetwork pod's 127.0.0.1).
func probe(netns, addr, path string) bool {
	result := make(chan bool, 1)
	go func() {
		// The thread may end in another network namespace: lock it and never unlock, so the Go runtime
		// throws the thread away when this goroutine ends instead of reusing it.
		runtime.LockOSThread()
		if netns != "" {
			f, err := os.Open(filepath.Join("/var/run/netns", netns))
			if err != nil {
				result <- false
				return
			}
			defer f.Close()
			if err := unix.Setns(int(f.Fd()), unix.CLONE_NEWNET); err != nil {
				result <- false
				return
			}
		}
		conn, err := net.DialTimeout("tcp", addr, time.Second)
		if err != nil {
			result <- false
			return
		}
		defer conn.Close()
		_ = conn.SetDeadline(time.Now().Add(time.Second))
		fmt.Fprintf(conn, "GET %s HTTP/1.0\r\nHost: %s\r\n\r\n", path, addr)
		line, err := bufio.NewReader(conn).ReadString('\n')
		result <- err == nil && strings.Contains(line, " 200 ")
	}()
	return <-result
}

func condition(pod *corev1.Pod, t corev1.PodConditionType, status corev1.ConditionStatus, now metav1.Time) bool {
	for i := range pod.Status.Conditions {
		c := &pod.Status.Conditions[i]
		if c.Type == t {
			if c.Status == status {
				return false
			}
			c.Status, c.LastTransitionTime = status, now
			return true
		}
	}
	pod.Status.Conditions = append(pod.Status.Conditions, corev1.PodCondition{Type: t, Status: status, LastTransitionTime: now})
	return true
}

func (p *podStatus) reconcile(ctx context.Context) error {
	pods, err := p.kube.CoreV1().Pods(p.namespace).List(ctx, metav1.ListOptions{LabelSelector: "app=metallb"})
	if err != nil {
		return err
	}
	items := pods.Items
	if p.frrNamespace != "" {
		frr, err := p.kube.CoreV1().Pods(p.frrNamespace).List(ctx, metav1.ListOptions{LabelSelector: "app=frr-k8s"})
		if err != nil {
			return err
		}
		items = append(items, frr.Items...)
	}
	now := metav1.Now()
	for i := range items {
		pod := &items[i]
		if pod.DeletionTimestamp != nil || pod.Spec.NodeName == "" || pod.Status.Phase != corev1.PodRunning {
			continue
		}
		containers := p.containers(pod)
		if len(containers) == 0 {
			continue
		}
		allReady, changed := true, false
		var summary []string
		for _, c := range containers {
			pid := p.alive(c.process, pod.Name)
			ready := pid != 0 && (c.addr == "" || probe(c.netns, c.addr, c.path))
			allReady = allReady && ready
			if p.containerStatus(pod, c.name, pid, ready, now) {
				changed = true
			}
			summary = append(summary, fmt.Sprintf("%s ready=%v pid=%d", c.name, ready, pid))
		}
		status := corev1.ConditionFalse
		if allReady {
			status = corev1.ConditionTrue
		}
		changed = condition(pod, corev1.PodReady, status, now) || changed
		changed = condition(pod, corev1.ContainersReady, status, now) || changed
		if !changed {
			continue
		}
		if _, err := p.kube.CoreV1().Pods(pod.Namespace).UpdateStatus(ctx, pod, metav1.UpdateOptions{}); err != nil {
			log.Printf("podstatus: %s: %v", pod.Name, err)
			continue
		}
		log.Printf("podstatus: %s/%s ready=%v (%s)", pod.Namespace, pod.Name, allReady, strings.Join(summary, ", "))
	}
	return nil
}

// containerStatus brings the named container's status in line with its process; true when it changed.
func (p *podStatus) containerStatus(pod *corev1.Pod, name string, pid int, ready bool, now metav1.Time) bool {
	var cs *corev1.ContainerStatus
	for i := range pod.Status.ContainerStatuses {
		if pod.Status.ContainerStatuses[i].Name == name {
			cs = &pod.Status.ContainerStatuses[i]
		}
	}
	changed := false
	if cs == nil {
		image := ""
		for _, c := range pod.Spec.Containers {
			if c.Name == name {
				image = c.Image
			}
		}
		pod.Status.ContainerStatuses = append(pod.Status.ContainerStatuses, corev1.ContainerStatus{Name: name, Image: image})
		cs = &pod.Status.ContainerStatuses[len(pod.Status.ContainerStatuses)-1]
		changed = true
	}
	id := ""
	if pid != 0 {
		id = fmt.Sprintf("process://%d", pid)
	}
	if id != "" && cs.ContainerID != id {
		if cs.ContainerID != "" { // the same pod, a new process: a restart, as a kubelet counts it
			cs.RestartCount++
			cs.LastTerminationState = corev1.ContainerState{Terminated: &corev1.ContainerStateTerminated{
				ExitCode: 137, Reason: "Error", FinishedAt: now, ContainerID: cs.ContainerID,
			}}
		}
		cs.ContainerID = id
		cs.State = corev1.ContainerState{Running: &corev1.ContainerStateRunning{StartedAt: now}}
		changed = true
	}
	if pid == 0 && cs.State.Running != nil { // the process is gone
		cs.State = corev1.ContainerState{Terminated: &corev1.ContainerStateTerminated{
			ExitCode: 137, Reason: "Error", FinishedAt: now, ContainerID: cs.ContainerID,
		}}
		changed = true
	}
	started := pid != 0
	if cs.Ready != ready || cs.Started == nil || *cs.Started != started {
		cs.Ready, cs.Started = ready, &started
		changed = true
	}
	return changed
}
