import fc from 'fast-check';
import { parseAddressBlock } from './blocks';
import { formatIP, parseIP } from './ip';
import { pool, service } from './test-factories';
import type { IPAddressPool, Service } from './types';
import { poolUtilization } from './utilization';

// The recompute against the rule written plainly (names, bigints and a Set of strings), call after
// call, with pool lists that change size between calls: its dedupe tables are reused from call to
// call, and nothing of one call may leak into the next.
const oracle = (pools: IPAddressPool[], services: Service[]) => {
  const names: string[] = [];
  for (const p of pools) if (!names.includes(p.metadata!.name!)) names.push(p.metadata!.name!);
  // only the first pool of a name counts, its blocks included
  const blocks = names.map((name) => ({
    name,
    blocks: (pools.find((p) => p.metadata!.name === name)!.spec?.addresses ?? []).map(
      parseAddressBlock,
    ),
  }));
  const seen = new Set<string>();
  const counts = new Map(names.map((n) => [n, { v4: 0, v6: 0 }]));
  for (const svc of services) {
    if (svc.spec?.type !== 'LoadBalancer') continue;
    const a = svc.metadata?.annotations;
    const named =
      a?.['metallb.io/ip-allocated-from-pool'] ?? a?.['metallb.universe.tf/ip-allocated-from-pool'];
    for (const ingress of svc.status?.loadBalancer?.ingress ?? []) {
      const ip = ingress.ip ? parseIP(ingress.ip) : null;
      if (!ip) continue;
      const owner =
        named !== undefined && names.includes(named)
          ? named
          : blocks.find((p) =>
              p.blocks.some(
                (b) => b.family === ip.family && b.first <= ip.value && ip.value <= b.last,
              ),
            )?.name;
      if (owner === undefined) continue;
      const key = `${owner} ${formatIP(ip)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const c = counts.get(owner)!;
      if (ip.family === 4) c.v4++;
      else c.v6++;
    }
  }
  return counts;
};

const allPools = [
  pool('a', ['10.0.0.0/28', '2001:db8:a::/120']),
  pool('b', ['10.0.0.8/29', '10.0.1.0-10.0.1.3']),
  pool('constructor', ['2001:db8:c::/64']),
  pool('d', ['192.168.0.0/30', '::ffff:172.16.0.0/126']),
  pool('a', ['10.9.9.0/24']), // a second pool of the same name: the first one counts
];

describe('poolUtilization, call after call, against the plain rule', () => {
  it('counts what the rule counts, whatever the previous call saw', () => {
    const ip = fc.constantFrom(
      '10.0.0.1',
      '10.0.0.9',
      '10.0.0.15',
      '10.0.1.2',
      '10.9.9.9',
      '::ffff:10.0.0.1',
      '2001:db8:a::5',
      '2001:DB8:A:0::5',
      '2001:db8:c::1',
      '2001:db8:c:0:ffff::1',
      '192.168.0.2',
      '172.16.0.1',
      '203.0.113.7',
      '010.0.0.1',
      'not-an-ip',
    );
    const svc = fc.record({
      ips: fc.array(ip, { maxLength: 3 }),
      pool: fc.constantFrom(
        undefined,
        'a',
        'b',
        'constructor',
        'd',
        'gone',
        '__proto__',
        'toString',
        '',
      ),
      legacy: fc.boolean(),
      type: fc.constantFrom('LoadBalancer', 'LoadBalancer', 'NodePort'),
    });
    const call = fc.record({
      pools: fc.subarray(allPools, { minLength: 0 }),
      services: fc.array(svc, { maxLength: 30 }),
    });
    fc.assert(
      fc.property(fc.array(call, { minLength: 1, maxLength: 6 }), (calls) =>
        calls.every(({ pools, services }) => {
          const objects = services.map((s, i) =>
            service(`s${i}`, s.ips, {
              type: s.type,
              annotations:
                s.pool === undefined
                  ? undefined
                  : {
                      [s.legacy
                        ? 'metallb.universe.tf/ip-allocated-from-pool'
                        : 'metallb.io/ip-allocated-from-pool']: s.pool,
                    },
            }),
          );
          const got = poolUtilization(pools, objects);
          const want = oracle(pools, objects);
          return (
            got.size === want.size &&
            [...want].every(([name, c]) => {
              const u = got.get(name);
              return (
                u !== undefined &&
                u.assignedIPv4 === BigInt(c.v4) &&
                u.assignedIPv6 === BigInt(c.v6)
              );
            })
          );
        }),
      ),
      { numRuns: 2000 },
    );
  });
});

// Pools around a few homes (10.i.x.x, 2001:db8:i::), some reaching into a neighbour's, and IPs
// inside, at the edges of and just outside their blocks: overlaps go to the earlier pool.
const NAMES = ['p0', 'pool-number-one', 'p2', 'pool-number-three'];
const neighbourPool = (i: number) =>
  fc
    .record({
      v4: fc.constantFrom(
        [],
        [`10.${i}.0.0/28`],
        [`10.${i}.0.0/24`, `10.${i}.2.0/30`],
        [`10.${i}.0.10-10.${i}.0.20`, `10.${i}.0.40-10.${i}.0.50`],
        [`10.${i}.0.0/15`],
        [`10.${(i + 1) % 4}.0.128/25`],
      ),
      v6: fc.constantFrom(
        [],
        [`2001:db8:${i}::/124`],
        [`2001:db8:${i}::/120`, `2001:db8:${i}:1::100-2001:db8:${i}:1::1ff`],
        [`2001:db8:${i}::/64`],
        [`2001:db8:${i}:0:0:1::/120`, `2001:db8:${i}::/124`],
        [`2001:db8:${(i + 1) % 4}::80/121`],
      ),
    })
    .map(({ v4, v6 }) => pool(NAMES[i], [...v4, ...v6]));

const neighbourIP = fc.oneof(
  fc
    .tuple(fc.nat(3), fc.constantFrom(0, 1, 2, 3), fc.nat(255))
    .map(([i, c, d]) => `10.${i}.${c}.${d}`),
  fc
    .tuple(fc.nat(3), fc.constantFrom('::', ':0:0:1:0:', ':1::', '::1:', '::3:'), fc.nat(0x2ff))
    .map(([i, mid, low]) => `2001:db8:${i}${mid}${low.toString(16)}`),
  fc.nat(255).map((d) => `::ffff:10.0.0.${d}`),
);

describe('poolUtilization over overlapping neighbours, against the plain rule', () => {
  it('counts as the rule does, the same pool objects call after call or new ones', () => {
    const pools = fc.tuple(neighbourPool(0), neighbourPool(1), neighbourPool(2), neighbourPool(3));
    const svc = fc.record({
      ips: fc.array(neighbourIP, { minLength: 1, maxLength: 3 }),
      pool: fc.constantFrom(undefined, ...NAMES, 'gone', '__proto__'),
    });
    const call = fc.record({ newPools: fc.boolean(), services: fc.array(svc, { maxLength: 40 }) });
    fc.assert(
      fc.property(pools, pools, fc.array(call, { minLength: 2, maxLength: 5 }), (a, b, calls) => {
        let ps = a;
        return calls.every(({ newPools, services }) => {
          if (newPools) ps = ps === a ? b : a;
          // through JSON, as a watch hands them over
          const objects = JSON.parse(
            JSON.stringify(
              services.map((s, i) =>
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
      }),
      { numRuns: 1000 },
    );
  });
});
