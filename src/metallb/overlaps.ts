// Overlaps as MetalLB's webhook refuses them: every entry summarized into CIDRs, each CIDR compared
// with every CIDR defined before it (earlier pools, and earlier entries of the same pool).
import type { Cidr } from './blocks';
import { entryCidrs, formatCidr, readAddressEntry } from './blocks';
import { goQuote } from './go-format';
import type { IPAddressPool } from './types';

export interface PoolOverlap {
  /** The pool holding the later CIDR (the one MetalLB complains about). */
  pool: string;
  /** That CIDR, printed as MetalLB prints it. */
  block: string;
  /** The spec.addresses entry it comes from, and its index. */
  address: string;
  addressIndex: number;
  /** The pool and CIDR defined before it. */
  otherPool: string;
  otherBlock: string;
  otherAddress: string;
  otherAddressIndex: number;
}

interface PlacedCidr extends Cidr {
  seq: number;
  pool: string;
  address: string;
  addressIndex: number;
}

const placeCidrs = (pools: IPAddressPool[]): PlacedCidr[] => {
  const placed: PlacedCidr[] = [];
  for (const pool of pools) {
    const name = pool.metadata?.name ?? '';
    (pool.spec?.addresses ?? []).forEach((address, addressIndex) => {
      for (const cidr of entryCidrs(readAddressEntry(address))) {
        placed.push({ ...cidr, seq: placed.length, pool: name, address, addressIndex });
      }
    });
  }
  return placed;
};

const bySweepOrder = (a: PlacedCidr, b: PlacedCidr): number => {
  if (a.family !== b.family) return a.family - b.family;
  if (a.first !== b.first) return a.first < b.first ? -1 : 1;
  if (a.last !== b.last) return a.last > b.last ? -1 : 1;
  return a.seq - b.seq;
};

/**
 * Every pair of overlapping CIDRs, across pools and inside one pool, in the order MetalLB would
 * meet them (the first one is the webhook's error). CIDRs are nested or disjoint, so a sorted
 * sweep with a stack of enclosing CIDRs finds all pairs in O(n log n + pairs).
 */
export const findPoolOverlaps = (pools: IPAddressPool[]): PoolOverlap[] => {
  const sorted = placeCidrs(pools).sort(bySweepOrder);
  const pairs: Array<[PlacedCidr, PlacedCidr]> = [];
  const enclosing: PlacedCidr[] = [];
  for (const cidr of sorted) {
    while (enclosing.length > 0) {
      const top = enclosing[enclosing.length - 1];
      if (top.family === cidr.family && top.last >= cidr.first) break;
      enclosing.pop();
    }
    for (const outer of enclosing) {
      pairs.push(outer.seq < cidr.seq ? [cidr, outer] : [outer, cidr]);
    }
    enclosing.push(cidr);
  }
  pairs.sort(([a, earlierA], [b, earlierB]) => a.seq - b.seq || earlierA.seq - earlierB.seq);
  return pairs.map(([later, earlier]) => ({
    pool: later.pool,
    block: formatCidr(later),
    address: later.address,
    addressIndex: later.addressIndex,
    otherPool: earlier.pool,
    otherBlock: formatCidr(earlier),
    otherAddress: earlier.address,
    otherAddressIndex: earlier.addressIndex,
  }));
};

/** MetalLB's own words for an overlap. */
export const formatPoolOverlap = (overlap: PoolOverlap): string =>
  `CIDR ${goQuote(overlap.block)} in pool ${goQuote(overlap.pool)} overlaps with already defined CIDR ${goQuote(overlap.otherBlock)}`;
