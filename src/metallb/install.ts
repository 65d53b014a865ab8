// Is MetalLB installed and healthy: where it runs, its controller and speakers (one per node), what the
// operator's MetalLB resource and MetalLB's ConfigurationStates say. Pure: plain Kubernetes JSON in.
import type { Node, Pod } from './announcement-types';
import { isPodReady } from './election';
import type { K8sObject } from './types';

export const DEFAULT_METALLB_NAMESPACE = 'metallb-system';

/** A condition as operators write them (metav1.Condition). */
export interface OperatorCondition {
  type?: string;
  status?: string;
  reason?: string;
  message?: string;
  lastTransitionTime?: string;
}

/** A MetalLB pod: the announcement core's Pod plus what the overview shows (containers, restarts). */
export interface MetalLBPod extends Pod {
  metadata?: Pod['metadata'] & { deletionTimestamp?: string };
  spec?: Pod['spec'] & { containers?: Array<{ name?: string; image?: string }> };
  status?: Pod['status'] & {
    containerStatuses?: Array<{
      name?: string;
      ready?: boolean;
      restartCount?: number;
      image?: string;
    }>;
  };
}

/** metallb.io/v1beta1 ConfigurationState: `controller`, and one per speaker labelled with its node. */
export interface ConfigurationState extends K8sObject {
  status?: { result?: string; errorSummary?: string; conditions?: OperatorCondition[] };
}

/** The operator's metallb.io/v1beta1 MetalLB, named `metallb`, in the namespace MetalLB runs in. */
export interface MetalLBResource extends K8sObject {
  spec?: {
    nodeSelector?: Record<string, string>;
    logLevel?: string;
    loadBalancerClass?: string;
    bgpBackend?: string;
  };
  status?: { conditions?: OperatorCondition[] };
}

export const COMPONENT_LABEL = 'component';
const CONFIG_COMPONENT_LABEL = 'metallb.io/component-type';
const CONFIG_NODE_LABEL = 'metallb.io/node-name';

export type NamespaceSource = 'metallb-resource' | 'controller-pod' | 'default';

/**
 * The namespace MetalLB runs in: the operator's MetalLB resource, else the controller pod's, else
 * metallb-system (MetalLB's default, only a guess).
 */
export const findMetalLBNamespace = (
  metallbs: MetalLBResource[],
  pods: MetalLBPod[],
): { namespace: string; source: NamespaceSource } => {
  const resource = metallbs.find((m) => m.metadata?.name === 'metallb') ?? metallbs[0];
  if (resource?.metadata?.namespace)
    return { namespace: resource.metadata.namespace, source: 'metallb-resource' };
  const controller = pods.find((p) => p.metadata?.labels?.[COMPONENT_LABEL] === 'controller');
  if (controller?.metadata?.namespace)
    return { namespace: controller.metadata.namespace, source: 'controller-pod' };
  return { namespace: DEFAULT_METALLB_NAMESPACE, source: 'default' };
};

export interface ConfigurationResult {
  result: 'Valid' | 'Invalid' | 'Unknown';
  errorSummary?: string;
}

export interface ComponentStatus {
  component: 'controller' | 'speaker';
  pod: string;
  namespace: string;
  node?: string;
  ready: boolean;
  phase?: string;
  restarts: number;
  /** The image tag (`v0.16.1`), else the image reference; undefined when the pod names no image. */
  version?: string;
  /** What this component's ConfigurationState says; undefined when there is none (older MetalLB). */
  configuration?: ConfigurationResult;
}

const conditionTrue = (conditions: OperatorCondition[] | undefined, type: string) =>
  conditions?.find((c) => c.type === type)?.status === 'True';

/** `quay.io/metallb/speaker:v0.16.1` -> `v0.16.1`; a digest-only image is shown as its name. */
export const imageVersion = (image: string | undefined): string | undefined => {
  if (!image) return undefined;
  const [name] = image.split('@');
  const lastSlash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  if (colon > lastSlash) return name.slice(colon + 1);
  return name.slice(lastSlash + 1);
};

const configurationOf = (
  state: ConfigurationState | undefined,
): ConfigurationResult | undefined => {
  if (!state) return undefined;
  const result = state.status?.result;
  return {
    result: result === 'Valid' || result === 'Invalid' ? result : 'Unknown',
    ...(state.status?.errorSummary ? { errorSummary: state.status.errorSummary } : {}),
  };
};

