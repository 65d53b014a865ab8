package main

// labtool follow: watches where a VMI's virt-launcher pod is (node and pod IP) and runs a command each time
// that changes, with the node and IP as its two last arguments (both empty when the VMI is gone). The lab
// uses it to keep the database VM's guest (a real MariaDB in a network namespace) plugged in at its pod.

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"time"

	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/client-go/dynamic"
	"k8s.io/client-go/kubernetes"
	"k8s.io/client-go/tools/clientcmd"
)

func runFollow(args []string) error {
	fs := flag.NewFlagSet("follow", flag.ExitOnError)
	kubeconfig := fs.String("kubeconfig", "", "kubeconfig file")
	ns := fs.String("namespace", "", "namespace of the VMI")
	name := fs.String("vmi", "", "VMI name")
	interval := fs.Duration("interval", time.Second, "poll interval")
	if err := fs.Parse(args); err != nil {
		return err
	}
	cmd := fs.Args()
	if *ns == "" || *name == "" || len(cmd) == 0 {
		return fmt.Errorf("usage: labtool follow --kubeconfig F --namespace NS --vmi NAME -- CMD [ARGS...]")
	}
	cfg, err := clientcmd.BuildConfigFromFlags("", *kubeconfig)
	if err != nil {
		return err
	}
	kube, err := kubernetes.NewForConfig(cfg)
	if err != nil {
		return err
	}
	dyn, err := dynamic.NewForConfig(cfg)
	if err != nil {
		return err
	}
	ctx := context.Background()
	last := "unknown"
	for ; ; time.Sleep(*interval) {
		node, ip := "", ""
		vmi, err := dyn.Resource(gvrVMI).Namespace(*ns).Get(ctx, *name, metav1.GetOptions{})
		if err == nil {
			node, _, _ = unstructuredString(vmi.Object, "status", "nodeName")
			pods, err := kube.CoreV1().Pods(*ns).List(ctx, metav1.ListOptions{LabelSelector: labelVMIID + "=" + VMIID(*name)})
			if err != nil {
				continue
			}
			for _, p := range pods.Items {
				if p.Spec.NodeName == node && p.DeletionTimestamp == nil && p.Status.PodIP != "" {
					ip = p.Status.PodIP
				}
			}
		}
		if ip == "" {
			node = ""
		}
		now := node + " " + ip
		if now == last {
			continue
		}
		c := exec.Command(cmd[0], append(cmd[1:], node, ip)...)
		c.Stdout, c.Stderr = os.Stdout, os.Stderr
		if err := c.Run(); err != nil {
			log.Printf("%v: %v", cmd, err)
			continue
		}
		last = now
	}
}
