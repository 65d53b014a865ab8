import { useMemo } from 'react';
import { useK8sModel, useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import {
  findMetalLBNamespace,
  metallbComponents,
  type ConfigurationState,
  type MetalLBComponents,
  type MetalLBPod,
  type MetalLBResource,
  type NamespaceSource,
  type Node,
} from '../../metallb';
import {
  ConfigurationStateModel,
  gvkOf,
  IPAddressPoolModel,
  MetalLBModel,
  NodeModel,
  PodModel,
  ServiceBGPStatusModel,
  ServiceL2StatusModel,
} from '../models';

/** MetalLB's pods carry these labels in its manifests, its Helm chart and the operator's deployments. */
const METALLB_PODS = {
  matchLabels: { app: 'metallb' },
  matchExpressions: [
    { key: 'component', operator: 'In' as const, values: ['controller', 'speaker'] },
  ],
};

/** What the API server serves, from discovery: older MetalLB lacks the status kinds. */
export interface MetalLBFeatures {
  /** metallb.io IPAddressPool is served: MetalLB's CRDs are installed. */
  crds: boolean;
  /** The operator's MetalLB kind is served. */
  operator: boolean;
  configurationState: boolean;
  serviceL2Status: boolean;
  serviceBGPStatus: boolean;
}

export interface MetalLBInstall {
  /** Discovery finished and every watch answered (with data or an error). */
  loaded: boolean;
  features: MetalLBFeatures;
  namespace: string;
  namespaceSource: NamespaceSource;
  /** The operator's MetalLB resource, when there is one. */
  metallb?: MetalLBResource;
  metallbError?: unknown;
  /** Undefined when MetalLB's pods could not be read. */
  components?: MetalLBComponents;
  podsError?: unknown;
  /** Undefined when nodes could not be read (a user without cluster scope). */
  nodes?: Node[];
  nodesError?: unknown;
  configurationStates?: ConfigurationState[];
  configurationStatesError?: unknown;
}

const useServed = (model: typeof IPAddressPoolModel): [boolean, boolean] => {
  const [found, inFlight] = useK8sModel(gvkOf(model));
  return [!!found, inFlight];
};

/**
 * Is MetalLB installed, where does it run, and how are its controller and speakers: one watch per
 * kind. The namespace comes from the operator's MetalLB resource, else the controller pod, else the
 * default `metallb-system`. A user who may not read something gets the rest, with the error kept.
 */
export const useMetalLBInstall = (): MetalLBInstall => {
  const [crds, crdsInFlight] = useServed(IPAddressPoolModel);
  const [operator] = useServed(MetalLBModel);
  const [configurationState] = useServed(ConfigurationStateModel);
  const [serviceL2Status] = useServed(ServiceL2StatusModel);
  const [serviceBGPStatus] = useServed(ServiceBGPStatusModel);

  const [metallbs, metallbsLoaded, metallbError] = useK8sWatchResource<MetalLBResource[]>(
    operator ? { groupVersionKind: gvkOf(MetalLBModel), isList: true } : null,
  );
  // Cluster-wide first (finds MetalLB wherever it runs); a user limited to namespaces falls back below.
  const [allPods, allPodsLoaded, allPodsError] = useK8sWatchResource<MetalLBPod[]>(
    crds ? { groupVersionKind: gvkOf(PodModel), isList: true, selector: METALLB_PODS } : null,
  );
  const { namespace, source: namespaceSource } = findMetalLBNamespace(
    metallbError ? [] : (metallbs ?? []),
    allPodsError ? [] : (allPods ?? []),
  );
  const [nsPods, nsPodsLoaded, nsPodsError] = useK8sWatchResource<MetalLBPod[]>(
    crds && allPodsError
      ? { groupVersionKind: gvkOf(PodModel), isList: true, namespace, selector: METALLB_PODS }
      : null,
  );
  const [nodes, nodesLoaded, nodesError] = useK8sWatchResource<Node[]>(
    crds ? { groupVersionKind: gvkOf(NodeModel), isList: true } : null,
  );
  const [states, statesLoaded, statesError] = useK8sWatchResource<ConfigurationState[]>(
    crds && configurationState
      ? { groupVersionKind: gvkOf(ConfigurationStateModel), isList: true, namespace }
      : null,
  );

  const pods = allPodsError ? nsPods : allPods;
  const podsError = allPodsError ? nsPodsError : undefined;
  const podsLoaded = allPodsError ? nsPodsLoaded || !!nsPodsError : allPodsLoaded;
  const settled = (loaded: boolean, error: unknown) => loaded || !!error;

  const nodeList = nodesError ? undefined : nodes;
  const stateList = useMemo(() => (statesError ? [] : (states ?? [])), [states, statesError]);
  const components = useMemo(
    () =>
      podsError || !pods
        ? undefined
        : metallbComponents(
            pods.filter((p) => p.metadata?.namespace === namespace),
            stateList,
            nodeList ?? [],
          ),
    [pods, podsError, namespace, stateList, nodeList],
  );

  return {
    loaded:
      !crdsInFlight &&
      (!crds ||
        (settled(metallbsLoaded, metallbError) &&
          settled(podsLoaded, podsError) &&
          settled(nodesLoaded, nodesError) &&
          settled(statesLoaded, statesError))),
    features: { crds, operator, configurationState, serviceL2Status, serviceBGPStatus },
    namespace,
    namespaceSource,
    metallb: metallbError
      ? undefined
      : (metallbs ?? []).find((m) => m.metadata?.namespace === namespace),
    metallbError,
    components,
    podsError,
    nodes: nodeList,
    nodesError,
    configurationStates: statesError ? undefined : stateList,
    configurationStatesError: statesError,
  };
};