const configurationFor = (
  states: ConfigurationState[],
  component: 'controller' | 'speaker',
  node: string | undefined,
): ConfigurationState | undefined =>
  states.find((s) => {
    const labels = s.metadata?.labels ?? {};
    if (component === 'controller')
      return labels[CONFIG_COMPONENT_LABEL] === 'controller' || s.metadata?.name === 'controller';
    return (
      (labels[CONFIG_COMPONENT_LABEL] === 'speaker' && labels[CONFIG_NODE_LABEL] === node) ||
      s.metadata?.name === `speaker-${node}`
    );
  });

const componentStatus = (
  pod: MetalLBPod,
  component: 'controller' | 'speaker',
  states: ConfigurationState[],
): ComponentStatus => {
  const container =
    pod.spec?.containers?.find((c) => c.name === component) ?? pod.spec?.containers?.[0];
  const node = pod.spec?.nodeName;
  return {
    component,
    pod: pod.metadata?.name ?? '',
    namespace: pod.metadata?.namespace ?? '',
    node,
    ready: isPodReady(pod),
    phase: pod.status?.phase,
    restarts: (pod.status?.containerStatuses ?? []).reduce(
      (sum, c) => sum + (c.restartCount ?? 0),
      0,
    ),
    version: imageVersion(container?.image),
    configuration: configurationOf(configurationFor(states, component, node)),
  };
};

export interface MetalLBComponents {
  controllers: ComponentStatus[];
  /** Sorted by node name. */
  speakers: ComponentStatus[];
  /** Nodes (known to the caller) with no speaker pod: MetalLB cannot announce from them. */
  nodesWithoutSpeaker: string[];
}

const byNodeThenName = (a: ComponentStatus, b: ComponentStatus) =>
  (a.node ?? '').localeCompare(b.node ?? '') || a.pod.localeCompare(b.pod);

/**
 * The controller and the speakers from the pods of MetalLB's namespace (label `component`), each with
 * its node, readiness, restarts, version and ConfigurationState. `nodes` may be empty when unknown.
 */
export const metallbComponents = (
  pods: MetalLBPod[],
  states: ConfigurationState[],
  nodes: Node[] = [],
): MetalLBComponents => {
  const live = pods.filter((p) => !p.metadata?.deletionTimestamp);
  const of = (component: 'controller' | 'speaker') =>
    live
      .filter((p) => p.metadata?.labels?.[COMPONENT_LABEL] === component)
      .map((p) => componentStatus(p, component, states))
      .sort(byNodeThenName);
  const speakers = of('speaker');
  const withSpeaker = new Set(speakers.map((s) => s.node));
  return {
    controllers: of('controller'),
    speakers,
    nodesWithoutSpeaker: nodes
      .map((n) => n.metadata?.name ?? '')
      .filter((name) => name && !withSpeaker.has(name))
      .sort(),
  };
};

export type OperatorConditionType = 'Available' | 'Progressing' | 'Degraded' | 'Upgradeable';
export const OPERATOR_CONDITION_TYPES: OperatorConditionType[] = [
  'Available',
  'Progressing',
  'Degraded',
  'Upgradeable',
];

/** The operator's four conditions, in its order, each present or not. */
export const operatorConditions = (
  metallb: MetalLBResource,
): Array<{ type: OperatorConditionType; condition?: OperatorCondition }> =>
  OPERATOR_CONDITION_TYPES.map((type) => ({
    type,
    condition: metallb.status?.conditions?.find((c) => c.type === type),
  }));

/** Healthy in the operator's words: Available true and Degraded not true. */
export const operatorHealthy = (metallb: MetalLBResource): boolean =>
  conditionTrue(metallb.status?.conditions, 'Available') &&
  !conditionTrue(metallb.status?.conditions, 'Degraded');

export type AdvertisementMode = 'layer2' | 'bgp' | 'both' | 'none';

export const advertisementMode = (l2Count: number, bgpCount: number): AdvertisementMode =>
  l2Count > 0 && bgpCount > 0 ? 'both' : l2Count > 0 ? 'layer2' : bgpCount > 0 ? 'bgp' : 'none';
