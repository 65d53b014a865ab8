import { useMemo } from 'react';
import { useK8sModel, useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import {
  metallbComponents,
  type ConfigurationState,
  type MetalLBComponents,
  type MetalLBResource,
  type NamespaceSource,
  type Node,
} from '../../metallb';
import {
  ConfigurationStateModel,
  gvkOf,
  ServiceBGPStatusModel,
  ServiceL2StatusModel,
} from '../models';
import { useMetalLBNamespace, useNodeWatch } from './useMetalLBNamespace';

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
  /** The namespace is settled: start namespace-scoped watches only now (no flash of the default). */
  namespaceLoaded: boolean;
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

const useServed = (model: K8sModel): [boolean, boolean] => {
  const [found, inFlight] = useK8sModel(gvkOf(model));
  return [!!found, inFlight];
};

/**
 * Is MetalLB installed, where does it run, and how are its controller and speakers: one watch per
 * kind. The namespace comes from the operator's MetalLB resource, else the controller pod, else the
 * default `metallb-system`. A user who may not read something gets the rest, with the error kept.
 */
export const useMetalLBInstall = (): MetalLBInstall => {
  const where = useMetalLBNamespace();
  const { crds, operator, namespace, pods, podsError } = where;
  const [configurationState] = useServed(ConfigurationStateModel);
  const [serviceL2Status] = useServed(ServiceL2StatusModel);
  const [serviceBGPStatus] = useServed(ServiceBGPStatusModel);

  const { nodes: nodeList, loaded: nodesLoaded, error: nodesError } = useNodeWatch(crds);
  // Namespace-scoped: only once the namespace is settled, so the page never shows the default's.
  const [states, statesLoaded, statesError] = useK8sWatchResource<ConfigurationState[]>(
    crds && configurationState && where.loaded
      ? { groupVersionKind: gvkOf(ConfigurationStateModel), isList: true, namespace }
      : null,
  );

  const stateList = useMemo(() => (statesError ? [] : (states ?? [])), [states, statesError]);
  const components = useMemo(
    () => (pods ? metallbComponents(pods, stateList, nodeList ?? []) : undefined),
    [pods, stateList, nodeList],
  );

  return {
    loaded: where.loaded && (!crds || (nodesLoaded && (statesLoaded || !!statesError))),
    features: { crds, operator, configurationState, serviceL2Status, serviceBGPStatus },
    namespace,
    namespaceSource: where.source,
    namespaceLoaded: where.loaded,
    metallb: (where.metallbs ?? []).find((m) => m.metadata?.namespace === namespace),
    metallbError: where.metallbError,
    components,
    podsError,
    nodes: nodeList,
    nodesError,
    configurationStates: statesError ? undefined : stateList,
    configurationStatesError: statesError,
  };
};
