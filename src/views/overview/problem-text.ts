import type { ConfigurationWarning } from '../../metallb';
type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * A configuration problem in the user's language. The core's English `message` is the fallback for a
 * kind this view does not know yet.
 */
export const problemText = (t: Translate, w: ConfigurationWarning): string => {
  const object = w.object.name;
  switch (w.kind) {
    case 'pool-not-advertised':
      return t(
        'Pool {{pool}} is not announced: no L2Advertisement or BGPAdvertisement covers it, so Services get addresses from it that no one can reach. Add an advertisement that lists it or selects its labels.',
        { pool: w.pool },
      );
    case 'advertisement-names-missing-pool':
      return t(
        '{{kind}} {{object}} names the pool {{pool}}, which does not exist. Create the pool or correct spec.ipAddressPools.',
        { kind: w.object.kind, object, pool: w.pool },
      );
    case 'advertisement-selector-matches-no-pool':
      return t(
        '{{kind}} {{object}} selects pools by label, but no pool has matching labels. Label the pools it should announce, or change spec.ipAddressPoolSelectors.',
        { kind: w.object.kind, object },
      );
    case 'advertisement-names-missing-peer':
      return t(
        'BGPAdvertisement {{object}} is limited to the BGP peer {{peer}}, which does not exist. Create the BGPPeer or correct spec.peers.',
        { object, peer: w.peer },
      );
    case 'advertisement-node-selectors-match-no-node':
      return t(
        '{{kind}} {{object}} selects no node: no node’s labels match its nodeSelectors, so no node announces its pools. Label the nodes that should announce, or change spec.nodeSelectors.',
        { kind: w.object.kind, object },
      );
    case 'controller-not-ready':
      return w.object.kind === 'Pod'
        ? t(
            'The MetalLB controller {{object}} is not ready, so no Service gets a new address. Look at the pod’s events and logs.',
            { object },
          )
        : t(
            'No MetalLB controller pod runs in namespace {{namespace}}, so no Service gets an address. Check the controller Deployment.',
            { namespace: w.object.namespace },
          );
    case 'speaker-not-ready':
      return t(
        'The speaker {{object}} on node {{node}} is not ready, so that node announces nothing and takes no part in failover. Look at the pod’s events and logs.',
        { object, node: w.node },
      );
    case 'node-without-speaker':
      return t(
        'Node {{node}} runs no MetalLB speaker, so it never announces a LoadBalancer IP. Check the speaker DaemonSet’s node selector and tolerations (the MetalLB resource’s nodeSelector and speakerTolerations).',
        { node: w.node },
      );
    case 'node-excluded-from-load-balancers':
      return t(
        'Node {{node}} carries the label node.kubernetes.io/exclude-from-external-load-balancers, so MetalLB never announces from it. Remove the label if the node should announce LoadBalancer IPs.',
        { node: w.node },
      );
    case 'configuration-invalid':
      return t(
        'MetalLB reports its configuration as Invalid in ConfigurationState {{object}}; it keeps running on the last valid configuration. MetalLB says:',
        { object },
      );
    default:
      return w.message;
  }
};

/** Problems that stop MetalLB from working are errors; the rest are warnings. */
export const problemSeverity = (w: ConfigurationWarning): 'danger' | 'warning' =>
  w.kind === 'configuration-invalid' ||
  w.kind === 'controller-not-ready' ||
  w.kind === 'speaker-not-ready' ||
  w.kind === 'pool-not-advertised'
    ? 'danger'
    : 'warning';
