import fc from 'fast-check';
import { poolsCoveredBy } from './pool-selection';
import {
  advertisementsCoveringPool,
  poolsOnlyCoveredBy,
  previewAdvertisementPools,
  previewNodes,
} from './advertisement-preview';
import type { Node } from './announcement-types';
import { EXCLUDE_FROM_LB_LABEL } from './election';
import { bgpAdvertisement, l2Advertisement, pool } from './test-factories';

const webapp = pool(
  'ip-addresspool-webapp',
  ['192.168.123.200-192.168.123.250'],
  {},
  { tier: 'web' },
);
const db = pool('db', ['10.0.1.0/24'], {}, { tier: 'db', zone: 'a' });
const spare = pool('spare', ['10.0.2.0/24']);
const pools = [webapp, db, spare];

const node = (name: string, labels: Record<string, string> = {}, conditions = []): Node => ({
  metadata: { name, labels },
  status: { conditions },
});

describe('previewAdvertisementPools', () => {
  it('says an advertisement naming and selecting nothing covers every pool', () => {
    const preview = previewAdvertisementPools({}, pools);
    expect(preview.coversAllPools).toBe(true);
    expect(preview.pools.map((p) => [p.name, p.all])).toEqual([
      ['ip-addresspool-webapp', true],
      ['db', true],
      ['spare', true],
    ]);
    expect(previewAdvertisementPools(undefined, pools).coversAllPools).toBe(true);
  });

  it('covers the named pools and reports names no pool has', () => {
    const preview = previewAdvertisementPools(
      { ipAddressPools: ['ip-addresspool-webapp', 'ip-adresspool-webapp'] },
      pools,
    );
    expect(preview.coversAllPools).toBe(false);
    expect(preview.pools).toEqual([
      { name: 'ip-addresspool-webapp', named: true, selectors: [], all: false },
    ]);
    expect(preview.missingNames).toEqual(['ip-adresspool-webapp']);
  });

  it('adds the pools any selector matches, telling which selector matched', () => {
    const preview = previewAdvertisementPools(
      {
        ipAddressPools: ['spare'],
        ipAddressPoolSelectors: [
          { matchLabels: { tier: 'db' } },
          { matchExpressions: [{ key: 'tier', operator: 'In', values: ['web', 'db'] }] },
          { matchLabels: { tier: 'nothing' } },
        ],
      },
      pools,
    );
    expect(preview.pools.map((p) => [p.name, p.named, p.selectors])).toEqual([
      ['ip-addresspool-webapp', false, [1]],
      ['db', false, [0, 1]],
      ['spare', true, []],
    ]);
    expect(preview.perSelector).toEqual([['db'], ['ip-addresspool-webapp', 'db'], []]);
  });

  it('covers nothing when its only selector matches nothing (not all pools)', () => {
    const preview = previewAdvertisementPools(
      { ipAddressPoolSelectors: [{ matchLabels: { tier: 'none' } }] },
      pools,
    );
    expect(preview.coversAllPools).toBe(false);
    expect(preview.pools).toEqual([]);
  });

  it('lets an empty selector match every pool, as Kubernetes does', () => {
    expect(previewAdvertisementPools({ ipAddressPoolSelectors: [{}] }, pools).pools).toHaveLength(
      3,
    );
  });

  it('lets an invalid selector match nothing', () => {
    const preview = previewAdvertisementPools(
      { ipAddressPoolSelectors: [{ matchExpressions: [{ key: 'tier', operator: 'In' }] }] },
      pools,
    );
    expect(preview.pools).toEqual([]);
  });
});

