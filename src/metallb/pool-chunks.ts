// The counting pass of a full recompute. Addresses are cut into chunks of 256 (an IPv4 /24, an
// IPv6 /120), and a hash table holds the first chunks of every pool, each with the pool, the part
// of the chunk one segment of the pool covers, and 256 bits, one per address. One probe then
// answers for most IPs both questions a recompute asks: which pool's blocks contain the IP
// (containment) and whether that pool counted it already (dedupe). The annotation naming a pool is
// checked against the chunk's pool by comparing the two name strings, usually the same interned
// string, so the name-to-pool lookup runs only when they differ.
//
// Everything else (an IP in no chunk or outside the covered part, or whose Service names another
// pool) takes the slow path: the pool by name, else by the locator, and a (pool, IP) hash set.
// Which path counts an IP depends only on the IP and the pool it is counted in, so the copies of a
// shared IP always meet in the same structure. Segments are disjoint (the locator resolved
// overlaps), so an IP in the covered part is in that segment's pool and in no other.
//
// MetalLB hands out a pool's addresses from its start, so the first CHUNKS_PER_POOL chunks of
// each pool (1,024 addresses per family) hold nearly all assigned IPs; a pool with more Services
// than that is still counted exactly, its later IPs on the slow path.
import { annotations as annotationKeys, legacyAnnotations } from './annotations';
import type { IPFamily } from './ip';
import { scanIPInto } from './ip';
import type { IPv4PairSet, IPv6PairSet } from './pair-sets';
import type { OwnedSegments, PoolLocator } from './pool-locator';
import type { Service } from './types';

/** Chunks per pool and family that get a table entry, in address order. */
export const CHUNKS_PER_POOL = 4;
/** All chunks with an entry together (their bits: 512 KiB). */
export const CHUNKS_MAX = 1 << 14;

// Table rows. IPv4, 4 words: [chunk + 1 (0: empty), pool, first | last << 8, first word of bits].
// IPv6, 8 words: [pool + 1 (0: empty), w0, w1, w2, w3 >>> 8, first | last << 8, first word, -].
// "first" and "last" bound the covered part of the chunk: offsets 0..255 within it.
const ROW4 = 4;
const ROW6 = 8;
const WORDS_PER_CHUNK = 256 / 32;

export interface PoolChunks {
  table4: Int32Array;
  mask4: number;
  table6: Int32Array;
  mask6: number;
  /** 256 bits per chunk with an entry; all zero between recomputes. */
  bits: Int32Array;
  /** Set while a recompute runs: if one ever stops half-way, the next zeroes all of `bits`. */
  dirty: boolean;
  /**
   * Pool names by position, as the very strings that key `positions` (interned), so that an
   * annotation holding the same interned string is recognised by identity.
   */
  names: string[];
}

/** A chunk with an entry: the pool of the segment it was given to, and the part that covers. */
interface ChunkEntry {
  chunk: bigint;
  owner: number;
  first: number;
  last: number;
}

/**
 * The chunks each pool gets (its first CHUNKS_PER_POOL in address order), for the sorted, disjoint
 * segments of one family. Walking the segments in address order meets every chunk in order, so a
 * chunk two segments share is the one met just before: it stays with the first.
 */
const chunkEntries = (segments: OwnedSegments, pools: number): ChunkEntry[] => {
  const { firsts, lasts, owners } = segments;
  const budget = new Int32Array(pools).fill(CHUNKS_PER_POOL);
  const chunks: ChunkEntry[] = [];
  let previous = -1n;
  for (let i = 0; i < firsts.length; i++) {
    const owner = owners[i];
    const first = firsts[i];
    const last = lasts[i];
    for (let chunk = first >> 8n; chunk <= last >> 8n && budget[owner] > 0; chunk++) {
      if (chunk === previous) continue;
      previous = chunk;
      budget[owner]--;
      const start = chunk << 8n;
      const end = start | 255n;
      chunks.push({
        chunk,
        owner,
        first: Number((first > start ? first : start) - start),
        last: Number((last < end ? last : end) - start),
      });
    }
  }
  return chunks;
};

const hash4 = (chunk: number): number => {
  const h = Math.imul(chunk, 0x9e3779b1);
  return h ^ (h >>> 15);
};

const hash6 = (w0: number, w1: number, w2: number, chunk: number): number => {
  let h = Math.imul(chunk, 0x9e3779b1);
  h = Math.imul(h ^ w2, 0x85ebca6b);
  h = Math.imul(h ^ w1, 0xc2b2ae35);
  h = Math.imul(h ^ w0, 0x27d4eb2f);
  return h ^ (h >>> 15);
};

