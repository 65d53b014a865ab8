// What is wrong with a pool that MetalLB will not say: nothing announces it, it overlaps another
// pool (possible only if the webhook was off), it is nearly full, full, or full while Services wait.
import { advertisementCoversPool } from './pool-selection';
import { findPoolOverlaps, formatPoolOverlap } from './overlaps';
import { pendingReason, type PendingReason } from './pending';
import type { KubeEvent } from './announcement-types';
import type { BGPAdvertisement, IPAddressPool, L2Advertisement, Service } from './types';
import { ingressIPs, isLoadBalancerService } from './utilization';

export type PoolWarning =
  | { code: 'not-advertised' }
  | { code: 'overlap'; message: string; otherPool: string }
  | { code: 'nearly-full'; family: 'IPv4' | 'IPv6'; percent: number }
  | { code: 'full'; family: 'IPv4' | 'IPv6' }
  /** Full, and `pending` (at least 1) Services wait for an address from it. */
  | { code: 'exhausted'; family: 'IPv4' | 'IPv6'; pending: number };

export interface PoolWarningInput {
  pools: IPAddressPool[];
  /** undefined when they cannot be read: then no "not advertised" warning is given. */
  l2Advertisements?: L2Advertisement[];
  bgpAdvertisements?: BGPAdvertisement[];
  usage?: {
    assignedIPv4?: bigint;
    assignedIPv6?: bigint;
    capacityIPv4: bigint;
    capacityIPv6: bigint;
  };
  /** Why each pending Service waits; those waiting on full pools including this one are counted. */
  pendingReasons?: PendingReason[];
}

/** The share at which a pool counts as nearly full (MetalLB's chart alerts at 75% and 85%). */
export const NEARLY_FULL = 0.85;

export const poolWarnings = (pool: IPAddressPool, input: PoolWarningInput): PoolWarning[] => [
  ...advertisedWarnings(pool, input),
  ...overlapWarnings(pool, input.pools),
  ...usageWarnings(pool, input.usage, input.pendingReasons),
];

const advertisedWarnings = (
  pool: IPAddressPool,
  input: Pick<PoolWarningInput, 'l2Advertisements' | 'bgpAdvertisements'>,
): PoolWarning[] => {
  if (!input.l2Advertisements || !input.bgpAdvertisements) return [];
  const covered = [...input.l2Advertisements, ...input.bgpAdvertisements].some((a) =>
    advertisementCoversPool(a, pool),
  );
  return covered ? [] : [{ code: 'not-advertised' }];
};

/** The pool's overlaps as MetalLB would report them were it created now: after all the others. */
const overlapWarnings = (pool: IPAddressPool, pools: IPAddressPool[]): PoolWarning[] => {
  const name = pool.metadata?.name ?? '';
  const warnings: PoolWarning[] = [];
  const others = pools.filter((p) => p.metadata?.name !== name);
  for (const overlap of findPoolOverlaps([...others, pool])) {
    if (overlap.pool !== name && overlap.otherPool !== name) continue;
    if (overlap.pool === name && overlap.otherPool === name) continue;
    const otherPool = overlap.pool === name ? overlap.otherPool : overlap.pool;
    // The first of MetalLB's messages per other pool (a range overlaps in many CIDRs).
    if (warnings.some((w) => w.code === 'overlap' && w.otherPool === otherPool)) continue;
    warnings.push({ code: 'overlap', message: formatPoolOverlap(overlap), otherPool });
  }
  return warnings;
};

const usageWarnings = (
  pool: IPAddressPool,
  usage: PoolWarningInput['usage'],
  pendingReasons: PendingReason[] = [],
): PoolWarning[] => {
  if (!usage) return [];
  const name = pool.metadata?.name ?? '';
  const warnings: PoolWarning[] = [];
  for (const [family, assigned, capacity] of [
    ['IPv4', usage.assignedIPv4, usage.capacityIPv4],
    ['IPv6', usage.assignedIPv6, usage.capacityIPv6],
  ] as const) {
    if (assigned === undefined || capacity === 0n) continue;
    if (assigned >= capacity) {
      const pending = pendingReasons.filter(
        (r) => r.code === 'pools-full' && r.pools.includes(name),
      ).length;
      warnings.push(
        pending > 0 ? { code: 'exhausted', family, pending } : { code: 'full', family },
      );
    } else if (Number((assigned * 1000n) / capacity) / 1000 >= NEARLY_FULL)
      warnings.push({
        code: 'nearly-full',
        family,
        percent: Number((assigned * 100n) / capacity),
      });
  }
  return warnings;
};

/** Some family of the pool has every address assigned. */
export const isPoolFull = (u: PoolWarningInput['usage']): boolean =>
  !!u &&
  ((u.capacityIPv4 > 0n && u.assignedIPv4 !== undefined && u.assignedIPv4 >= u.capacityIPv4) ||
    (u.capacityIPv6 > 0n && u.assignedIPv6 !== undefined && u.assignedIPv6 >= u.capacityIPv6));

/**
 * Why each LoadBalancer Service without an IP waits, judged from the pools (their status says which
 * are full), the Services and their Warning events: MetalLB's AllocationFailed names a cause other
 * than the full pool (a sharing-key conflict, a requested IP that is taken), as on the details page.
 */
const pendingOf = (
  pools: IPAddressPool[],
  services: Service[],
  events: KubeEvent[] | undefined,
): PendingReason[] =>
  services
    .filter((service) => isLoadBalancerService(service) && ingressIPs(service).length === 0)
    .map((service) => pendingReason({ service, pools, services, events }));

export interface PoolListWarningInput extends Omit<PoolWarningInput, 'usage' | 'pendingReasons'> {
  /** Per pool name. */
  usage: Map<string, NonNullable<PoolWarningInput['usage']>>;
  /** LoadBalancer Services, to count those waiting on a full pool; undefined when unreadable. */
  services?: Service[];
  /**
   * The Services' Warning events (AllocationFailed is one): without them (unreadable, or not watched
   * because no pool is full) a Service refused for another reason counts as waiting on a full pool.
   */
  events?: KubeEvent[];
}

/**
 * poolWarnings for every pool at once, in time linear in the pools (a list page): one overlap sweep
 * finds the few pools that overlap any other, and only those are checked one by one (the message
 * depends on which pool is taken as the later one); waiting Services are looked at only when a pool
 * is full. Same result per pool as poolWarnings given the same Services and events.
 */
export const poolListWarnings = (input: PoolListWarningInput): Map<string, PoolWarning[]> => {
  const overlapping = new Set<string>();
  for (const o of findPoolOverlaps(input.pools)) {
    if (o.pool !== o.otherPool) overlapping.add(o.pool).add(o.otherPool);
  }
  const anyFull = [...input.usage.values()].some(isPoolFull);
  const pendingReasons =
    anyFull && input.services ? pendingOf(input.pools, input.services, input.events) : [];
  const result = new Map<string, PoolWarning[]>();
  for (const pool of input.pools) {
    const name = pool.metadata?.name ?? '';
    result.set(name, [
      ...advertisedWarnings(pool, input),
      ...(overlapping.has(name) ? overlapWarnings(pool, input.pools) : []),
      ...usageWarnings(pool, input.usage.get(name), pendingReasons),
    ]);
  }
  return result;
};
