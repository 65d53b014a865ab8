package main

// labtool podstatus: the part of a kubelet that reports MetalLB's pods, for the pods whose process runs on
// the host (the controller) or in a node's network namespace (the speakers) instead of in a container.
// kwok marks every pod Running once; from then on this loop owns the MetalLB pods' readiness (kwok's
// lab-pod-ready-again stage skips pods annotated metallb-lab/process). Every second, for each pod of
// the MetalLB Deployment and DaemonSet, it runs MetalLB's own readiness probe (v0.16: GET /readyz on the
// health port, 127.0.0.1:17472 inside the speaker's node namespace, as the DaemonSet's probe does
// from a hostNetwork pod; v0.15: GET /metrics on the metrics port, 7472, as its manifest says) and checks that the process runs AS THIS POD (up.sh records the pod name it
// started the process with). The pod's Ready/ContainersReady conditions and its container status
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
	"syscall"
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
	pids           string // directory of <process>.pid and <process>.pod
	controllerAddr string // host:port of the controller's health endpoint (on the host)
	speakerPort    int    // the speakers' health port, on 127.0.0.1 in their node namespace
	probePath      string // the readiness probe's path: /readyz (v0.16), /metrics (v0.15)
}

func runPodStatus(args []string) error {
	fs := flag.NewFlagSet("podstatus", flag.ExitOnError)
	kubeconfig := fs.String("kubeconfig", "", "kubeconfig file")
	p := &podStatus{}
	fs.StringVar(&p.namespace, "namespace", "metallb-system", "MetalLB's namespace")
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

// process returns the name of the lab process that plays this pod (pid file stem), and where its
// readiness is probed.
func (p *podStatus) process(pod *corev1.Pod) (name, netns, addr string) {
	switch pod.Labels["component"] {
	case "controller":
		return "metallb-controller", "", p.controllerAddr
	case "speaker":
		return "speaker-" + pod.Spec.NodeName, "mlb-" + pod.Spec.NodeName, fmt.Sprintf("127.0.0.1:%d", p.speakerPort)
	}
	return "", "", ""
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
	if err != nil || syscall.Kill(pid, 0) != nil {
		return 0
	}
	return pid
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
	now := metav1.Now()
	for i := range pods.Items {
		pod := &pods.Items[i]
		process, netns, addr := p.process(pod)
		if process == "" || pod.DeletionTimestamp != nil || pod.Spec.NodeName == "" || pod.Status.Phase != corev1.PodRunning {
			continue
		}
		pid := p.alive(process, pod.Name)
		ready := pid != 0 && probe(netns, addr, p.probePath)
		status := corev1.ConditionFalse
		if ready {
			status = corev1.ConditionTrue
		}
		changed := condition(pod, corev1.PodReady, status, now)
		changed = condition(pod, corev1.ContainersReady, status, now) || changed
		if len(pod.Status.ContainerStatuses) == 0 {
			pod.Status.ContainerStatuses = []corev1.ContainerStatus{{Name: pod.Spec.Containers[0].Name, Image: pod.Spec.Containers[0].Image}}
		}
		cs := &pod.Status.ContainerStatuses[0]
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
		if !changed {
			continue
		}
		if _, err := p.kube.CoreV1().Pods(p.namespace).UpdateStatus(ctx, pod, metav1.UpdateOptions{}); err != nil {
			log.Printf("podstatus: %s: %v", pod.Name, err)
			continue
		}
		log.Printf("podstatus: %s (%s) ready=%v pid=%d restarts=%d", pod.Name, process, ready, pid, cs.RestartCount)
	}
	return nil
}
