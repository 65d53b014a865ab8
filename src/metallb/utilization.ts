// Distinct assigned IPs per pool, the way MetalLB counts them for pool status: a shared IP counts
// once. An IP belongs to the pool the controller named in ip-allocated-from-pool, else to the pool
// whose addresses hold it (pool-ranges.ts).
import { readMetalLBAnnotation } from './annotations';
import type { IPAddress } from './ip';
import { parseIP } from './ip';
import { parsePool, poolPosition, poolRanges } from './pool-ranges';
import type { IPAddressPool, Service } from './types';

export interface PoolUtilization {
  assignedIPv4: bigint;
  assignedIPv6: bigint;
  capacityIPv4: bigint;
  capacityIPv6: bigint;
}

/** The same figures where an assigned count can be unknown (undefined), as when read from pool status. */
export type PoolUsage = Omit<PoolUtilization, 'assignedIPv4' | 'assignedIPv6'> & {
  assignedIPv4?: bigint;
  assignedIPv6?: bigint;
};

/** `namespace/name`, the key watch events use for a Service. */
export const serviceKey = (service: Service): string =>
  `${service.metadata?.namespace ?? ''}/${service.metadata?.name ?? ''}`;

export const isLoadBalancerService = (service: Service): boolean =>
  service.spec?.type === 'LoadBalancer';

/** The IPs in status.loadBalancer.ingress that Go's ParseIP accepts, canonical (mapped → IPv4). */
export const ingressIPs = (service: Service): IPAddress[] => {
  const ips: IPAddress[] = [];
  for (const ingress of service.status?.loadBalancer?.ingress ?? []) {
    const ip = ingress.ip ? parseIP(ingress.ip) : null;
    if (ip) ips.push(ip);
  }
  return ips;
};

/**
 * Assigned and total addresses for every pool (one entry per pool name), from the LoadBalancer
 * Services' ingress IPs; other Services are ignored. Pools are parsed once per object and indexed
 * once per list object, so a recompute after a Service change costs one pass over the Services.
 */
export const poolUtilization = (
  pools: IPAddressPool[],
  services: Service[],
): Map<string, PoolUtilization> => {
  const ranges = poolRanges(pools);
  // Per pool position, the distinct addresses counted so far: IPv4 as numbers, IPv6 as bigints.
  const seen4: Array<Set<number> | undefined> = [];
  const seen6: Array<Set<bigint> | undefined> = [];
  for (const service of services) {
    if (!isLoadBalancerService(service)) continue;
    const allocatedFrom = readMetalLBAnnotation(service, 'ipAllocatedFromPool');
    for (const ip of ingressIPs(service)) {
      const at = poolPosition(ranges, ip, allocatedFrom);
      if (at < 0) continue;
      if (ip.family === 4) (seen4[at] ??= new Set()).add(Number(ip.value));
      else (seen6[at] ??= new Set()).add(ip.value);
    }
  }
  const result = new Map<string, PoolUtilization>();
  ranges.pools.forEach(({ name, capacity }, at) => {
    result.set(name, {
      assignedIPv4: BigInt(seen4[at]?.size ?? 0),
      assignedIPv6: BigInt(seen6[at]?.size ?? 0),
      capacityIPv4: capacity.ipv4,
      capacityIPv6: capacity.ipv6,
    });
  });
  return result;
};

const statusCount = (count: number | undefined): bigint | undefined =>
  Number.isSafeInteger(count) ? BigInt(count as number) : undefined;

/**
 * The counts MetalLB itself writes into pool status (v0.15+; distinct IPs, as poolUtilization
 * counts), for users who cannot list Services. A pool without status is unknown, not empty.
 * Capacity is still exact from the spec.
 */
export const poolStatusUsage = (pools: IPAddressPool[]): Map<string, PoolUsage> => {
  const result = new Map<string, PoolUsage>();
  for (const pool of pools) {
    const { name, capacity } = parsePool(pool);
    if (result.has(name)) continue;
    result.set(name, {
      assignedIPv4: statusCount(pool.status?.assignedIPv4),
      assignedIPv6: statusCount(pool.status?.assignedIPv6),
      capacityIPv4: capacity.ipv4,
      capacityIPv6: capacity.ipv6,
    });
  }
  return result;
};
