import fc from 'fast-check';
import { parseAddressBlock } from './blocks';
import { formatIP, parseIP } from './ip';
import { createPoolWindows, GEO_STRIDE, V4_SIZE, V6_SIZE, WINDOW_MAX } from './pool-windows';
import { pool, service } from './test-factories';
import type { IPAddressPool, Service } from './types';
import { poolUtilization } from './utilization';

// The recompute counts most IPs in bitmaps over each pool's window (pool-windows.ts) and the rest
// in hash sets. Pools here are small blocks around a few bases, IPs fall inside, at the edges of
// and just outside their windows, and Services name pools they are not in: each copy of an IP
// must land in the same structure, and nothing may stay set from one call to the next.
const oracle = (pools: IPAddressPool[], services: Service[]) => {
  const names = pools.map((p) => p.metadata!.name!);
  const blocks = pools.map((p) => (p.spec?.addresses ?? []).map(parseAddressBlock));
  const seen = new Set<string>();
  const counts = new Map(names.map((n) => [n, { v4: 0, v6: 0 }]));
  for (const svc of services) {
    const named = svc.metadata?.annotations?.['metallb.io/ip-allocated-from-pool'];
    for (const ingress of svc.status?.loadBalancer?.ingress ?? []) {
      const ip = parseIP(ingress.ip!)!;
      const at =
        named !== undefined && names.includes(named)
          ? names.indexOf(named)
          : blocks.findIndex((bs) =>
              bs.some((b) => b.family === ip.family && b.first <= ip.value && ip.value <= b.last),
            );
      if (at < 0) continue;
      const key = `${names[at]} ${formatIP(ip)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const c = counts.get(names[at])!;
      if (ip.family === 4) c.v4++;
      else c.v6++;
    }
  }
  return counts;
};

// Disjoint homes, so that containment is unambiguous: pool i lives in 10.i.x.x and 2001:db8:i::.
const poolArb = (i: number) =>
  fc
    .record({
      v4: fc.constantFrom(
        [],
        [`10.${i}.0.0/28`],
        [`10.${i}.0.0/24`, `10.${i}.2.0/30`],
        [`10.${i}.0.10-10.${i}.0.20`],
        [`10.${i}.0.0/15`], // larger than a window: hashed
      ),
      v6: fc.constantFrom(
        [],
        [`2001:db8:${i}::/124`],
        [`2001:db8:${i}::/120`, `2001:db8:${i}:1::100-2001:db8:${i}:1::1ff`],
        [`2001:db8:${i}::/64`], // larger than a window: hashed
        [`2001:db8:${i}:0:0:1::/120`, `2001:db8:${i}::/124`],
      ),
    })
    .map(({ v4, v6 }) => pool(`p${i}`, [...v4, ...v6]));

const ipArb = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 0, max: 3 }),
      fc.constantFrom(0, 1, 2, 3),
      fc.integer({ min: 0, max: 255 }),
    )
    .map(([i, c, d]) => `10.${i}.${c}.${d}`),
  fc
    .tuple(
      fc.integer({ min: 0, max: 3 }),
      fc.constantFrom('::', ':0:0:1:0:', ':1::', '::1:'),
      fc.integer({ min: 0, max: 0x2ff }),
    )
    .map(([i, mid, low]) => `2001:db8:${i}${mid}${low.toString(16)}`),
);

describe('poolUtilization with address windows', () => {
  it('counts as the plain rule does, inside, at the edges of and outside the windows', () => {
    const pools = fc.tuple(poolArb(0), poolArb(1), poolArb(2), poolArb(3));
    const svc = fc.record({
      ips: fc.array(ipArb, { minLength: 1, maxLength: 3 }),
      pool: fc.constantFrom(undefined, 'p0', 'p1', 'p2', 'p3', 'gone'),
    });
    // The same pool objects call after call (so the same windows and bitmap), now and then others.
    const call = fc.record({ newPools: fc.boolean(), services: fc.array(svc, { maxLength: 40 }) });
    fc.assert(
      fc.property(
        pools,
        pools,
        fc.array(call, { minLength: 2, maxLength: 5 }),
        (first, second, calls) => {
          let ps = first;
          return calls.every(({ newPools, services: ss }) => {
            if (newPools) ps = ps === first ? second : first;
            const objects = ss.map((s, i) =>
              service(`s${i}`, s.ips, {
                annotations:
                  s.pool === undefined
                    ? undefined
                    : { 'metallb.io/ip-allocated-from-pool': s.pool },
              }),
            );
            const got = poolUtilization(ps, objects);
            return [...oracle(ps, objects)].every(
              ([name, c]) =>
                got.get(name)!.assignedIPv4 === BigInt(c.v4) &&
                got.get(name)!.assignedIPv6 === BigInt(c.v6),
            );
          });
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('is right after a recompute that stopped half-way', () => {
    const pools = [pool('a', ['10.0.0.0/28'])];
    const broken = {
      ...service('x', ['10.0.0.1']),
      status: { loadBalancer: { ingress: [{ ip: '10.0.0.2' }, null] } },
    } as unknown as Service;
    expect(() => poolUtilization(pools, [broken])).toThrow();
    expect(poolUtilization(pools, [service('y', ['10.0.0.2'])]).get('a')!.assignedIPv4).toBe(1n);
  });

  it('hands out the same Map while no figure changes, and a new one when one does', () => {
    const pools = [pool('a', ['10.0.0.0/28']), pool('b', ['2001:db8::/120'])];
    const first = poolUtilization(pools, [service('x', ['10.0.0.1'])]);
    expect(poolUtilization(pools, [service('y', ['10.0.0.1'])])).toBe(first);
    const third = poolUtilization(pools, [service('x', ['10.0.0.1', '2001:db8::1'])]);
    expect(third).not.toBe(first);
    expect(first.get('b')!.assignedIPv6).toBe(0n);
    expect(third.get('b')!.assignedIPv6).toBe(1n);
  });

  it('gives each pool its first addresses, at most WINDOW_MAX per family', () => {
    const windows = createPoolWindows(
      [
        ['10.0.0.0/28', '10.0.0.64/30', '2001:db8::/120'],
        ['10.0.0.0/15', '2001:db8::/64'],
        ['2001:db8::ffff:ff00-2001:db8::1:0:ff', '2001:db8::2:0:0/120'],
      ].map((addresses) => ({ blocks: addresses.map(parseAddressBlock) })),
    );
    const at = (i: number, field: number) => windows.geo[i * GEO_STRIDE + field];
    expect([at(0, V4_SIZE), at(0, V6_SIZE)]).toEqual([68, 256]);
    expect([at(1, V4_SIZE), at(1, V6_SIZE)]).toEqual([WINDOW_MAX, WINDOW_MAX]);
    // the first IPv6 block leaves its /96 after 256 addresses; the second block is in another /96
    expect([at(2, V4_SIZE), at(2, V6_SIZE)]).toEqual([0, 256]);
  });
});
