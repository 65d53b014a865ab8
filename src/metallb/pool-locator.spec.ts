import fc from 'fast-check';
import type { AddressBlock } from './blocks';
import { blockContains } from './blocks';
import type { IPAddress } from './ip';
import { createPoolLocator } from './pool-locator';

// The word-based lookups of the recompute (bucketed first level, then a binary search) against the
// plain rule: the first pool, in order, one of whose blocks contains the address.
const V6_BASE = 0x20010db8n << 96n;

const block = (family: 4 | 6, first: bigint, size: bigint): AddressBlock => ({
  family,
  first,
  last: first + size - 1n,
});

const words = (value: bigint): [number, number, number, number] => [
  Number((value >> 96n) & 0xffffffffn),
  Number((value >> 64n) & 0xffffffffn),
  Number((value >> 32n) & 0xffffffffn),
  Number(value & 0xffffffffn),
];

describe('createPoolLocator: find4Index and find6Index', () => {
  // Clustered and scattered blocks of all sizes, overlapping at times (the earlier pool wins).
  const v4Block = fc
    .tuple(fc.oneof(fc.nat(4096), fc.nat(0xffffffff)), fc.integer({ min: 0, max: 32 }))
    .map(([start, bits]) => {
      const size = 1n << BigInt(32 - bits);
      const first = (BigInt(start) / size) * size;
      return block(4, first, size);
    });
  const v6Block = fc
    .tuple(
      fc.oneof(fc.bigInt(0n, 4096n), fc.bigInt(0n, (1n << 96n) - 1n)),
      fc.integer({ min: 32, max: 128 }),
      fc.boolean(),
    )
    .map(([start, bits, elsewhere]) => {
      const size = 1n << BigInt(128 - bits);
      const first = ((V6_BASE + start) / size) * size;
      // now and then a block outside 2001:db8::/32, so that no prefix is shared
      return block(6, elsewhere ? first ^ (1n << 120n) : first, size);
    });
  const pools = fc.array(fc.array(fc.oneof(v4Block, v6Block), { minLength: 1, maxLength: 3 }), {
    maxLength: 12,
  });

  it('finds the first pool whose blocks contain the address', () => {
    fc.assert(
      fc.property(pools, fc.array(fc.nat(), { minLength: 20, maxLength: 20 }), (layout, picks) => {
        const named = layout.map((blocks, i) => ({ name: `p${i}`, blocks }));
        const locator = createPoolLocator(named);
        const all = layout.flat();
        // addresses at, around and between the bounds of the blocks, plus a few anywhere
        const probes: IPAddress[] = [];
        for (const b of all) {
          for (const value of [
            b.first - 1n,
            b.first,
            b.last,
            b.last + 1n,
            (b.first + b.last) / 2n,
          ]) {
            const max = b.family === 4 ? 0xffffffffn : (1n << 128n) - 1n;
            if (value >= 0n && value <= max) probes.push({ family: b.family, value });
          }
        }
        picks.forEach((p, i) =>
          probes.push(
            i % 2 === 0
              ? { family: 4, value: BigInt(p) % 0x100000000n }
              : { family: 6, value: V6_BASE + BigInt(p) * 0x1000000000n },
          ),
        );
        return probes.every((ip) => {
          const expected = named.findIndex((p) => p.blocks.some((b) => blockContains(b, ip)));
          const found =
            ip.family === 4
              ? locator.find4Index(Number(ip.value))
              : locator.find6Index(...words(ip.value));
          return found === expected && locator.find(ip) === named[expected]?.name;
        });
      }),
      { numRuns: 3000 },
    );
  });

  it('finds nothing without pools of the family', () => {
    const locator = createPoolLocator([]);
    expect(locator.find4Index(0)).toBe(-1);
    expect(locator.find6Index(0, 0, 0, 1)).toBe(-1);
  });
});
