import fc from 'fast-check';
import type { Cidr } from './blocks';
import { blockContains, formatCidr } from './blocks';
import type { IPAddress } from './ip';
import { formatIP } from './ip';
import { poolForIP, poolForService, poolRanges } from './pool-ranges';
import { allocatedService, pool, service } from './test-factories';

const V6_BASE = 0x20010db8n << 96n;

const cidr = (family: 4 | 6, start: bigint, prefix: number): Cidr => {
  const size = 1n << BigInt((family === 4 ? 32 : 128) - prefix);
  const first = (start / size) * size;
  return { family, first, last: first + size - 1n, prefix };
};

describe('poolForIP', () => {
  // Clustered and scattered blocks of all sizes, overlapping at times (the earlier pool wins).
  const v4Block = fc
    .tuple(fc.oneof(fc.nat(4096), fc.nat(0xffffffff)), fc.integer({ min: 0, max: 32 }))
    .map(([start, prefix]) => cidr(4, BigInt(start), prefix));
  const v6Block = fc
    .tuple(
      fc.oneof(fc.bigInt(0n, 4096n), fc.bigInt(0n, (1n << 96n) - 1n)),
      fc.integer({ min: 32, max: 128 }),
      fc.boolean(),
    )
    // now and then a block outside 2001:db8::/32
    .map(([start, prefix, elsewhere]) =>
      cidr(6, (V6_BASE + start) ^ (elsewhere ? 1n << 120n : 0n), prefix),
    );
  const layouts = fc.array(fc.array(fc.oneof(v4Block, v6Block), { minLength: 1, maxLength: 3 }), {
    maxLength: 12,
  });

  it('finds the first pool, in list order, one of whose blocks holds the address', () => {
    fc.assert(
      fc.property(
        layouts,
        fc.array(fc.nat(), { minLength: 20, maxLength: 20 }),
        (layout, picks) => {
          const pools = layout.map((blocks, i) => pool(`p${i}`, blocks.map(formatCidr)));
          // addresses at, around and between the bounds of the blocks, plus a few anywhere
          const probes: IPAddress[] = [];
          for (const b of layout.flat()) {
            const max = b.family === 4 ? 0xffffffffn : (1n << 128n) - 1n;
            for (const value of [
              b.first - 1n,
              b.first,
              b.last,
              b.last + 1n,
              (b.first + b.last) / 2n,
            ])
              if (value >= 0n && value <= max) probes.push({ family: b.family, value });
          }
          picks.forEach((p, i) =>
            probes.push(
              i % 2 === 0
                ? { family: 4, value: BigInt(p) % 0x100000000n }
                : { family: 6, value: V6_BASE + BigInt(p) * 0x1000000000n },
            ),
          );
          return probes.every((ip) => {
            // ::ffff:a.b.c.d prints as IPv4 and is IPv4 to Go: no IPv6 pool can hold it
            const asGo = formatIP(ip).includes('.')
              ? { family: 4 as const, value: ip.value & 0xffffffffn }
              : ip;
            const expected = layout.findIndex((blocks) =>
              blocks.some((b) => blockContains(b, asGo)),
            );
            return poolForIP(pools, formatIP(ip)) === (expected < 0 ? undefined : `p${expected}`);
          });
        },
      ),
      { numRuns: 3000 },
    );
  });

  const pools = [
    pool('web', ['192.168.10.0/24', '2001:db8:10::/64']),
    pool('db', ['192.168.10.128/25', '192.168.20.0-192.168.20.9']),
  ];

  it('takes the pool the controller named when it exists, else the pool holding the IP', () => {
    expect(poolForIP(pools, '192.168.20.3')).toBe('db');
    expect(poolForIP(pools, '192.168.10.200')).toBe('web'); // overlap: the earlier pool
    expect(poolForIP(pools, '2001:DB8:10::1')).toBe('web');
    expect(poolForIP(pools, '::ffff:192.168.20.3')).toBe('db');
    expect(poolForIP(pools, '192.168.10.7', 'db')).toBe('db');
    expect(poolForIP(pools, '192.168.10.7', 'deleted')).toBe('web');
    expect(poolForIP(pools, '203.0.113.1')).toBeUndefined();
    expect(poolForIP(pools, '192.168.010.7')).toBeUndefined(); // Go refuses leading zeros
    expect(poolForIP([], '192.168.10.7')).toBeUndefined();
  });

  it('answers for a Service from its annotation and first LoadBalancer IP with a pool', () => {
    expect(poolForService(pools, allocatedService('a', 'db', ['192.168.10.7']))).toBe('db');
    expect(poolForService(pools, service('b', ['203.0.113.1', '2001:db8:10::5']))).toBe('web');
    expect(poolForService(pools, service('pending', []))).toBeUndefined();
  });

  it('indexes a pool list once per list object, and a pool once per pool object', () => {
    const first = poolRanges(pools);
    expect(poolRanges(pools)).toBe(first);
    const again = poolRanges([...pools]);
    expect(again).not.toBe(first);
    expect(again.pools[0]).toBe(first.pools[0]);
  });
});
