// Which Service holds which address of which pool: the rows of a pool's "assigned IPs" table, the
// Services a pool's delete dialog names, and the cells of its address map. An IP belongs to the
// pool the controller wrote in ip-allocated-from-pool, else to the pool whose addresses hold it
// (the same attribution utilization counts with).
import { readMetalLBAnnotation } from './annotations';
import { formatIP, type IPAddress, type IPFamily } from './ip';
import { poolPosition, poolRanges } from './pool-ranges';
import type { IPAddressPool, Service } from './types';
import { ingressIPs, isLoadBalancerService } from './utilization';

export interface PoolAssignment {
  ip: string;
  family: IPFamily;
  /** The address as a number, for the address map. */
  value: bigint;
  namespace: string;
  service: string;
  /** Other Services hold the same IP (MetalLB's allow-shared-ip). */
  shared: boolean;
}

const byAddress = (a: PoolAssignment, b: PoolAssignment) =>
  a.family !== b.family ? a.family - b.family : a.value < b.value ? -1 : a.value > b.value ? 1 : 0;

/** Calls `visit` for each LoadBalancer IP that lies in a pool, with the pool that holds it. */
const eachPoolAddress = (
  pools: IPAddressPool[],
  services: Service[],
  visit: (pool: string, service: Service, ip: IPAddress) => void,
) => {
  const ranges = poolRanges(pools);
  for (const service of services) {
    if (!isLoadBalancerService(service)) continue;
    const from = readMetalLBAnnotation(service, 'ipAllocatedFromPool');
    for (const ip of ingressIPs(service)) {
      const at = poolPosition(ranges, ip, from);
      if (at >= 0) visit(ranges.pools[at].name, service, ip);
    }
  }
};

/** Per pool name, its assigned addresses in address order (one row per Service and IP). */
export const poolAssignments = (
  pools: IPAddressPool[],
  services: Service[],
): Map<string, PoolAssignment[]> => {
  const result = new Map<string, PoolAssignment[]>();
  eachPoolAddress(pools, services, (pool, service, ip) => {
    const rows = result.get(pool) ?? [];
    rows.push({
      ip: formatIP(ip),
      family: ip.family,
      value: ip.value,
      namespace: service.metadata?.namespace ?? '',
      service: service.metadata?.name ?? '',
      shared: false,
    });
    result.set(pool, rows);
  });
  for (const rows of result.values()) {
    rows.sort(byAddress);
    rows.forEach((row, i) => {
      const same = (other?: PoolAssignment) =>
        other !== undefined && other.family === row.family && other.value === row.value;
      row.shared = same(rows[i - 1]) || same(rows[i + 1]);
    });
  }
  return result;
};

/**
 * Per pool name, how many Services hold an address from it (a Service with two IPs counts once):
 * the attribution of poolAssignments, without building its rows (a list shows only the number).
 */
export const poolServiceCounts = (
  pools: IPAddressPool[],
  services: Service[],
): Map<string, number> => {
  const holders = new Map<string, Set<Service>>();
  eachPoolAddress(pools, services, (pool, service) => {
    const set = holders.get(pool) ?? new Set<Service>();
    set.add(service);
    holders.set(pool, set);
  });
  return new Map([...holders].map(([pool, set]) => [pool, set.size]));
};
