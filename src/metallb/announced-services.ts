// The LoadBalancer Services an advertisement announces now: their IP came from a pool it covers, and
// its serviceSelectors (v0.16) are empty or match the Service's labels. The announcing nodes come
// from MetalLB's own status objects (ServiceL2Status, ServiceBGPStatus), passed in by the caller.
import { readMetalLBAnnotation } from './annotations';
import { formatIP, scanIP } from './ip';
import { advertisementCoversPool, type Advertisement } from './pool-selection';
import { labelSelectorMatches } from './selectors';
import type { IPAddressPool, K8sObject, Service } from './types';
import {
  attributeScan,
  createPoolDirectory,
  ingressIPs,
  isLoadBalancerService,
  serviceKey,
} from './utilization';

export interface AnnouncedService {
  namespace: string;
  name: string;
  ips: string[];
  pool: string;
  /** Nodes MetalLB reports announcing it (empty: none reported yet, or unreadable). */
  nodes: string[];
}

/** A ServiceL2Status or ServiceBGPStatus: the node that announces one Service. */
export interface AnnouncementStatus extends K8sObject {
  status?: { node?: string; serviceName?: string; serviceNamespace?: string };
}

/** Nodes per `namespace/name` from MetalLB's status objects, each node once, sorted. */
export const announcingNodesByService = (statuses: AnnouncementStatus[]): Map<string, string[]> => {
  const byService = new Map<string, Set<string>>();
  for (const { status } of statuses) {
    if (!status?.node || !status.serviceName) continue;
    const key = `${status.serviceNamespace ?? ''}/${status.serviceName}`;
    const nodes = byService.get(key) ?? new Set<string>();
    nodes.add(status.node);
    byService.set(key, nodes);
  }
  return new Map([...byService].map(([key, nodes]) => [key, [...nodes].sort()]));
};

export const servicesAnnouncedBy = (
  advertisement: Advertisement,
  pools: IPAddressPool[],
  services: Service[],
  nodesByService: Map<string, string[]> = new Map(),
): AnnouncedService[] => {
  const directory = createPoolDirectory(pools);
  const covered = new Set(
    pools
      .filter((pool) => advertisementCoversPool(advertisement, pool))
      .map((pool) => pool.metadata?.name ?? ''),
  );
  const selectors = advertisement.spec?.serviceSelectors ?? [];
  const result: AnnouncedService[] = [];
  for (const service of services) {
    if (!isLoadBalancerService(service)) continue;
    const ips = ingressIPs(service);
    if (ips.length === 0) continue;
    const allocatedFrom = readMetalLBAnnotation(service, 'ipAllocatedFromPool');
    const scan = scanIP(formatIP(ips[0]));
    const pool = scan ? attributeScan(directory, allocatedFrom, scan) : undefined;
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
      nodes: nodesByService.get(serviceKey(service)) ?? [],
    });
  }
  return result.sort((a, b) => (`${a.namespace}/${a.name}` < `${b.namespace}/${b.name}` ? -1 : 1));
};
