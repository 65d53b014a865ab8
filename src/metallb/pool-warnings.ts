// What is wrong with a pool that MetalLB will not say: nothing announces it, it overlaps another
// pool (possible only if the webhook was off), it is nearly full, or it is full while Services wait.
import { advertisementCoversPool } from './pool-selection';
import { findPoolOverlaps, formatPoolOverlap } from './overlaps';
import type { PendingReason } from './pending';
import type { BGPAdvertisement, IPAddressPool, L2Advertisement } from './types';

export type PoolWarning =
  | { code: 'not-advertised' }
  | { code: 'overlap'; message: string; otherPool: string }
  | { code: 'nearly-full'; family: 'IPv4' | 'IPv6'; percent: number }
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

export const poolWarnings = (pool: IPAddressPool, input: PoolWarningInput): PoolWarning[] => {
  const name = pool.metadata?.name ?? '';
  const warnings: PoolWarning[] = [];
  if (input.l2Advertisements && input.bgpAdvertisements) {
    const covered = [...input.l2Advertisements, ...input.bgpAdvertisements].some((a) =>
      advertisementCoversPool(a, pool),
    );
    if (!covered) warnings.push({ code: 'not-advertised' });
  }
  const others = input.pools.filter((p) => p.metadata?.name !== name);
  for (const overlap of findPoolOverlaps([...others, pool])) {
    if (overlap.pool !== name && overlap.otherPool !== name) continue;
    if (overlap.pool === name && overlap.otherPool === name) continue;
    const otherPool = overlap.pool === name ? overlap.otherPool : overlap.pool;
    // The first of MetalLB's messages per other pool (a range overlaps in many CIDRs).
    if (warnings.some((w) => w.code === 'overlap' && w.otherPool === otherPool)) continue;
    warnings.push({ code: 'overlap', message: formatPoolOverlap(overlap), otherPool });
  }
  const pending = (input.pendingReasons ?? []).filter(
    (r) => r.code === 'pools-full' && r.pools.includes(name),
  ).length;
  const usage = input.usage;
  if (usage) {
    for (const [family, assigned, capacity] of [
      ['IPv4', usage.assignedIPv4, usage.capacityIPv4],
      ['IPv6', usage.assignedIPv6, usage.capacityIPv6],
    ] as const) {
      if (assigned === undefined || capacity === 0n) continue;
      if (assigned >= capacity) warnings.push({ code: 'exhausted', family, pending });
      else if (Number((assigned * 1000n) / capacity) / 1000 >= NEARLY_FULL)
        warnings.push({
          code: 'nearly-full',
          family,
          percent: Number((assigned * 100n) / capacity),
        });
    }
  }
  return warnings;
};
