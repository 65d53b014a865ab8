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

/** MetalLB's pods carry these labels in its manifests, its Helm chart and the operator's deployments. */
export const METALLB_PODS = {
  matchLabels: { app: 'metallb' },
  matchExpressions: [
    { key: 'component', operator: 'In' as const, values: ['controller', 'speaker'] },
  ],
};

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
  const { namespace, source } = findMetalLBNamespace(
    metallbError ? [] : (metallbs ?? []),
    allPodsError ? [] : (allPods ?? []),
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
          : pods.filter((p) => p.metadata?.namespace === namespace),
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
  };
};
