import fc from 'fast-check';
import { parseAddressBlock } from './blocks';
import { formatIP, parseIP } from './ip';
import { CHUNKS_PER_POOL, createPoolChunks, listChunks } from './pool-chunks';
import { createPoolLocator } from './pool-locator';
import { pool, service } from './test-factories';
import type { IPAddressPool, Service } from './types';
import { poolUtilization } from './utilization';

// The recompute counts most IPs in the bits of their chunk (pool-chunks.ts) and the rest in hash
// sets. Pools here are small blocks around a few bases, some overlapping their neighbours; IPs fall
// inside, at the edges of and just outside the covered parts of chunks; Services name pools they
// are not in, pools that do not exist, and pools by strings that are not the pool's own string
// object: each copy of an IP must land in the same structure, and nothing may stay set from one
// call to the next.
const oracle = (pools: IPAddressPool[], services: Service[]) => {
  const names = pools.map((p) => p.metadata!.name!);
  const blocks = pools.map((p) => (p.spec?.addresses ?? []).map(parseAddressBlock));
  const seen = new Set<string>();
  const counts = new Map(names.map((n) => [n, { v4: 0, v6: 0 }]));
  for (const svc of services) {
    const named = svc.metadata?.annotations?.['metallb.io/ip-allocated-from-pool'];
    for (const ingress of svc.status?.loadBalancer?.ingress ?? []) {
      const ip = parseIP(ingress.ip!)!;
      // the named pool if it exists, else the first pool (in order) whose blocks contain the IP
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

// Longer than 10 characters: V8 interns the short strings JSON.parse makes, not these.
const NAMES = ['p0', 'pool-number-one', 'p2', 'pool-number-three'];

// Pool i lives in 10.i.x.x and 2001:db8:i::, now and then reaching into its neighbour's home.
const poolArb = (i: number) =>
  fc
    .record({
      v4: fc.constantFrom(
        [],
        [`10.${i}.0.0/28`],
        [`10.${i}.0.0/24`, `10.${i}.2.0/30`],
        [`10.${i}.0.10-10.${i}.0.20`, `10.${i}.0.40-10.${i}.0.50`], // two parts of one chunk
        [`10.${i}.0.0/15`], // more chunks than a pool gets
        [`10.${(i + 1) % 4}.0.128/25`], // inside the next pool's home: overlaps, mixed chunks
      ),
      v6: fc.constantFrom(
        [],
        [`2001:db8:${i}::/124`],
        [`2001:db8:${i}::/120`, `2001:db8:${i}:1::100-2001:db8:${i}:1::1ff`],
        [`2001:db8:${i}::/64`], // more chunks than a pool gets
        [`2001:db8:${i}:0:0:1::/120`, `2001:db8:${i}::/124`],
        [`2001:db8:${(i + 1) % 4}::80/121`], // overlaps the next pool's home
      ),
    })
    .map(({ v4, v6 }) => pool(NAMES[i], [...v4, ...v6]));

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
      fc.constantFrom('::', ':0:0:1:0:', ':1::', '::1:', '::3:'),
      fc.integer({ min: 0, max: 0x2ff }),
    )
    .map(([i, mid, low]) => `2001:db8:${i}${mid}${low.toString(16)}`),
  // IPv4-mapped: counted as the IPv4 address
  fc.integer({ min: 0, max: 255 }).map((d) => `::ffff:10.0.0.${d}`),
);

describe('poolUtilization with address chunks', () => {
  it('counts as the plain rule does, inside, at the edges of and outside the chunks', () => {
    const pools = fc.tuple(poolArb(0), poolArb(1), poolArb(2), poolArb(3));
    const svc = fc.record({
      ips: fc.array(ipArb, { minLength: 1, maxLength: 3 }),
      pool: fc.constantFrom(undefined, ...NAMES, 'gone', '__proto__'),
    });
    // The same pool objects call after call (so the same chunks and bits), now and then others.
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
            // through JSON, as a watch hands them over: annotation strings of their own
            const objects = JSON.parse(
              JSON.stringify(
                ss.map((s, i) =>
                  service(`s${i}`, s.ips, {
                    annotations:
                      s.pool === undefined
                        ? undefined
                        : { 'metallb.io/ip-allocated-from-pool': s.pool },
                  }),
                ),
              ),
            ) as Service[];
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
});

describe('createPoolChunks', () => {
  const chunksOf = (pools: string[][]) => {
    const named = pools.map((addresses, i) => ({
      name: `p${i}`,
      blocks: addresses.map(parseAddressBlock),
    }));
    const positions = Object.create(null) as Record<string, number>;
    named.forEach((p, i) => (positions[p.name] = i));
    return listChunks(createPoolChunks(createPoolLocator(named).segments, positions)).map(
      ({ family, chunk, pool: at, first, last }) => ({
        family,
        // the chunk's first address, to read the expectations
        start: formatIP({ family, value: chunk << 8n }),
        pool: at,
        first,
        last,
      }),
    );
  };

  it('gives each pool its first chunks in address order, with the part its blocks cover', () => {
    expect(chunksOf([['10.0.0.10-10.0.1.20', '2001:db8::ff80/121']])).toEqual([
      { family: 4, start: '10.0.0.0', pool: 0, first: 10, last: 255 },
      { family: 4, start: '10.0.1.0', pool: 0, first: 0, last: 20 },
      { family: 6, start: '2001:db8::ff00', pool: 0, first: 128, last: 255 },
    ]);
    const big = chunksOf([['10.0.0.0/16', '2001:db8::/64']]);
    expect(big.filter((c) => c.family === 4).map((c) => c.start)).toEqual(
      Array.from({ length: CHUNKS_PER_POOL }, (_, i) => `10.0.${i}.0`),
    );
    expect(big.filter((c) => c.family === 6)).toHaveLength(CHUNKS_PER_POOL);
  });

  it('gives a chunk two segments reach into to the first, with the part that one covers', () => {
    expect(chunksOf([['10.0.0.1/32', '10.0.0.3/32']])).toEqual([
      { family: 4, start: '10.0.0.0', pool: 0, first: 1, last: 1 },
    ]);
    // p1's block overlaps p0's: p0 keeps 10.0.0.0/25, p1 gets the rest of that chunk and the next
    expect(chunksOf([['10.0.0.0/25'], ['10.0.0.0/24', '10.0.1.0/24']])).toEqual([
      { family: 4, start: '10.0.0.0', pool: 0, first: 0, last: 127 },
      { family: 4, start: '10.0.1.0', pool: 1, first: 0, last: 255 },
    ]);
  });
});