describe('previewNodes', () => {
  const nodes = [
    node('worker-1', { zone: 'a' }),
    node('worker-2', { zone: 'b' }),
    node('worker-3', { zone: 'a', [EXCLUDE_FROM_LB_LABEL]: '' }),
    node('worker-4', { zone: 'b' }, [{ type: 'NetworkUnavailable', status: 'True' }] as never),
  ];

  it('allows every node when there are no node selectors, and marks the ones MetalLB skips', () => {
    const preview = previewNodes(undefined, nodes);
    expect(preview.allNodes).toBe(true);
    expect(preview.nodes).toEqual([
      { name: 'worker-1', selectors: [] },
      { name: 'worker-2', selectors: [] },
      { name: 'worker-3', selectors: [], excluded: 'exclude-from-external-load-balancers' },
      { name: 'worker-4', selectors: [], excluded: 'network-unavailable' },
    ]);
  });

  it('keeps nodes any selector matches', () => {
    const preview = previewNodes(
      [
        { matchLabels: { zone: 'a' } },
        { matchExpressions: [{ key: 'zone', operator: 'NotIn', values: ['a'] }] },
      ],
      nodes.slice(0, 2),
    );
    expect(preview.nodes).toEqual([
      { name: 'worker-1', selectors: [0] },
      { name: 'worker-2', selectors: [1] },
    ]);
    expect(preview.perSelector).toEqual([['worker-1'], ['worker-2']]);
  });

  it('reports a selector Kubernetes cannot parse, which matches no node', () => {
    const preview = previewNodes(
      [{ matchExpressions: [{ key: 'zone', operator: 'Exists', values: ['a'] }] }],
      nodes,
    );
    expect(preview.nodes).toEqual([]);
    expect(preview.invalid).toEqual([
      { index: 0, problem: 'values for "zone" Exists must be empty' },
    ]);
  });
});

describe('advertisementsCoveringPool', () => {
  it('finds advertisements naming, selecting or covering all pools, of both kinds', () => {
    const l2 = [
      l2Advertisement('l2-adv-webapp', { ipAddressPools: ['ip-addresspool-webapp'] }),
      l2Advertisement('l2-db', { ipAddressPools: ['db'] }),
    ];
    const bgp = [
      bgpAdvertisement('bgp-web', { ipAddressPoolSelectors: [{ matchLabels: { tier: 'web' } }] }),
      bgpAdvertisement('bgp-all'),
    ];
    expect(advertisementsCoveringPool(webapp, { l2, bgp })).toEqual([
      { kind: 'L2Advertisement', name: 'l2-adv-webapp', how: 'named' },
      { kind: 'BGPAdvertisement', name: 'bgp-web', how: 'selected' },
      { kind: 'BGPAdvertisement', name: 'bgp-all', how: 'all-pools' },
    ]);
    expect(advertisementsCoveringPool(spare, { l2 })).toEqual([]);
  });
});

describe('poolsOnlyCoveredBy', () => {
  it('names the pools that deleting the advertisement leaves unannounced', () => {
    const mine = l2Advertisement('mine', { ipAddressPools: ['ip-addresspool-webapp', 'db'] });
    const l2 = [mine, l2Advertisement('other', { ipAddressPools: ['db'] })];
    expect(poolsOnlyCoveredBy(mine, pools, { l2 })).toEqual(['ip-addresspool-webapp']);
  });

  it('does not count a BGP advertisement of the same name as the same object', () => {
    const mine = l2Advertisement('same', { ipAddressPools: ['db'] });
    const bgp = [bgpAdvertisement('same', { ipAddressPools: ['db'] })];
    expect(poolsOnlyCoveredBy(mine, pools, { l2: [mine], bgp })).toEqual([]);
  });
});

describe('previewAdvertisementPools against poolsCoveredBy', () => {
  it('covers exactly the pools the shared coverage rule covers, for any names and selectors', () => {
    const labelValues = fc.constantFrom('web', 'db', 'x');
    const labels = fc.dictionary(fc.constantFrom('tier', 'zone'), labelValues, { maxKeys: 2 });
    const selector = fc.record(
      {
        matchLabels: labels,
        matchExpressions: fc.array(
          fc.record({
            key: fc.constantFrom('tier', 'zone'),
            operator: fc.constantFrom('In', 'NotIn', 'Exists', 'DoesNotExist'),
            values: fc.array(labelValues, { maxLength: 2 }),
          }),
          { maxLength: 2 },
        ),
      },
      { requiredKeys: [] },
    );
    const names = fc.constantFrom('p0', 'p1', 'p2', 'missing');
    fc.assert(
      fc.property(
        fc.array(labels, { minLength: 1, maxLength: 3 }),
        fc.array(names, { maxLength: 3 }),
        fc.array(selector, { maxLength: 2 }),
        (poolLabels, ipAddressPools, ipAddressPoolSelectors) => {
          const list = poolLabels.map((l, i) => pool(`p${i}`, ['10.0.0.0/24'], {}, l));
          const adv = l2Advertisement('a', { ipAddressPools, ipAddressPoolSelectors });
          expect(previewAdvertisementPools(adv.spec, list).pools.map((p) => p.name)).toEqual(
            poolsCoveredBy(adv, list).map((p) => p.metadata?.name),
          );
        },
      ),
    );
  });
});
