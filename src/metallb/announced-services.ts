// The LoadBalancer Services an advertisement announces now: their IP came from a pool it covers, and
// its serviceSelectors (v0.16) are empty or match the Service's labels. The announcing nodes are the
// caller's (owner.ts resolveOwner over ServiceL2Status / ServiceBGPStatus).
import { formatIP } from './ip';
import { advertisementCoversPool, type Advertisement } from './pool-selection';
import { poolForService } from './pool-ranges';
import { labelSelectorMatches } from './selectors';
import type { IPAddressPool, Service } from './types';
import { ingressIPs, isLoadBalancerService } from './utilization';

export interface AdvertisedService {
  namespace: string;
  name: string;
  ips: string[];
  pool: string;
  /** Nodes MetalLB reports announcing it (empty: none reported yet, or unreadable). */
  nodes: string[];
}

export const servicesAnnouncedBy = (
  advertisement: Advertisement,
  pools: IPAddressPool[],
  services: Service[],
  nodesOf: (service: Service) => string[] = () => [],
): AdvertisedService[] => {
  const covered = new Set(
    pools
      .filter((pool) => advertisementCoversPool(advertisement, pool))
      .map((pool) => pool.metadata?.name ?? ''),
  );
  const selectors = advertisement.spec?.serviceSelectors ?? [];
  const result: AdvertisedService[] = [];
  for (const service of services) {
    if (!isLoadBalancerService(service)) continue;
    const ips = ingressIPs(service);
    if (ips.length === 0) continue;
    const pool = poolForService(pools, service);
    if (pool === undefined || !covered.has(pool)) continue;
    if (
      selectors.length > 0 &&
      !selectors.some((s) => labelSelectorMatches(s, service.metadata?.labels))
    )
      continue;
    result.push({
      namespace: service.metadata?.namespace ?? '',
      name: service.metadata?.name ?? '',
      ips: ips.map(formatIP),
      pool,
      nodes: nodesOf(service),
    });
  }
  return result.sort((a, b) => (`${a.namespace}/${a.name}` < `${b.namespace}/${b.name}` ? -1 : 1));
};
