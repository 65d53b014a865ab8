// Per-pool address windows for counting distinct IPs in a full recompute with one bit per address
// instead of a hash-table slot per IP. MetalLB hands out a pool's addresses from the start of its
// blocks, so the IPs counted for a pool mostly fall among its first addresses: each pool gets a
// window of its first WINDOW_MAX IPv4 addresses and of its first WINDOW_MAX IPv6 addresses in the
// /96 its first IPv6 block starts in, each with its own run of bits. A bit stands for exactly one
// (pool, family, address), so the copies of a shared IP find the same bit; IPs outside their
// pool's window (a Service can name a pool that does not contain its IP) go to the (pool, IP)
// hash sets instead, and which of the two counts an IP depends on the pool and the IP alone. The
// bitmap is at most 1 KiB per pool, and touched densely, so it stays in cache while the recompute
// walks megabytes of Service objects, where a hash slot per IP, touched once a call, would not.
import type { AddressBlock } from './blocks';

/** Largest window, in addresses, a pool gets per family. */
export const WINDOW_MAX = 1 << 12;
/** All windows together, in bits (512 KiB); pools beyond it count through the hash sets. */
export const TOTAL_BITS_MAX = 1 << 22;

/**
 * Fields per pool in `geo`: IPv4 window start (as int32), size, first bit; IPv6 /96 prefix as
 * three int32 words, window start in the last word (as int32), size, first bit. Size 0 = none.
 */
export const GEO_STRIDE = 9;
export const V4_START = 0;
export const V4_SIZE = 1;
export const V4_BIT = 2;
export const V6_W0 = 3;
export const V6_W1 = 4;
export const V6_W2 = 5;
export const V6_START = 6;
export const V6_SIZE = 7;
export const V6_BIT = 8;

export interface PoolWindows {
  geo: Int32Array;
  /** One bit per window address; all zero between recomputes. */
  bits: Int32Array;
  /** Scratch for the recompute: the words of `bits` it made non-zero, to zero them afterwards. */
  touched: Int32Array;
  /** Set while a recompute runs: if one ever stops half-way, the next zeroes all of `bits`. */
  dirty: boolean;
}

const WORD = 0xffffffffn;
const int32 = (value: bigint): number => Number(value & WORD) | 0;

/**
 * The first addresses of `blocks` (by value), at most WINDOW_MAX of them: the ones MetalLB hands
 * out first. Addresses beyond it are still counted, in the hash sets.
 */
const firstAddresses = (
  blocks: AddressBlock[],
  limit: bigint,
): { first: bigint; size: number } | undefined => {
  if (blocks.length === 0) return undefined;
  let first = blocks[0].first;
  let last = blocks[0].last;
  for (const block of blocks) {
    if (block.first < first) first = block.first;
    if (block.last > last) last = block.last;
  }
  if (last > limit) last = limit;
  const size = last - first + 1n;
  return { first, size: size < BigInt(WINDOW_MAX) ? Number(size) : WINDOW_MAX };
};

const window4 = (blocks: AddressBlock[]): { first: bigint; size: number } | undefined =>
  firstAddresses(
    blocks.filter((b) => b.family === 4),
    WORD,
  );

/** IPv6: within the /96 the pool's first IPv6 block starts in, from its lowest block start there. */
const window6 = (
  blocks: AddressBlock[],
): { prefix: bigint; first: bigint; size: number } | undefined => {
  const v6 = blocks.filter((b) => b.family === 6);
  if (v6.length === 0) return undefined;
  const prefix = v6[0].first >> 32n;
  const range = firstAddresses(
    v6.filter((b) => b.first >> 32n === prefix),
    (prefix << 32n) | WORD,
  );
  return range && { prefix, ...range };
};

export const createPoolWindows = (pools: Array<{ blocks: AddressBlock[] }>): PoolWindows => {
  const geo = new Int32Array(pools.length * GEO_STRIDE);
  let bits = 0;
  pools.forEach((pool, i) => {
    const at = i * GEO_STRIDE;
    const w4 = window4(pool.blocks);
    if (w4 && bits + w4.size <= TOTAL_BITS_MAX) {
      geo[at + V4_START] = int32(w4.first);
      geo[at + V4_SIZE] = w4.size;
      geo[at + V4_BIT] = bits;
      bits += w4.size;
    }
    const w6 = window6(pool.blocks);
    if (w6 && bits + w6.size <= TOTAL_BITS_MAX) {
      geo[at + V6_W0] = int32(w6.prefix >> 64n);
      geo[at + V6_W1] = int32(w6.prefix >> 32n);
      geo[at + V6_W2] = int32(w6.prefix);
      geo[at + V6_START] = int32(w6.first);
      geo[at + V6_SIZE] = w6.size;
      geo[at + V6_BIT] = bits;
      bits += w6.size;
    }
  });
  const words = (bits >>> 5) + 1;
  return { geo, bits: new Int32Array(words), touched: new Int32Array(words), dirty: false };
};
