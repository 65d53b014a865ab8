import { useMemo } from 'react';
import { useK8sModel, useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import type { WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';
import {
  findMetalLBNamespace,
  type MetalLBPod,
  type MetalLBResource,
  type NamespaceSource,
  type Node,
} from '../../metallb';
import { gvkOf, IPAddressPoolModel, MetalLBModel, NodeModel, PodModel } from '../models';

/**
 * MetalLB's pods (app=metallb, component controller or speaker, in its manifests, its Helm chart and the
 * operator's deployments) and FRR-K8s's daemon pods (app=frr-k8s: its own manifests, MetalLB's bundle and
 * OpenShift's), in one watch: a node whose FRR-K8s pod is not ready has session states that are not current.
 */
export const METALLB_PODS = {
  matchExpressions: [{ key: 'app', operator: 'In' as const, values: ['metallb', 'frr-k8s'] }],
};
const isMetalLBPod = (p: MetalLBPod) =>
  p.metadata?.labels?.app === 'metallb' &&
  ['controller', 'speaker'].includes(p.metadata?.labels?.component ?? '');
const isFRRK8sPod = (p: MetalLBPod) => p.metadata?.labels?.app === 'frr-k8s';

/** The one Node watch every hook asks for (identical requests share one watch in the SDK). */
export const NODES_RESOURCE: WatchK8sResource = {
  groupVersionKind: gvkOf(NodeModel),
  isList: true,
};

const NO_NODES: Node[] = [];

/** Nodes, live; undefined data when they could not be read. */
export const useNodeWatch = (enabled = true) => {
  const [nodes, loaded, error] = useK8sWatchResource<Node[]>(enabled ? NODES_RESOURCE : null);
  // One empty array for "none yet", so that memos keyed on the nodes hold across renders.
  return { nodes: error ? undefined : (nodes ?? NO_NODES), loaded: loaded || !!error, error };
};

export interface MetalLBNamespace {
  /** Where MetalLB runs: the MetalLB resource's namespace, else the controller pod's, else metallb-system. */
  namespace: string;
  source: NamespaceSource;
  /**
   * The namespace is settled: discovery finished and the MetalLB resources and MetalLB's pods
   * answered (or failed). Start namespace-scoped watches only then, or the page flashes the default.
   */
  loaded: boolean;
  /** MetalLB's CRDs are served (discovery). */
  crds: boolean;
  /** Discovery of the CRDs is still running. */
  discovering: boolean;
  /** The operator's MetalLB kind is served. */
  operator: boolean;
  metallbs?: MetalLBResource[];
  metallbError?: unknown;
  /** MetalLB's controller and speaker pods in that namespace; undefined when they could not be read. */
  pods?: MetalLBPod[];
  /** FRR-K8s's daemon pods, wherever it runs; undefined when they could not be read cluster-wide. */
  frrk8sPods?: MetalLBPod[];
  podsLoaded: boolean;
  podsError?: unknown;
}

const NO_PODS: MetalLBPod[] = [];

/**
 * Where MetalLB runs, from the MetalLB resource and MetalLB's pods: one watch each, shared by every
 * hook of the page. Cluster-wide first (finds MetalLB wherever it runs); a user limited to
 * namespaces falls back to the pods of the default namespace.
 */
export const useMetalLBNamespace = (): MetalLBNamespace => {
  const [poolModel, crdsInFlight] = useK8sModel(gvkOf(IPAddressPoolModel));
  const [metallbModel] = useK8sModel(gvkOf(MetalLBModel));
  const crds = !!poolModel;
  const operator = !!metallbModel;

  const [metallbs, metallbsLoaded, metallbError] = useK8sWatchResource<MetalLBResource[]>(
    operator ? { groupVersionKind: gvkOf(MetalLBModel), isList: true } : null,
  );
  const [allPods, allPodsLoaded, allPodsError] = useK8sWatchResource<MetalLBPod[]>(
    crds ? { groupVersionKind: gvkOf(PodModel), isList: true, selector: METALLB_PODS } : null,
  );
  const metallbPods = useMemo(() => allPods?.filter(isMetalLBPod), [allPods]);
  const frrk8sPods = useMemo(
    () => (allPodsError ? undefined : allPods?.filter(isFRRK8sPod)),
    [allPods, allPodsError],
  );
  const { namespace, source } = findMetalLBNamespace(
    metallbError ? [] : (metallbs ?? []),
    allPodsError ? [] : (metallbPods ?? []),
  );
  const [nsPods, nsPodsLoaded, nsPodsError] = useK8sWatchResource<MetalLBPod[]>(
    crds && allPodsError
      ? { groupVersionKind: gvkOf(PodModel), isList: true, namespace, selector: METALLB_PODS }
      : null,
  );

  const pods = allPodsError ? nsPods : allPods;
  const podsError = allPodsError ? nsPodsError : undefined;
  const podsLoaded = allPodsError ? nsPodsLoaded || !!nsPodsError : allPodsLoaded;
  const inNamespace = useMemo(
    () =>
      podsError || !pods
        ? undefined
        : pods.length === 0
          ? NO_PODS
          : pods.filter((p) => p.metadata?.namespace === namespace && isMetalLBPod(p)),
    [pods, podsError, namespace],
  );

  return {
    namespace,
    source,
    loaded:
      !crdsInFlight &&
      (!crds || ((metallbsLoaded || !!metallbError) && (podsLoaded || !!podsError))),
    crds,
    discovering: crdsInFlight,
    operator,
    metallbs: metallbError ? undefined : metallbs,
    metallbError,
    pods: inNamespace,
    podsLoaded: podsLoaded || !!podsError,
    podsError,
    frrk8sPods,
  };
};
