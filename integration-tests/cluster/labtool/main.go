// Command labtool holds the small helpers of the local MetalLB lab cluster:
//
//	labtool vmsim    - the VM SIMULATOR. KubeVirt's virt-controller/virt-handler do not run here: this
//	                   loop is the ONLY pretend part of the lab. It turns each running VirtualMachine into a
//	                   VirtualMachineInstance and a virt-launcher Pod (with KubeVirt's real labels) bound to
//	                   a node, moves the pod when a VirtualMachineInstanceMigration asks for it, and removes
//	                   both when the VM stops. No guest runs; kwok marks the pod Running and Ready, and the
//	                   real kube-controller-manager builds EndpointSlices from it.
//	labtool follow   - runs a command whenever a VMI's launcher pod changes node or IP (the data path
//	                   keeps the database VM's guest plugged in where its pod is).
//	labtool forward  - a TCP forwarder, so the speakers inside the node network namespaces reach the
//	                   API server (which listens on loopback only) through the bridge address.
//	labtool podstatus - the kubelet's status reporting for MetalLB's pods, whose processes run on the
//	                   host or in a node namespace: readiness from MetalLB's own /readyz, restarts.
//	labtool operatorsim - SIMULATED: the MetalLB operator's status conditions on the MetalLB resource
//	                   (the operator's Go module is not served by the module proxy).
package main

import (
	"fmt"
	"os"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: labtool vmsim --kubeconfig FILE | labtool follow ... | labtool forward LISTEN_ADDR TARGET_ADDR")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "vmsim":
		err = runVMSim(os.Args[2:])
	case "forward":
		err = runForward(os.Args[2:])
	case "follow":
		err = runFollow(os.Args[2:])
	case "podstatus":
		err = runPodStatus(os.Args[2:])
	case "operatorsim":
		err = runOperatorSim(os.Args[2:])
	default:
		err = fmt.Errorf("unknown command %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "labtool:", err)
		os.Exit(1)
	}
}
