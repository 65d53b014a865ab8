import { addressMap, mapRuns } from './address-map';
import { poolAssignments, poolServiceCounts } from './pool-services';
import { poolWarnings } from './pool-warnings';
import { addressEntrySize } from './validation/address-size';
import { allocatedService, l2Advertisement, pool, service } from './test-factories';

const webapp = pool('webapp', ['192.168.123.200-192.168.123.250']);

describe('addressEntrySize', () => {
  it('gives a row its family, size, bounds, and what avoidBuggyIPs leaves', () => {
    expect(addressEntrySize('192.168.123.200-192.168.123.250')).toEqual({
      family: 4,
      size: 51n,
      usable: 51n,
      first: '192.168.123.200',
      last: '192.168.123.250',
    });
    expect(addressEntrySize('10.0.0.0/23', true)).toMatchObject({ size: 512n, usable: 508n });
    expect(addressEntrySize('fd00::/64')).toMatchObject({ family: 6, size: 2n ** 64n });
    expect(addressEntrySize('10.0.0.1')).toBeNull();
  });
});

describe('poolAssignments', () => {
  it('files each Service IP under its pool, in address order, marking shared IPs', () => {
    const rows = poolAssignments(
      [webapp, pool('other', ['10.0.0.0/24'])],
      [
        service('b', ['192.168.123.201'], { namespace: 'x' }),
        service('a', ['192.168.123.200'], { namespace: 'y' }),
        service('a2', ['192.168.123.200'], { namespace: 'y' }),
        allocatedService('named', 'other', ['10.0.0.9']),
        service('internal', ['192.168.123.202'], { type: 'ClusterIP' }),
      ],
    );
    expect(rows.get('webapp')?.map((r) => [r.ip, r.service, r.shared])).toEqual([
      ['192.168.123.200', 'a', true],
      ['192.168.123.200', 'a2', true],
      ['192.168.123.201', 'b', false],
    ]);
    expect(rows.get('other')?.map((r) => r.service)).toEqual(['named']);
  });
});

describe('addressMap', () => {
  it('draws a small block cell by cell: free, assigned, shared, skipped', () => {
    const p = pool('p', ['10.0.0.254-10.0.1.1'], { avoidBuggyIPs: true });
    const assignments = poolAssignments(
      [p],
      [service('s', ['10.0.1.1'], { namespace: 'ns' }), service('t', ['10.0.1.1'])],
    ).get('p')!;
    const [block] = addressMap(p, assignments);
    expect(block.cells?.map((c) => [c.ip, c.state])).toEqual([
      ['10.0.0.254', 'free'],
      ['10.0.0.255', 'skipped'],
      ['10.0.1.0', 'skipped'],
      ['10.0.1.1', 'shared'],
    ]);
    expect(mapRuns(block).map((r) => [r.first, r.last, r.state, r.count])).toEqual([
      ['10.0.0.254', '10.0.0.254', 'free', 1],
      ['10.0.0.255', '10.0.1.0', 'skipped', 2],
      ['10.0.1.1', '10.0.1.1', 'shared', 1],
    ]);
  });

  it('draws a huge block to scale, marking where the used addresses sit', () => {
    const p = pool('v6', ['fd00::/64']);
    const assignments = poolAssignments([p], [service('s', ['fd00::8000:0:0:0'])]).get('v6')!;
    const [block] = addressMap(p, assignments);
    expect(block.cells).toBeUndefined();
    expect(block.size).toBe(2n ** 64n);
    expect(block.marks).toEqual([
      { ip: 'fd00::8000:0:0:0', namespace: 'default', service: 's', at: 0.5 },
    ]);
  });
});

describe('poolWarnings', () => {
  it('warns of a pool no advertisement covers, and is quiet once one does', () => {
    const input = { pools: [webapp], bgpAdvertisements: [] };
    expect(poolWarnings(webapp, { ...input, l2Advertisements: [] })).toEqual([
      { code: 'not-advertised' },
    ]);
    expect(
      poolWarnings(webapp, {
        ...input,
        l2Advertisements: [l2Advertisement('l2', { ipAddressPools: ['webapp'] })],
      }),
    ).toEqual([]);
    expect(poolWarnings(webapp, { pools: [webapp] })).toEqual([]);
  });

  it('says nearly full, and exhausted with the Services waiting on it', () => {
    const usage = (assigned: bigint) => ({
      assignedIPv4: assigned,
      assignedIPv6: 0n,
      capacityIPv4: 51n,
      capacityIPv6: 0n,
    });
    expect(poolWarnings(webapp, { pools: [webapp], usage: usage(45n) })).toEqual([
      { code: 'nearly-full', family: 'IPv4', percent: 88 },
    ]);
    expect(
      poolWarnings(webapp, {
        pools: [webapp],
        usage: usage(51n),
        pendingReasons: [
          { code: 'pools-full', pools: ['webapp'] },
          { code: 'pools-full', pools: ['other'] },
          { code: 'waiting' },
        ],
      }),
    ).toEqual([{ code: 'exhausted', family: 'IPv4', pending: 1 }]);
  });

  it("names an overlap in MetalLB's words (possible only with the webhook off)", () => {
    const db = pool('db', ['192.168.123.0/24']);
    expect(poolWarnings(webapp, { pools: [db, webapp] })).toEqual([
      {
        code: 'overlap',
        otherPool: 'db',
        message:
          'CIDR "192.168.123.200/29" in pool "webapp" overlaps with already defined CIDR "192.168.123.0/24"',
      },
    ]);
  });
});

describe('poolServiceCounts', () => {
  it('counts each Service holding a pool address once, as poolAssignments attributes them', () => {
    const pools = [webapp, pool('dual', ['10.1.0.0/30', 'fd00::/126'])];
    const services = [
      service('web', ['10.1.0.1', 'fd00::2']),
      service('db', ['192.168.123.200'], { namespace: 'vmexamples' }),
      service('shared', ['192.168.123.200']),
      service('outside', ['172.16.0.1']),
      service('internal', ['10.1.0.2'], { type: 'ClusterIP' }),
    ];
    expect(poolServiceCounts(pools, services)).toEqual(
      new Map([
        ['webapp', 2],
        ['dual', 1],
      ]),
    );
    const assigned = poolAssignments(pools, services);
    for (const [name, n] of poolServiceCounts(pools, services)) {
      expect(new Set(assigned.get(name)?.map((a) => `${a.namespace}/${a.service}`)).size).toBe(n);
    }
  });
});
