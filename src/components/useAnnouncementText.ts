import { useTranslation } from 'react-i18next';
import type { CandidateExclusion, OwnerSource, PendingReason, UnannouncedReason } from '../metallb';
import { useMetalLBNamespace } from '../k8s/hooks/useMetalLBNamespace';

export interface ReasonText {
  /** What is wrong, in words. */
  summary: string;
  /** What to do about it. */
  fix: string;
}

/**
 * The words for the announcement core's codes: pending reasons, unannounced reasons, candidate
 * exclusions and owner sources, each with its fix. One place, so the assignments view, the overview
 * and the Service tab say the same thing.
 */
export const useAnnouncementText = () => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const ns = useMetalLBNamespace().namespace;

  const pending = (r: PendingReason): ReasonText => {
    switch (r.code) {
      case 'load-balancer-class':
        return {
          summary: t(
            'Its loadBalancerClass "{{lbClass}}" is not MetalLB’s, so MetalLB ignores it.',
            {
              lbClass: r.loadBalancerClass,
            },
          ),
          fix: t(
            'Remove spec.loadBalancerClass (a new Service is needed: the field is immutable), or let the load balancer of that class serve it.',
          ),
        };
      case 'metallb-not-running':
        return {
          summary: t('MetalLB’s controller is not running, so nobody assigns IPs.'),
          fix: t('Check the controller pod in the {{namespace}} namespace.', { namespace: ns }),
        };
      case 'requested-pool-missing':
        return {
          summary: t('It asks for the pool "{{pool}}", which does not exist.', { pool: r.pool }),
          fix: t('Create the pool "{{pool}}" or correct the metallb.io/address-pool annotation.', {
            pool: r.pool,
          }),
        };
      case 'requested-ip-in-no-pool':
        return {
          summary: t('It asks for {{ip}}, which lies in no IP address pool.', { ip: r.ip }),
          fix: t(
            'Request an IP inside a pool (metallb.io/loadBalancerIPs), or add {{ip}} to a pool.',
            { ip: r.ip },
          ),
        };
      case 'requested-ip-outside-requested-pool':
        return {
          summary: t('It asks for {{ip}}, which is not in the pool "{{pool}}" it also asks for.', {
            ip: r.ip,
            pool: r.pool,
          }),
          fix: t('Request an IP of that pool, or drop one of the two annotations.'),
        };
      case 'requested-ip-taken':
        return {
          summary: t('It asks for {{ip}}, which Service {{by}} already holds.', {
            ip: r.ip,
            by: r.by,
          }),
          fix: t(
            'Request another IP, or give both Services the same metallb.io/allow-shared-ip key with ports that do not collide.',
          ),
        };
      case 'sharing-key-conflict':
        return {
          summary: r.message,
          fix: t(
            'Give every Service on that IP the same metallb.io/allow-shared-ip key, or move this one to another IP.',
          ),
        };
      case 'no-pool-for-family':
        return {
          summary: t('No IP address pool has {{family}} addresses.', { family: r.family }),
          fix: t('Create a pool with {{family}} addresses in the {{namespace}} namespace.', {
            family: r.family,
            namespace: ns,
          }),
        };
      case 'auto-assign-off':
        return {
          summary: t('Every pool that fits has auto-assign off: {{pools}}.', {
            pools: r.pools.join(', '),
          }),
          fix: t(
            'Name a pool with the metallb.io/address-pool annotation, or turn auto-assign on for one.',
          ),
        };
      case 'service-allocation-excludes':
        return {
          summary: t('The serviceAllocation of every pool leaves this Service out: {{pools}}.', {
            pools: r.pools.join(', '),
          }),
          fix: t(
            'Add its namespace or labels to a pool’s serviceAllocation, or create a pool without one.',
          ),
        };
      case 'pools-full':
        return {
          summary: r.pools.length
            ? t('Every pool that fits is full: {{pools}}.', { pools: r.pools.join(', ') })
            : t('Every pool that fits is full.'),
          fix: t(
            'Add addresses to a pool, or free some by deleting Services that no longer need them.',
          ),
        };
      case 'warning-event':
        return {
          summary: `${r.reason}: ${r.message}`,
          fix: t('This is MetalLB’s own message; the Service’s events have the details.'),
        };
      default:
        return {
          summary: t('Waiting for MetalLB’s controller; no event says why yet.'),
          fix: t('If it stays so, check the controller’s logs in the {{namespace}} namespace.', {
            namespace: ns,
          }),
        };
    }
  };

  const unannounced = (r: UnannouncedReason): ReasonText => {
    switch (r.code) {
      case 'no-advertisement':
        return {
          summary: t('Assigned, not announced: no advertisement covers the pool {{pool}}.', {
            pool: r.pool ?? '',
          }),
          fix: t('Create an L2Advertisement or BGPAdvertisement for the pool.'),
        };
      case 'no-ready-endpoint':
        return {
          summary: t('Assigned, not announced: no ready endpoint.'),
          fix: t('Start the VM or the pods the Service selects, or correct its selector.'),
        };
      case 'no-local-endpoint':
        return {
          summary: t(
            'Assigned, not announced: externalTrafficPolicy is Local and no eligible node has an endpoint.',
          ),
          fix: t(
            'Run an endpoint on a node the advertisements select, or set externalTrafficPolicy to Cluster.',
          ),
        };
      case 'no-eligible-node':
        return {
          summary: t('Assigned, not announced: no node may announce it.'),
          fix: t(
            'Check that speakers are ready and that the advertisements’ node selectors select a node.',
          ),
        };
      default:
        return {
          summary: t('Assigned, not announced: {{message}}', { message: r.message }),
          fix: t('Correct the interfaces in the L2Advertisement, or add them on that node.'),
        };
    }
  };

  const exclusion = (reason: CandidateExclusion): string =>
    ({
      'no-speaker': t('no speaker'),
      'speaker-not-ready': t('speaker not ready'),
      'network-unavailable': t('NetworkUnavailable'),
      'excluded-from-load-balancers': t('excluded from load balancers'),
      'not-selected-by-advertisement': t('not selected by an advertisement'),
      'no-local-endpoint': t('no local endpoint'),
    })[reason];

  const source = (s: OwnerSource): string =>
    ({
      'l2-status': t('ServiceL2Status'),
      'bgp-status': t('ServiceBGPStatus'),
      event: t('nodeAssigned event'),
    })[s];

  return { pending, unannounced, exclusion, source };
};
