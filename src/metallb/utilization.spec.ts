import fc from 'fast-check';
import { poolUtilization } from './utilization';
import { allocatedService, pool, service } from './test-factories';
import type { Service } from './types';
import { parseAddressBlock } from './blocks';
import { parseIP } from './ip';

const parseAddressBlockSafe = (text: string) => parseIP(text)!;
const contains = (entry: string, ip: { family: number; value: bigint }) => {
  const block = parseAddressBlock(entry);
  return block.family === ip.family && block.first <= ip.value && ip.value <= block.last;
};

const pools = [
  pool('web', ['192.168.10.0/24', '2001:db8:10::/64']),
  pool('db', ['192.168.20.0-192.168.20.9'], { avoidBuggyIPs: true }),
];

describe('poolUtilization', () => {
  it('reports capacity for every pool, assigned or not', () => {
    expect(poolUtilization(pools, [])).toEqual(
      new Map([
        [
          'web',
          { assignedIPv4: 0n, assignedIPv6: 0n, capacityIPv4: 256n, capacityIPv6: 2n ** 64n },
        ],
        ['db', { assignedIPv4: 0n, assignedIPv6: 0n, capacityIPv4: 9n, capacityIPv6: 0n }],
      ]),
    );
  });

  it('attributes by the ip-allocated-from-pool annotation, even outside the pool blocks', () => {
    const usage = poolUtilization(pools, [allocatedService('a', 'db', ['192.168.10.7'])]);
    expect(usage.get('db')?.assignedIPv4).toBe(1n);
    expect(usage.get('web')?.assignedIPv4).toBe(0n);
  });

  it('reads the old metallb.universe.tf annotation, and prefers the new one', () => {
    const old = service('old', ['192.168.10.7'], {
      annotations: { 'metallb.universe.tf/ip-allocated-from-pool': 'db' },
    });
    const both = service('both', ['192.168.10.8'], {
      annotations: {
        'metallb.universe.tf/ip-allocated-from-pool': 'db',
        'metallb.io/ip-allocated-from-pool': 'web',
      },
    });
    const usage = poolUtilization(pools, [old, both]);
    expect(usage.get('db')?.assignedIPv4).toBe(1n);
    expect(usage.get('web')?.assignedIPv4).toBe(1n);
  });

  it('falls back to the pool whose blocks contain the IP, also for an unknown annotated pool', () => {
    const usage = poolUtilization(pools, [
      service('a', ['192.168.20.3']),
      allocatedService('b', 'deleted-pool', ['2001:db8:10::5']),
      service('c', ['203.0.113.9']),
    ]);
    expect(usage.get('db')?.assignedIPv4).toBe(1n);
    expect(usage.get('web')?.assignedIPv6).toBe(1n);
  });

  it('counts a shared IP once and dual-stack IPs per family', () => {
    const usage = poolUtilization(pools, [
      allocatedService('http', 'web', ['192.168.10.5', '2001:db8:10::5']),
      allocatedService('https', 'web', ['192.168.10.5', '2001:db8:10::5'], { namespace: 'other' }),
      allocatedService('ssh', 'web', ['192.168.10.6']),
    ]);
    expect(usage.get('web')).toMatchObject({ assignedIPv4: 2n, assignedIPv6: 1n });
  });

  it('treats ::ffff:a.b.c.d in status as the IPv4 address', () => {
    const usage = poolUtilization(pools, [
      allocatedService('a', 'web', ['192.168.10.5']),
      allocatedService('b', 'web', ['::ffff:192.168.10.5']),
    ]);
    expect(usage.get('web')).toMatchObject({ assignedIPv4: 1n, assignedIPv6: 0n });
  });

  it('ignores Services that are not LoadBalancers, and unparsable or hostname ingress', () => {
    const hostname: Service = {
      ...service('h', []),
      status: { loadBalancer: { ingress: [{ hostname: 'lb.example' }] } },
    };
    const usage = poolUtilization(pools, [
      service('np', ['192.168.10.1'], { type: 'NodePort' }),
      service('bad', ['192.168.010.1', '192.168.10.1 ']),
      hostname,
    ]);
    expect(usage.get('web')?.assignedIPv4).toBe(0n);
  });

  it('gives shared addresses of overlapping pools to the earlier pool', () => {
    const overlapping = [
      pool('first', ['10.0.0.0/24']),
      pool('second', ['10.0.0.128/25', '10.0.1.0/24']),
    ];
    const usage = poolUtilization(overlapping, [
      service('a', ['10.0.0.200']),
      service('b', ['10.0.1.1']),
    ]);
    expect(usage.get('first')?.assignedIPv4).toBe(1n);
    expect(usage.get('second')?.assignedIPv4).toBe(1n);
  });
});

describe('containment without annotations, against a per-pool scan (property)', () => {
  it('finds the same pool as checking every pool block in order', () => {
    const v6pool = (i: number) =>
      pool(`v6-${i}`, [
        `2001:db8:${i}::/${[48, 64, 120, 127][i % 4]}`,
        `2001:db8:${i}:ffff::1-2001:db8:${i}:ffff::9`,
      ]);
    const v4pool = (i: number) =>
      pool(`v4-${i}`, [`10.${i}.0.0/${16 + (i % 9)}`, `10.${i}.255.250-10.${i + 1}.0.3`]);
    const allPools = [
      ...Array.from({ length: 12 }, (_, i) => v6pool(i)),
      ...Array.from({ length: 12 }, (_, i) => v4pool(i)),
    ];
    const ip = fc.oneof(
      fc
        .tuple(fc.nat(12), fc.constantFrom('0', 'ffff', '1'), fc.nat(0xffff))
        .map(([p, mid, host]) => `2001:db8:${p}:${mid}::${host.toString(16)}`),
      fc.tuple(fc.nat(13), fc.nat(255), fc.nat(255)).map(([p, c, d]) => `10.${p}.${c}.${d}`),
    );
    fc.assert(
      fc.property(ip, (text) => {
        const usage = poolUtilization(allPools, [service('s', [text])]);
        const owner = [...usage].find(([, u]) => u.assignedIPv4 + u.assignedIPv6 > 0n)?.[0];
        const target = parseAddressBlockSafe(text);
        const expected = allPools.find((p) =>
          (p.spec?.addresses ?? []).some((a) => contains(a, target)),
        )?.metadata?.name;
        return owner === expected;
      }),
      { numRuns: 10000 },
    );
  });
});
