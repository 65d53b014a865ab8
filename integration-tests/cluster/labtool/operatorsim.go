package main

// labtool operatorsim: the MetalLB OPERATOR's status reporting, SIMULATED. The MetalLB operator's Go
// module (github.com/metallb/metallb-operator) is not served by the Go module proxy, so it cannot be built
// here. The lab deploys MetalLB from MetalLB's own release manifests (the controller Deployment and the
// speaker DaemonSet, as the operator would render them) and creates the `MetalLB` resource the operator
// would have been given; this loop only writes that resource's status conditions the way the operator
// reports them: Available when the controller Deployment and the speaker DaemonSet are fully ready,
// Progressing while they are not, Degraded when one of them is missing, Upgradeable always True.
// The reasons and messages are the lab's own words, not copied from the operator.

import (
	"context"
	"flag"
	"fmt"
	"log"
	"time"

	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/runtime/schema"
	"k8s.io/client-go/dynamic"
	"k8s.io/client-go/kubernetes"
	"k8s.io/client-go/tools/clientcmd"
)

var gvrMetalLB = schema.GroupVersionResource{Group: "metallb.io", Version: "v1beta1", Resource: "metallbs"}

type operatorSim struct {
	kube      kubernetes.Interface
	dyn       dynamic.Interface
	namespace string
}

func runOperatorSim(args []string) error {
	fs := flag.NewFlagSet("operatorsim", flag.ExitOnError)
	kubeconfig := fs.String("kubeconfig", "", "kubeconfig file")
	o := &operatorSim{}
	fs.StringVar(&o.namespace, "namespace", "metallb-system", "namespace of the MetalLB resource")
	interval := fs.Duration("interval", 2*time.Second, "reconcile interval")
	if err := fs.Parse(args); err != nil {
		return err
	}
	cfg, err := clientcmd.BuildConfigFromFlags("", *kubeconfig)
	if err != nil {
		return err
	}
	cfg.UserAgent = "metallb-lab operatorsim (SIMULATED MetalLB operator status; not the operator)"
	if o.kube, err = kubernetes.NewForConfig(cfg); err != nil {
		return err
	}
	if o.dyn, err = dynamic.NewForConfig(cfg); err != nil {
		return err
	}
	log.Printf("operatorsim: SIMULATED operator status for MetalLB %s/metallb", o.namespace)
	for ; ; time.Sleep(*interval) {
		if err := o.reconcile(context.Background()); err != nil {
			log.Printf("operatorsim: %v", err)
		}
	}
}

type operatorCond struct{ status, reason, message string }

// observe: the four conditions from the controller Deployment and the speaker DaemonSet.
func (o *operatorSim) observe(ctx context.Context) (map[string]operatorCond, error) {
	var problems []string
	missing := ""
	dep, err := o.kube.AppsV1().Deployments(o.namespace).Get(ctx, "controller", metav1.GetOptions{})
	switch {
	case apierrors.IsNotFound(err):
		missing = "the controller Deployment does not exist"
	case err != nil:
		return nil, err
	default:
		want := int32(1)
		if dep.Spec.Replicas != nil {
			want = *dep.Spec.Replicas
		}
		if dep.Status.AvailableReplicas < want || dep.Status.ReadyReplicas < want {
			problems = append(problems, fmt.Sprintf("controller Deployment: %d of %d ready", dep.Status.ReadyReplicas, want))
		}
	}
	ds, err := o.kube.AppsV1().DaemonSets(o.namespace).Get(ctx, "speaker", metav1.GetOptions{})
	switch {
	case apierrors.IsNotFound(err):
		if missing == "" {
			missing = "the speaker DaemonSet does not exist"
		}
	case err != nil:
		return nil, err
	default:
		if ds.Status.DesiredNumberScheduled == 0 || ds.Status.NumberReady < ds.Status.DesiredNumberScheduled {
			problems = append(problems, fmt.Sprintf("speaker DaemonSet: %d of %d ready", ds.Status.NumberReady, ds.Status.DesiredNumberScheduled))
		}
	}
	c := map[string]operatorCond{"Upgradeable": {"True", "Upgradeable", ""}}
	switch {
	case missing != "":
		c["Available"] = operatorCond{"False", "ComponentMissing", missing}
		c["Progressing"] = operatorCond{"False", "ComponentMissing", missing}
		c["Degraded"] = operatorCond{"True", "ComponentMissing", missing}
	case len(problems) > 0:
		msg := fmt.Sprint(problems)
		c["Available"] = operatorCond{"False", "NotAllPodsReady", msg}
		c["Progressing"] = operatorCond{"True", "NotAllPodsReady", msg}
		c["Degraded"] = operatorCond{"False", "NotAllPodsReady", ""}
	default:
		c["Available"] = operatorCond{"True", "AllPodsReady", ""}
		c["Progressing"] = operatorCond{"False", "AllPodsReady", ""}
		c["Degraded"] = operatorCond{"False", "AllPodsReady", ""}
	}
	return c, nil
}

func (o *operatorSim) reconcile(ctx context.Context) error {
	res := o.dyn.Resource(gvrMetalLB).Namespace(o.namespace)
	m, err := res.Get(ctx, "metallb", metav1.GetOptions{})
	if apierrors.IsNotFound(err) {
		return nil
	}
	if err != nil {
		return err
	}
	want, err := o.observe(ctx)
	if err != nil {
		return err
	}
	old, _, _ := unstructured.NestedSlice(m.Object, "status", "conditions")
	previous := map[string]map[string]interface{}{}
	for _, c := range old {
		if cm, ok := c.(map[string]interface{}); ok {
			previous[fmt.Sprint(cm["type"])] = cm
		}
	}
	now := metav1.Now().UTC().Format(time.RFC3339)
	changed := false
	var conditions []interface{}
	for _, t := range []string{"Available", "Progressing", "Degraded", "Upgradeable"} {
		w := want[t]
		c := map[string]interface{}{"type": t, "status": w.status, "reason": w.reason, "message": w.message,
			"lastTransitionTime": now, "observedGeneration": m.GetGeneration()}
		if p, ok := previous[t]; ok {
			if p["status"] == w.status {
				c["lastTransitionTime"] = p["lastTransitionTime"]
			}
			if p["status"] != w.status || p["reason"] != w.reason || p["message"] != w.message {
				changed = true
			}
		} else {
			changed = true
		}
		conditions = append(conditions, c)
	}
	if !changed {
		return nil
	}
	if err := unstructured.SetNestedSlice(m.Object, conditions, "status", "conditions"); err != nil {
		return err
	}
	if _, err := res.UpdateStatus(ctx, m, metav1.UpdateOptions{}); err != nil {
		return err
	}
	log.Printf("operatorsim: Available=%s Progressing=%s Degraded=%s %s", want["Available"].status,
		want["Progressing"].status, want["Degraded"].status, want["Available"].message)
	return nil
}
