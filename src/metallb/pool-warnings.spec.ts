import { poolUtilization } from './utilization';
import { pendingReason } from './pending';
import { poolListWarnings, poolWarnings } from './pool-warnings';
import { l2Advertisement, pool, service } from './test-factories';

describe('poolListWarnings', () => {
  // db holds webapp's range; edge overlaps both; lone overlaps nothing; v6 is in another family.
  const pools = [
    pool('db', ['192.168.123.0/24']),
    pool('webapp', ['192.168.123.200-192.168.123.250', '10.9.0.0/30']),
    pool('edge', ['192.168.123.248/29', '10.9.0.2/31']),
    pool('lone', ['10.1.0.0/30'], {}, { team: 'web' }),
    pool('v6', ['fd00::/126']),
  ];
  const l2Advertisements = [
    l2Advertisement('web', { ipAddressPoolSelectors: [{ matchLabels: { team: 'web' } }] }),
  ];

  it('says for every pool what poolWarnings says for it, overlaps in the same words and order', () => {
    const services = [service('a', ['10.1.0.1']), service('b', ['10.1.0.2'])];
    const usage = poolUtilization(pools, services);
    const all = poolListWarnings({ pools, l2Advertisements, bgpAdvertisements: [], usage });
    for (const p of pools) {
      const name = p.metadata?.name ?? '';
      expect([name, all.get(name)]).toEqual([
        name,
        poolWarnings(p, { pools, l2Advertisements, bgpAdvertisements: [], usage: usage.get(name) }),
      ]);
    }
    expect(all.get('edge')?.map((w) => w.code)).toEqual(['not-advertised', 'overlap', 'overlap']);
    expect(all.get('lone')).toEqual([]);
  });

  it('counts the Services without an IP that wait on a full pool, from the pools and Services alone', () => {
    const full = { ...pool('full', ['10.2.0.0/31']), status: { availableIPv4: 0 } };
    const other = pool('other', ['10.3.0.0/30'], { autoAssign: false });
    const services = [
      service('x', ['10.2.0.0']),
      service('y', ['10.2.0.1']),
      service('waits', [], { annotations: { 'metallb.io/address-pool': 'full' } }),
      service('asks-other', [], { annotations: { 'metallb.io/address-pool': 'other' } }),
    ];
    const input = {
      pools: [full, other],
      l2Advertisements: [l2Advertisement('all')],
      bgpAdvertisements: [],
      usage: poolUtilization([full, other], services),
    };
    expect(poolListWarnings({ ...input, services }).get('full')).toEqual([
      { code: 'exhausted', family: 'IPv4', pending: 1 },
    ]);
    expect(poolListWarnings({ ...input, services }).get('other')).toEqual([]);
    // Services unreadable: the pool is still full, with nobody known to wait (no "0 waiting").
    expect(poolListWarnings(input).get('full')).toEqual([{ code: 'full', family: 'IPv4' }]);
    // every Service holds its address: full, nobody waits
    expect(poolListWarnings({ ...input, services: services.slice(0, 2) }).get('full')).toEqual([
      { code: 'full', family: 'IPv4' },
    ]);
  });

  it('with the Services’ Warning events, counts only those waiting on the full pool, as the details page does', () => {
    const full = { ...pool('full', ['10.2.0.0/31']), status: { availableIPv4: 0 } };
    const services = [
      service('x', ['10.2.0.0'], { annotations: { 'metallb.io/allow-shared-ip': 'k1' } }),
      service('y', ['10.2.0.1']),
      service('waits', []),
      service('conflict', [], { annotations: { 'metallb.io/allow-shared-ip': 'k2' } }),
    ];
    // MetalLB v0.16.1's controller: Warning AllocationFailed with the allocator's error (checkSharing's
    // words). The cause is taken from the event, whatever the objects alone suggest.
    const refused = (name: string, message: string) => ({
      type: 'Warning',
      reason: 'AllocationFailed',
      message,
      involvedObject: { kind: 'Service', name, namespace: 'default' },
    });
    const events = [
      refused('waits', 'Failed to allocate IP for "default/waits": no available IPs'),
      refused(
        'conflict',
        `Failed to allocate IP for "default/conflict": can't change sharing key for "default/conflict", address also in use by default/x`,
      ),
    ];
    const input = {
      pools: [full],
      l2Advertisements: [l2Advertisement('all')],
      bgpAdvertisements: [],
      usage: poolUtilization([full], services),
      services,
    };
    expect(poolListWarnings({ ...input, events }).get('full')).toEqual([
      { code: 'exhausted', family: 'IPv4', pending: 1 },
    ]);
    // the details page's count, from the same reasons
    const pendingReasons = services
      .filter((s) => s.status?.loadBalancer?.ingress?.length === 0)
      .map((s) => pendingReason({ service: s, pools: [full], services, events }));
    expect(poolListWarnings({ ...input, events }).get('full')).toEqual(
      poolWarnings(full, { ...input, usage: input.usage.get('full'), pendingReasons }),
    );
    // without the events both count as waiting on the full pool
    expect(poolListWarnings(input).get('full')).toEqual([
      { code: 'exhausted', family: 'IPv4', pending: 2 },
    ]);
  });

  it('says nothing about advertisements it could not read', () => {
    const usage = poolUtilization(pools, []);
    expect(poolListWarnings({ pools: [pools[3]], usage }).get('lone')).toEqual([]);
  });
});