/** Slots for `entries` rows at most half full, a power of two. */
const tableSlots = (entries: number): number => {
  let slots = 16;
  while (slots < entries * 2) slots *= 2;
  return slots;
};

const int32 = (value: bigint): number => Number(BigInt.asIntN(32, value));

export const createPoolChunks = (
  segments: Record<IPFamily, OwnedSegments>,
  positions: Record<string, number>,
): PoolChunks => {
  const names: string[] = [];
  for (const name of Object.keys(positions)) names[positions[name]] = name;
  const pools = names.length;
  let words = 0;
  const take = (chunks: ChunkEntry[]): ChunkEntry[] => {
    const room = Math.max(0, Math.min(chunks.length, CHUNKS_MAX - words / WORDS_PER_CHUNK));
    words += room * WORDS_PER_CHUNK;
    return chunks.slice(0, room);
  };
  const chunks4 = take(chunkEntries(segments[4], pools));
  const chunks6 = take(chunkEntries(segments[6], pools));
  let base = 0;
  const slots4 = tableSlots(chunks4.length);
  const table4 = new Int32Array(slots4 * ROW4);
  for (const c of chunks4) {
    const key = Number(c.chunk);
    let slot = hash4(key) & (slots4 - 1);
    while (table4[slot * ROW4] !== 0) slot = (slot + 1) & (slots4 - 1);
    const row = slot * ROW4;
    table4[row] = key + 1;
    table4[row + 1] = c.owner;
    table4[row + 2] = c.first | (c.last << 8);
    table4[row + 3] = base;
    base += WORDS_PER_CHUNK;
  }
  const slots6 = tableSlots(chunks6.length);
  const table6 = new Int32Array(slots6 * ROW6);
  for (const c of chunks6) {
    const w0 = int32(c.chunk >> 88n);
    const w1 = int32(c.chunk >> 56n);
    const w2 = int32(c.chunk >> 24n);
    const key = Number(c.chunk & 0xffffffn);
    let slot = hash6(w0, w1, w2, key) & (slots6 - 1);
    while (table6[slot * ROW6] !== 0) slot = (slot + 1) & (slots6 - 1);
    const row = slot * ROW6;
    table6[row] = c.owner + 1;
    table6[row + 1] = w0;
    table6[row + 2] = w1;
    table6[row + 3] = w2;
    table6[row + 4] = key;
    table6[row + 5] = c.first | (c.last << 8);
    table6[row + 6] = base;
    base += WORDS_PER_CHUNK;
  }
  return {
    table4,
    mask4: slots4 - 1,
    table6,
    mask6: slots6 - 1,
    bits: new Int32Array(Math.max(base, 1)),
    dirty: false,
    names,
  };
};

/** The table's entries, for inspection: each chunk (address >> 8), its pool and covered part. */
export const listChunks = (
  chunks: PoolChunks,
): Array<{ family: IPFamily; chunk: bigint; pool: number; first: number; last: number }> => {
  const entries = [];
  const { table4, table6 } = chunks;
  for (let row = 0; row < table4.length; row += ROW4) {
    if (table4[row] === 0) continue;
    const span = table4[row + 2];
    const chunk = BigInt(table4[row] - 1);
    entries.push({
      family: 4 as const,
      chunk,
      pool: table4[row + 1],
      first: span & 255,
      last: span >>> 8,
    });
  }
  for (let row = 0; row < table6.length; row += ROW6) {
    if (table6[row] === 0) continue;
    const span = table6[row + 5];
    const word = (at: number) => BigInt(table6[row + at] >>> 0);
    const chunk = (word(1) << 88n) | (word(2) << 56n) | (word(3) << 24n) | word(4);
    entries.push({
      family: 6 as const,
      chunk,
      pool: table6[row] - 1,
      first: span & 255,
      last: span >>> 8,
    });
  }
  return entries.sort(
    (a, b) => a.family - b.family || (a.chunk < b.chunk ? -1 : a.chunk > b.chunk ? 1 : 0),
  );
};

// Scratch, reused from call to call (JavaScript runs one call at a time): the parsed IP's words.
const words = new Int32Array(4);
const ALLOCATED_FROM = annotationKeys.ipAllocatedFromPool;
const LEGACY_ALLOCATED_FROM = legacyAnnotations.ipAllocatedFromPool;

