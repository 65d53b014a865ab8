// Which pool's blocks contain an IP: disjoint segments sorted by start, found by binary search.
// When pools overlap (a config MetalLB refuses), the earlier pool keeps the shared addresses.
import type { AddressBlock } from './blocks';
import type { IPAddress, IPFamily, IPScan } from './ip';

export interface PoolBlocks {
  name: string;
  blocks: AddressBlock[];
}

interface Segments {
  firsts: bigint[];
  lasts: bigint[];
  owners: string[];
}

/** Index of the last segment starting at or before value, or -1. */
const lastStartingAtOrBefore = (firsts: bigint[], value: bigint): number => {
  let lo = 0;
  let hi = firsts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (firsts[mid] <= value) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
};

/** Adds the parts of first..last no segment covers yet, owned by `owner`. */
const fillGaps = (segments: Segments, first: bigint, last: bigint, owner: string): void => {
  const { firsts, lasts, owners } = segments;
  const insert = (at: number, from: bigint, to: bigint): void => {
    firsts.splice(at, 0, from);
    lasts.splice(at, 0, to);
    owners.splice(at, 0, owner);
  };
  let at = lastStartingAtOrBefore(firsts, first);
  if (at < 0 || lasts[at] < first) at++;
  let cursor = first;
  while (at < firsts.length && firsts[at] <= last) {
    if (firsts[at] > cursor) {
      insert(at, cursor, firsts[at] - 1n);
      at++;
    }
    if (lasts[at] + 1n > cursor) cursor = lasts[at] + 1n;
    at++;
  }
  if (cursor <= last) insert(at, cursor, last);
};

const buildSegments = (
  blocks: Array<{ block: AddressBlock; owner: string; order: number }>,
): Segments => {
  const sorted = [...blocks].sort((a, b) =>
    a.block.first < b.block.first ? -1 : a.block.first > b.block.first ? 1 : a.order - b.order,
  );
  const disjoint = sorted.every((b, i) => i === 0 || b.block.first > sorted[i - 1].block.last);
  if (disjoint) {
    return {
      firsts: sorted.map((b) => b.block.first),
      lasts: sorted.map((b) => b.block.last),
      owners: sorted.map((b) => b.owner),
    };
  }
  const segments: Segments = { firsts: [], lasts: [], owners: [] };
  for (const b of [...blocks].sort((x, y) => x.order - y.order)) {
    fillGaps(segments, b.block.first, b.block.last, b.owner);
  }
  return segments;
};

/** Disjoint address segments sorted by first address, each with the position of its pool. */
export interface OwnedSegments {
  firsts: bigint[];
  lasts: bigint[];
  owners: Int32Array;
}

export interface PoolLocator {
  /** The segments it searches, per family: what containment means, overlaps resolved. */
  segments: Record<IPFamily, OwnedSegments>;
  /** The pool whose blocks contain ip, or undefined. */
  find(ip: IPAddress): string | undefined;
  /** The same for a scanned IP: IPv4 is looked up without making a bigint. */
  findScan(scan: IPScan): string | undefined;
  /** Position in the pools given to createPoolLocator of the pool containing scan, or -1. */
  findScanIndex(scan: IPScan): number;
  /** The same position for an IPv4 address given as its unsigned 32-bit value. */
  find4Index(value: number): number;
  /** The same position for an IPv6 address given as four unsigned 32-bit words, high first. */
  find6Index(a: number, b: number, c: number, d: number): number;
}

/** Index of the last number <= value in an ascending array, or -1. */
const lastAtOrBefore = (firsts: Float64Array, value: number): number => {
  let lo = 0;
  let hi = firsts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (firsts[mid] <= value) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
};

/**
 * A first level over sorted, disjoint segments, so that most lookups compare one or two of them
 * instead of binary-searching all: the values of one 32-bit word (the IPv4 value, or the first
 * word in which IPv6 bounds differ) are cut into at most about 4 buckets per segment of 2^shift
 * values each. `from[b]` is the last segment starting before bucket b (or -1): a value in bucket
 * b lies in a segment from[b]..from[b + 1], or in none.
 */
interface Buckets {
  /** Smallest and largest word any segment covers. */
  low: number;
  high: number;
  shift: number;
  /** low >>> shift, so a value's bucket is (value >>> shift) - base. */
  base: number;
  from: Int32Array;
}

/** Buckets over segments whose first words (ascending) and last words are given as uint32. */
const bucketize = (firstWords: Float64Array, low: number, high: number): Buckets => {
  const n = firstWords.length;
  let shift = 0;
  while (shift < 32 && Math.floor(high / 2 ** shift) - Math.floor(low / 2 ** shift) >= 4 * n + 16) {
    shift++;
  }
  const base = Math.floor(low / 2 ** shift);
  const count = Math.floor(high / 2 ** shift) - base + 1;
  const from = new Int32Array(count + 1);
  let at = -1;
  for (let b = 0; b <= count; b++) {
    const start = (base + b) * 2 ** shift;
    while (at + 1 < n && firstWords[at + 1] < start) at++;
    from[b] = at;
  }
  return { low, high, shift, base, from };
};

