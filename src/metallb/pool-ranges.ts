// Which pool holds an address: each pool parsed once into blocks, then per family one sorted list
// of disjoint ranges, searched by binary search. Where pools overlap (a configuration MetalLB's
// webhook refuses, but one that can exist), the earlier pool keeps the shared addresses, as
// MetalLB's allocator does when it walks the pools in order. IPv4 bounds are plain numbers;
// only IPv6 needs bigint.
import { readMetalLBAnnotation } from './annotations';
import type { AddressBlock } from './blocks';
import type { PoolCapacity } from './capacity';
import { capacityOfBlocks, poolBlocks } from './capacity';
import type { IPAddress } from './ip';
import { parseIP } from './ip';
import type { IPAddressPool, Service } from './types';

/** One pool object, parsed: its valid blocks and exact capacity. */
export interface ParsedPool {
  name: string;
  blocks: AddressBlock[];
  capacity: PoolCapacity;
}

/** Sorted, disjoint ranges of one family; owners[i] is the position of the pool in `PoolRanges.pools`. */
interface Ranges<T extends number | bigint> {
  firsts: T[];
  lasts: T[];
  owners: number[];
}

export interface PoolRanges {
  /** The pools in list order, one per name (a second pool of the same name counts for nothing). */
  pools: ParsedPool[];
  positionOf: Map<string, number>;
  v4: Ranges<number>;
  v6: Ranges<bigint>;
}

// A watch hands out the same objects until they change, so a pool is parsed once per version.
const parsedByObject = new WeakMap<IPAddressPool, ParsedPool>();

export const parsePool = (pool: IPAddressPool): ParsedPool => {
  let parsed = parsedByObject.get(pool);
  if (!parsed) {
    const blocks = poolBlocks(pool);
    const capacity = capacityOfBlocks(blocks, pool.spec?.avoidBuggyIPs === true);
    parsed = { name: pool.metadata?.name ?? '', blocks, capacity };
    parsedByObject.set(pool, parsed);
  }
  return parsed;
};

interface OwnedBlock {
  first: bigint;
  last: bigint;
  owner: number;
}

/** Disjoint ranges from blocks given in pool order: an address goes to the first block holding it. */
const disjointRanges = (blocks: OwnedBlock[]): OwnedBlock[] => {
  const sorted = [...blocks].sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
  if (sorted.every((b, i) => i === 0 || b.first > sorted[i - 1].last)) return sorted;
  // Overlaps: add the blocks in pool order, each filling only the gaps the earlier ones left.
  const ranges: OwnedBlock[] = [];
  for (const { first, last, owner } of blocks) {
    let at = ranges.findIndex((r) => r.last >= first);
    if (at < 0) at = ranges.length;
    let cursor = first;
    while (at < ranges.length && ranges[at].first <= last && cursor <= last) {
      if (ranges[at].first > cursor) {
        ranges.splice(at, 0, { first: cursor, last: ranges[at].first - 1n, owner });
        at++;
      }
      cursor = ranges[at].last + 1n;
      at++;
    }
    if (cursor <= last) ranges.splice(at, 0, { first: cursor, last, owner });
  }
  return ranges;
};

const toRanges = <T extends number | bigint>(
  blocks: OwnedBlock[],
  convert: (value: bigint) => T,
): Ranges<T> => {
  const ranges = disjointRanges(blocks);
  return {
    firsts: ranges.map((r) => convert(r.first)),
    lasts: ranges.map((r) => convert(r.last)),
    owners: ranges.map((r) => r.owner),
  };
};

const rangesByList = new WeakMap<IPAddressPool[], PoolRanges>();

/** The ranges of a pool list; the same list object (as a watch hands out) is indexed once. */
export const poolRanges = (pools: IPAddressPool[]): PoolRanges => {
  const cached = rangesByList.get(pools);
  if (cached) return cached;
  const parsed: ParsedPool[] = [];
  const positionOf = new Map<string, number>();
  const blocks4: OwnedBlock[] = [];
  const blocks6: OwnedBlock[] = [];
  for (const pool of pools) {
    const p = parsePool(pool);
    if (positionOf.has(p.name)) continue;
    positionOf.set(p.name, parsed.length);
    for (const { family, first, last } of p.blocks) {
      (family === 4 ? blocks4 : blocks6).push({ first, last, owner: parsed.length });
    }
    parsed.push(p);
  }
  const ranges: PoolRanges = {
    pools: parsed,
    positionOf,
    v4: toRanges(blocks4, Number),
    v6: toRanges(blocks6, (value) => value),
  };
  rangesByList.set(pools, ranges);
  return ranges;
};

/** Position of the pool whose range holds value, or -1. */
const search = <T extends number | bigint>({ firsts, lasts, owners }: Ranges<T>, value: T) => {
  let lo = 0;
  let hi = firsts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (firsts[mid] <= value) lo = mid + 1;
    else hi = mid - 1;
  }
  // hi is now the last range starting at or before value
  return hi >= 0 && value <= lasts[hi] ? owners[hi] : -1;
};

/** Position of the pool an IP counts in: the pool the controller named, if it exists, else by range. */
export const poolPosition = (ranges: PoolRanges, ip: IPAddress, allocatedFrom?: string): number => {
  const named = allocatedFrom === undefined ? undefined : ranges.positionOf.get(allocatedFrom);
  if (named !== undefined) return named;
  return ip.family === 4 ? search(ranges.v4, Number(ip.value)) : search(ranges.v6, ip.value);
};

/**
 * The name of the pool an IP belongs to, or undefined: the pool named by the Service's
 * ip-allocated-from-pool annotation when that pool exists (pass the annotation's value), else the
 * pool whose addresses hold the IP (the earlier pool where pools overlap). `ip` is text as in
 * status.loadBalancer.ingress[].ip; text Go's net.ParseIP refuses belongs to no pool. Cheap to call
 * per Service: the pools are indexed once per list object.
 */
export const poolForIP = (
  pools: IPAddressPool[],
  ip: string,
  allocatedFrom?: string,
): string | undefined => {
  const address = parseIP(ip);
  if (!address) return undefined;
  const ranges = poolRanges(pools);
  const at = poolPosition(ranges, address, allocatedFrom);
  return at < 0 ? undefined : ranges.pools[at].name;
};

/** The pool of a Service's first LoadBalancer IP (see poolForIP), or undefined. */
export const poolForService = (pools: IPAddressPool[], service: Service): string | undefined => {
  const allocatedFrom = readMetalLBAnnotation(service, 'ipAllocatedFromPool');
  for (const ingress of service.status?.loadBalancer?.ingress ?? []) {
    const pool = ingress.ip ? poolForIP(pools, ingress.ip, allocatedFrom) : undefined;
    if (pool !== undefined) return pool;
  }
  return undefined;
};