/**
 * Adds to assigned4 and assigned6 (per pool position) the distinct IPs each pool holds among the
 * LoadBalancer Services, attributed by the ip-allocated-from-pool annotation when it names a pool
 * in `positions`, else by containment. One pass, nothing allocated per Service.
 */
export const countAssigned = (
  chunks: PoolChunks,
  positions: Record<string, number>,
  locator: PoolLocator,
  services: Service[],
  assigned4: Int32Array,
  assigned6: Int32Array,
  seen4: IPv4PairSet,
  seen6: IPv6PairSet,
): void => {
  const { table4, mask4, table6, mask6, bits, names } = chunks;
  if (chunks.dirty) bits.fill(0);
  chunks.dirty = true;
  let counted = 0;
  for (let s = 0; s < services.length; s++) {
    const service = services[s];
    if (service.spec?.type !== 'LoadBalancer') continue;
    const ingress = service.status?.loadBalancer?.ingress;
    if (ingress === undefined || ingress.length === 0) continue;
    const annotations = service.metadata?.annotations;
    // Constant keys, the new one first (it wins even when empty), as readMetalLBAnnotation.
    const named =
      annotations === undefined
        ? undefined
        : (annotations[ALLOCATED_FROM] ?? annotations[LEGACY_ALLOCATED_FROM]);
    for (let i = 0; i < ingress.length; i++) {
      const ip = ingress[i].ip;
      if (!ip) continue;
      const family = scanIPInto(ip, words);
      if (family === 4) {
        const v4 = words[0];
        const chunk = v4 >>> 8;
        const offset = v4 & 255;
        let row = -1;
        for (let slot = hash4(chunk) & mask4; ; slot = (slot + 1) & mask4) {
          const key = table4[slot * ROW4];
          if (key === chunk + 1) {
            row = slot * ROW4;
            break;
          }
          if (key === 0) break;
        }
        let pool = -2;
        if (row >= 0) {
          const span = table4[row + 2];
          if (offset >= (span & 255) && offset <= span >>> 8) {
            const owner = table4[row + 1];
            // the chunk's pool, unless the Service names another pool that exists
            // (positions has no prototype: only pool names are found, "__proto__" too)
            pool =
              named === undefined || named === names[owner] ? owner : (positions[named] ?? owner);
            if (pool === owner) {
              const at = table4[row + 3] + (offset >>> 5);
              const word = bits[at];
              // branch-free: counts the bit if it was clear
              assigned4[owner] += ((word >>> (offset & 31)) & 1) ^ 1;
              bits[at] = word | (1 << (offset & 31));
              counted++;
              continue;
            }
          }
        }
        if (pool === -2) pool = named === undefined ? -1 : (positions[named] ?? -1);
        if (pool === -1) pool = locator.find4Index(v4 >>> 0);
        if (pool >= 0 && seen4.add(pool, v4)) assigned4[pool]++;
      } else if (family === 6) {
        const w0 = words[0];
        const w1 = words[1];
        const w2 = words[2];
        const w3 = words[3];
        const chunk = w3 >>> 8;
        const offset = w3 & 255;
        let row = -1;
        for (let slot = hash6(w0, w1, w2, chunk) & mask6; ; slot = (slot + 1) & mask6) {
          const at = slot * ROW6;
          if (table6[at] === 0) break;
          if (
            table6[at + 4] === chunk &&
            table6[at + 3] === w2 &&
            table6[at + 2] === w1 &&
            table6[at + 1] === w0
          ) {
            row = at;
            break;
          }
        }
        let pool = -2;
        if (row >= 0) {
          const span = table6[row + 5];
          if (offset >= (span & 255) && offset <= span >>> 8) {
            const owner = table6[row] - 1;
            pool =
              named === undefined || named === names[owner] ? owner : (positions[named] ?? owner);
            if (pool === owner) {
              const at = table6[row + 6] + (offset >>> 5);
              const word = bits[at];
              assigned6[owner] += ((word >>> (offset & 31)) & 1) ^ 1;
              bits[at] = word | (1 << (offset & 31));
              counted++;
              continue;
            }
          }
        }
        if (pool === -2) pool = named === undefined ? -1 : (positions[named] ?? -1);
        if (pool === -1) pool = locator.find6Index(w0 >>> 0, w1 >>> 0, w2 >>> 0, w3 >>> 0);
        if (pool >= 0 && seen6.add(pool, w0, w1, w2, w3)) assigned6[pool]++;
      }
    }
  }
  if (counted > 0) bits.fill(0);
  chunks.dirty = false;
};