export const createPoolLocator = (pools: PoolBlocks[]): PoolLocator => {
  const indexOf = new Map(pools.map((pool, i) => [pool.name, i] as const));
  const byFamily: Record<IPFamily, Array<{ block: AddressBlock; owner: string; order: number }>> = {
    4: [],
    6: [],
  };
  let order = 0;
  for (const pool of pools) {
    for (const block of pool.blocks)
      byFamily[block.family].push({ block, owner: pool.name, order: order++ });
  }
  const segments: Record<IPFamily, Segments> = {
    4: buildSegments(byFamily[4]),
    6: buildSegments(byFamily[6]),
  };
  // IPv4 bounds fit in doubles exactly, so IPv4 lookups stay in plain numbers.
  const v4 = {
    firsts: Float64Array.from(segments[4].firsts, Number),
    lasts: Float64Array.from(segments[4].lasts, Number),
    owners: segments[4].owners,
  };
  const find6 = (value: bigint): string | undefined => {
    const { firsts, lasts, owners } = segments[6];
    const at = lastStartingAtOrBefore(firsts, value);
    return at >= 0 && value <= lasts[at] ? owners[at] : undefined;
  };
  // IPv6 bounds as four 32-bit words each, so a scanned IPv6 is found without making a bigint.
  const toWords = (values: bigint[]): Uint32Array => {
    const words = new Uint32Array(values.length * 4);
    values.forEach((v, i) => {
      for (let w = 0; w < 4; w++)
        words[i * 4 + w] = Number((v >> BigInt(96 - 32 * w)) & 0xffffffffn);
    });
    return words;
  };
  const firsts6 = toWords(segments[6].firsts);
  const lasts6 = toWords(segments[6].lasts);
  /** Compares bound i of `bounds` with the address a..d: negative, zero or positive. */
  const compare6 = (
    bounds: Uint32Array,
    i: number,
    a: number,
    b: number,
    c: number,
    d: number,
  ): number =>
    bounds[i * 4] - a || bounds[i * 4 + 1] - b || bounds[i * 4 + 2] - c || bounds[i * 4 + 3] - d;
  const owners6 = Int32Array.from(segments[6].owners, (name) => indexOf.get(name) as number);
  const owners4 = Int32Array.from(segments[4].owners, (name) => indexOf.get(name) as number);
  // IPv6 bounds usually share their first words (one /32 or /48 for every pool): bucket on the
  // first word in which they differ, and refuse at once any address outside that shared prefix.
  const n6 = owners6.length;
  let window = 0;
  while (
    n6 > 0 &&
    window < 3 &&
    firsts6[window] === lasts6[(n6 - 1) * 4 + window] &&
    firsts6.every((w, i) => i % 4 !== window || w === firsts6[window]) &&
    lasts6.every((w, i) => i % 4 !== window || w === firsts6[window])
  ) {
    window++;
  }
  const prefix = Array.from(firsts6.subarray(0, window));
  const buckets6 = bucketize(
    Float64Array.from({ length: n6 }, (_, i) => firsts6[i * 4 + window]),
    n6 > 0 ? firsts6[window] : 0,
    n6 > 0 ? lasts6[(n6 - 1) * 4 + window] : 0,
  );
  /** Segment containing a..d, or -1. */
  const segment6 = (a: number, b: number, c: number, d: number): number => {
    if (n6 === 0) return -1;
    for (let w = 0; w < window; w++) {
      if ((w === 0 ? a : w === 1 ? b : c) !== prefix[w]) return -1;
    }
    const word = window === 0 ? a : window === 1 ? b : window === 2 ? c : d;
    const { low, high, shift, base, from } = buckets6;
    if (word < low || word > high) return -1;
    const bucket = (word >>> shift) - base;
    let lo = from[bucket] < 0 ? 0 : from[bucket];
    let hi = from[bucket + 1];
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (compare6(firsts6, mid, a, b, c, d) <= 0) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found >= 0 && compare6(lasts6, found, a, b, c, d) >= 0 ? found : -1;
  };
  const find6Words = (a: number, b: number, c: number, d: number): string | undefined => {
    const at = segment6(a, b, c, d);
    return at < 0 ? undefined : segments[6].owners[at];
  };
  const n4 = owners4.length;
  const buckets4 = bucketize(v4.firsts, n4 > 0 ? v4.firsts[0] : 0, n4 > 0 ? v4.lasts[n4 - 1] : 0);
  const find4Index = (value: number): number => {
    const { low, high, shift, base, from } = buckets4;
    if (n4 === 0 || value < low || value > high) return -1;
    const b = (value >>> shift) - base;
    // the last segment starting at or before value, among from[b]..from[b + 1]
    let lo = from[b] < 0 ? 0 : from[b];
    let hi = from[b + 1];
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (v4.firsts[mid] <= value) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found >= 0 && value <= v4.lasts[found] ? owners4[found] : -1;
  };
  const find6Index = (a: number, b: number, c: number, d: number): number => {
    const at = segment6(a, b, c, d);
    return at < 0 ? -1 : owners6[at];
  };
  const find4 = (value: number): string | undefined => {
    const at = lastAtOrBefore(v4.firsts, value);
    return at >= 0 && value <= v4.lasts[at] ? v4.owners[at] : undefined;
  };
  const findScan = (scan: IPScan): string | undefined => {
    if (scan.family === 4) return find4(scan.v4);
    const g = scan.groups;
    return find6Words(
      g[0] * 65536 + g[1],
      g[2] * 65536 + g[3],
      g[4] * 65536 + g[5],
      g[6] * 65536 + g[7],
    );
  };
  return {
    segments: {
      4: { firsts: segments[4].firsts, lasts: segments[4].lasts, owners: owners4 },
      6: { firsts: segments[6].firsts, lasts: segments[6].lasts, owners: owners6 },
    },
    find: (ip) => (ip.family === 4 ? find4(Number(ip.value)) : find6(ip.value)),
    findScan,
    findScanIndex: (scan) => {
      const name = findScan(scan);
      return name === undefined ? -1 : (indexOf.get(name) as number);
    },
    find4Index,
    find6Index,
  };
};
