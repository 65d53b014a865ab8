// How many addresses a pool can hand out, exactly, in bigint: MetalLB's own counters saturate at
// int64 max for blocks with 62+ host bits; we never round.
import type { AddressBlock } from './blocks';
import { readAddressEntry } from './blocks';
import type { IPAddressPool } from './types';

export interface PoolCapacity {
  ipv4: bigint;
  ipv6: bigint;
}

/** IPv4 addresses in 0..n whose last octet is 0 or 255 (n = -1 counts none). */
const buggyUpTo = (n: bigint): bigint => (n < 0n ? 0n : n / 256n + 1n + (n + 1n) / 256n);

/** Addresses the allocator can use in a block: all, or without IPv4 x.x.x.0 / x.x.x.255. */
export const usableAddressCount = (block: AddressBlock, avoidBuggyIPs = false): bigint => {
  const size = block.last - block.first + 1n;
  if (!avoidBuggyIPs || block.family !== 4) return size;
  return size - (buggyUpTo(block.last) - buggyUpTo(block.first - 1n));
};

/** Sorts and merges blocks of one family so that shared addresses count once. */
export const mergeBlocks = (blocks: AddressBlock[]): AddressBlock[] => {
  const sorted = [...blocks].sort((a, b) =>
    a.family !== b.family
      ? a.family - b.family
      : a.first < b.first
        ? -1
        : a.first > b.first
          ? 1
          : 0,
  );
  const merged: AddressBlock[] = [];
  for (const block of sorted) {
    const top = merged[merged.length - 1];
    if (top && top.family === block.family && block.first <= top.last + 1n) {
      if (block.last > top.last) merged[merged.length - 1] = { ...top, last: block.last };
    } else {
      merged.push(block);
    }
  }
  return merged;
};

/** The valid blocks of a pool; invalid entries are the validator's business and count nothing. */
export const poolBlocks = (pool: IPAddressPool): AddressBlock[] => {
  const blocks: AddressBlock[] = [];
  for (const text of pool.spec?.addresses ?? []) {
    const entry = readAddressEntry(text);
    if (entry.ok) blocks.push(entry.block);
  }
  return blocks;
};

export const capacityOfBlocks = (blocks: AddressBlock[], avoidBuggyIPs: boolean): PoolCapacity => {
  const capacity = { ipv4: 0n, ipv6: 0n };
  for (const block of mergeBlocks(blocks)) {
    const count = usableAddressCount(block, avoidBuggyIPs);
    if (block.family === 4) capacity.ipv4 += count;
    else capacity.ipv6 += count;
  }
  return capacity;
};

/** Distinct usable addresses per family: a /24 is 256, or 254 with avoidBuggyIPs; a /64 is 2^64. */
export const poolCapacity = (pool: IPAddressPool): PoolCapacity =>
  capacityOfBlocks(poolBlocks(pool), pool.spec?.avoidBuggyIPs === true);
