// Problems in how MetalLB meets the cluster, which no webhook checks: advertisements whose node
// selectors select no node, speakers that are not ready or missing, nodes that opt out of load
// balancers, and components whose ConfigurationState says Invalid.
import { goQuote } from './go-format';
import type { Node } from './announcement-types';
import { EXCLUDE_FROM_LB_LABEL, isExcludedFromBalancers, selectsNode } from './election';
import type { ConfigurationState, MetalLBComponents } from './install';
import { labelSelectorMatches } from './selectors';
import type { BGPAdvertisement, L2Advertisement } from './types';
import type { ConfigurationWarning } from './warnings';

export interface ClusterState {
  l2Advertisements?: L2Advertisement[];
  bgpAdvertisements?: BGPAdvertisement[];
  /** Undefined when the nodes could not be read: node rules are then skipped, not guessed. */
  nodes?: Node[];
  /** Undefined when the pods could not be read. */
  components?: MetalLBComponents;
  configurationStates?: ConfigurationState[];
  /** The namespace MetalLB runs in (named when its controller is missing). */
  namespace?: string;
  /** The MetalLB resource's spec.nodeSelector: nodes outside it are meant to run no speaker. */
  speakerNodeSelector?: Record<string, string>;
}

const nodeSelectorWarnings = (
  kind: 'L2Advertisement' | 'BGPAdvertisement',
  advertisements: Array<L2Advertisement | BGPAdvertisement>,
  nodes: Node[],
): ConfigurationWarning[] =>
  advertisements.flatMap((advertisement) => {
    const selectors = advertisement.spec?.nodeSelectors ?? [];
    // No selector: every node. Otherwise a node is selected when any selector matches it.
    if (selectors.length === 0) return [];
    if (nodes.some((node) => selectsNode(selectors, node))) return [];
    const name = advertisement.metadata?.name ?? '';
    return [
      {
        kind: 'advertisement-node-selectors-match-no-node' as const,
        object: { kind, name },
        path: 'spec.nodeSelectors',
        message:
          `${kind} ${goQuote(name)} selects no node: no node's labels match its nodeSelectors, so no node ` +
          'announces the pools it covers. Label the nodes that should announce, or change spec.nodeSelectors.',
      },
    ];
  });

const controllerWarnings = (
  components: MetalLBComponents,
  namespace: string | undefined,
): ConfigurationWarning[] => {
  if (components.controllers.some((c) => c.ready)) return [];
  const pod = components.controllers[0];
  return [
    {
      kind: 'controller-not-ready' as const,
      // No pod at all: the Deployment that should make one (named controller by MetalLB and its operator).
      object: pod
        ? { kind: 'Pod' as const, name: pod.pod, namespace: pod.namespace }
        : { kind: 'Deployment' as const, name: 'controller', namespace },
      message: pod
        ? `The MetalLB controller ${goQuote(pod.pod)} is not ready, so no Service gets a new address. Look at the pod’s events and logs.`
        : `No MetalLB controller pod runs${namespace ? ` in namespace ${goQuote(namespace)}` : ''}, so no Service gets an address. Check the controller Deployment.`,
    },
  ];
};

const speakerWarnings = (
  components: MetalLBComponents,
  nodes: Node[] | undefined,
  speakerNodeSelector: Record<string, string> | undefined,
): ConfigurationWarning[] => [
  ...components.speakers
    .filter((speaker) => !speaker.ready)
    .map((speaker) => ({
      kind: 'speaker-not-ready' as const,
      object: { kind: 'Pod' as const, name: speaker.pod, namespace: speaker.namespace },
      node: speaker.node,
      message:
        `The speaker ${goQuote(speaker.pod)} on node ${goQuote(speaker.node ?? '')} is not ready, so that node ` +
        'announces nothing and takes no part in failover. Look at the pod’s events and logs.',
    })),
  ...components.nodesWithoutSpeaker
    .filter((node) =>
      labelSelectorMatches(
        { matchLabels: speakerNodeSelector },
        nodes?.find((n) => n.metadata?.name === node)?.metadata?.labels,
      ),
    )
    .map((node) => ({
      kind: 'node-without-speaker' as const,
      object: { kind: 'Node' as const, name: node },
      node,
      message:
        `Node ${goQuote(node)} runs no MetalLB speaker, so it never announces a LoadBalancer IP. Check the ` +
        'speaker DaemonSet’s node selector and tolerations (the MetalLB resource’s nodeSelector and speakerTolerations).',
    })),
];

const excludedNodeWarnings = (nodes: Node[]): ConfigurationWarning[] =>
  nodes.filter(isExcludedFromBalancers).map((node) => {
    const name = node.metadata?.name ?? '';
    return {
      kind: 'node-excluded-from-load-balancers' as const,
      object: { kind: 'Node' as const, name },
      node: name,
      message:
        `Node ${goQuote(name)} carries the label ${EXCLUDE_FROM_LB_LABEL}, so MetalLB never announces from it. ` +
        'Remove the label if the node should announce LoadBalancer IPs.',
    };
  });

const invalidConfigurationWarnings = (states: ConfigurationState[]): ConfigurationWarning[] =>
  states
    .filter((state) => state.status?.result === 'Invalid')
    .map((state) => {
      const name = state.metadata?.name ?? '';
      const summary = state.status?.errorSummary ?? '';
      return {
        kind: 'configuration-invalid' as const,
        object: { kind: 'ConfigurationState' as const, name, namespace: state.metadata?.namespace },
        detail: summary,
        message:
          `MetalLB reports its configuration as Invalid in ConfigurationState ${goQuote(name)}: ${summary}. ` +
          'MetalLB keeps running on the last valid configuration until the object named there is fixed.',
      };
    });

/** Every problem the cluster's state shows, each naming the object to fix. */
export const findClusterWarnings = (state: ClusterState): ConfigurationWarning[] => [
  ...invalidConfigurationWarnings(state.configurationStates ?? []),
  ...(state.components ? controllerWarnings(state.components, state.namespace) : []),
  ...(state.components
    ? speakerWarnings(state.components, state.nodes, state.speakerNodeSelector)
    : []),
  ...(state.nodes
    ? [
        ...nodeSelectorWarnings('L2Advertisement', state.l2Advertisements ?? [], state.nodes),
        ...nodeSelectorWarnings('BGPAdvertisement', state.bgpAdvertisements ?? [], state.nodes),
        ...excludedNodeWarnings(state.nodes),
      ]
    : []),
];
