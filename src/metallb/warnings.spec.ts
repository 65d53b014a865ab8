import { bgpAdvertisement, bgpPeer, l2Advertisement, pool } from './test-factories';
import { findConfigurationWarnings } from './warnings';

const web = pool('web', ['10.0.0.0/24'], {}, { tier: 'public' });
const db = pool('db', ['10.0.1.0/24'], {}, { tier: 'private' });

describe('findConfigurationWarnings', () => {
  it('is quiet when every pool is announced and every reference exists', () => {
    const config = {
      pools: [web, db],
      l2Advertisements: [l2Advertisement('l2', { ipAddressPools: ['web'] })],
      bgpAdvertisements: [
        bgpAdvertisement('bgp', { ipAddressPoolSelectors: [{ matchLabels: { tier: 'private' } }] }),
      ],
    };
    expect(findConfigurationWarnings(config)).toEqual([]);
  });

  it('names the advertisement, the missing pool and the fix', () => {
    const warnings = findConfigurationWarnings({
      pools: [web],
      l2Advertisements: [l2Advertisement('l2', { ipAddressPools: ['web', 'wbe'] })],
    });
    expect(warnings).toEqual([
      {
        kind: 'advertisement-names-missing-pool',
        object: { kind: 'L2Advertisement', name: 'l2' },
        path: 'spec.ipAddressPools[1]',
        pool: 'wbe',
        message:
          'L2Advertisement "l2" names the IP address pool "wbe", which does not exist, so nothing is announced for it. ' +
          'Create the pool "wbe" or correct the name in spec.ipAddressPools.',
      },
    ]);
  });

  it('warns about a pool no advertisement covers', () => {
    const warnings = findConfigurationWarnings({
      pools: [web, db],
      l2Advertisements: [l2Advertisement('l2', { ipAddressPools: ['web'] })],
    });
    expect(warnings.map((w) => [w.kind, w.pool])).toEqual([['pool-not-advertised', 'db']]);
    expect(warnings[0].message).toMatch(
      /^IP address pool "db" is not announced: no L2Advertisement or BGPAdvertisement covers it/,
    );
  });

  it('treats an advertisement naming no pools and selecting none as covering all pools', () => {
    expect(
      findConfigurationWarnings({ pools: [web, db], bgpAdvertisements: [bgpAdvertisement('all')] }),
    ).toEqual([]);
  });

  it('warns about every pool when there is no advertisement at all', () => {
    expect(findConfigurationWarnings({ pools: [web, db] }).map((w) => w.pool)).toEqual([
      'web',
      'db',
    ]);
  });

  it('evaluates matchExpressions In, NotIn, Exists and DoesNotExist against pool labels', () => {
    const pools = [web, db, pool('lab', ['10.0.2.0/24'])];
    const cover = (expression: { key: string; operator: string; values?: string[] }) =>
      findConfigurationWarnings({
        pools,
        l2Advertisements: [
          l2Advertisement('l2', { ipAddressPoolSelectors: [{ matchExpressions: [expression] }] }),
        ],
      })
        .filter((w) => w.kind === 'pool-not-advertised')
        .map((w) => w.pool);
    expect(cover({ key: 'tier', operator: 'In', values: ['public'] })).toEqual(['db', 'lab']);
    expect(cover({ key: 'tier', operator: 'NotIn', values: ['public'] })).toEqual(['web']);
    expect(cover({ key: 'tier', operator: 'Exists' })).toEqual(['lab']);
    expect(cover({ key: 'tier', operator: 'DoesNotExist' })).toEqual(['web', 'db']);
  });

  it('warns about a pool selector that matches nothing, and a BGP peer that does not exist', () => {
    const warnings = findConfigurationWarnings({
      pools: [web],
      bgpAdvertisements: [
        bgpAdvertisement('bgp', {
          ipAddressPoolSelectors: [{ matchLabels: { tier: 'gold' } }],
          peers: ['edge', 'core'],
        }),
      ],
      peers: [bgpPeer('edge')],
    });
    expect(warnings.map((w) => [w.kind, w.path])).toEqual([
      ['advertisement-selector-matches-no-pool', 'spec.ipAddressPoolSelectors[0]'],
      ['advertisement-names-missing-peer', 'spec.peers[1]'],
      ['pool-not-advertised', undefined],
    ]);
  });
});
