// The pools a VM owner may pick, with how many addresses each has free: MetalLB's own count from pool
// status (v0.15+) when written, else capacity minus the IPs the visible Services hold (only when they
// were listed in every namespace), else unknown.
import { poolCapacity, poolUtilization, type IPAddressPool, type Service } from '../metallb';

export interface PoolOption {
  name: string;
  autoAssign: boolean;
  addresses: string[];
  /** Free IPv4 and IPv6 addresses; undefined when they could not be counted. */
  freeIPv4?: bigint;
  freeIPv6?: bigint;
  source: 'pool-status' | 'services' | 'unknown';
}

export const poolOptions = (
  pools: IPAddressPool[],
  /** LoadBalancer Services of every namespace; undefined when the user could not list them. */
  allServices: Service[] | undefined,
): PoolOption[] => {
  const usage = allServices ? poolUtilization(pools, allServices) : undefined;
  return pools
    .map((pool): PoolOption => {
      const name = pool.metadata?.name ?? '';
      const base = {
        name,
        autoAssign: pool.spec?.autoAssign !== false,
        addresses: pool.spec?.addresses ?? [],
      };
      const status = pool.status;
      if (status?.availableIPv4 !== undefined || status?.availableIPv6 !== undefined) {
        return {
          ...base,
          freeIPv4: BigInt(status.availableIPv4 ?? 0),
          freeIPv6: BigInt(status.availableIPv6 ?? 0),
          source: 'pool-status',
        };
      }
      const used = usage?.get(name);
      if (used) {
        const capacity = poolCapacity(pool);
        return {
          ...base,
          freeIPv4: capacity.ipv4 - used.assignedIPv4,
          freeIPv6: capacity.ipv6 - used.assignedIPv6,
          source: 'services',
        };
      }
      return { ...base, source: 'unknown' };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
};
