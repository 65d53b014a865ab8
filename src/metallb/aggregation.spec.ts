import { aggregationFloors } from './aggregation';
import { bgpAdvertisement, pool } from './test-factories';
import { validateBGPAdvertisement } from './validation';

describe('aggregationFloors', () => {
  const pools = [
    pool('wide', ['10.20.30.40/24', '1.2.3.0/28'], {}, { bgp: 'yes' }),
    pool('range', ['3.3.3.2-3.3.3.254', 'fd00::/120']),
    pool('unused', ['4.4.4.4/32']),
  ];

  it('is the most specific of the least specific prefixes of each covered entry', () => {
    // 3.3.3.2-3.3.3.254 summarizes down to /31 and /32 blocks, but its widest is /26: 26 is enough
    expect(aggregationFloors(bgpAdvertisement('a', { ipAddressPools: ['range'] }), pools)).toEqual({
      ipv4: { minimum: 26, pool: 'range', entry: '3.3.3.2-3.3.3.254' },
      ipv6: { minimum: 120, pool: 'range', entry: 'fd00::/120' },
    });
    expect(
      aggregationFloors(
        bgpAdvertisement('b', { ipAddressPoolSelectors: [{ matchLabels: { bgp: 'yes' } }] }),
        pools,
      ),
    ).toEqual({ ipv4: { minimum: 28, pool: 'wide', entry: '1.2.3.0/28' }, ipv6: {} });
  });

  it('agrees with the webhook rule: one below the floor is refused, the floor is accepted', () => {
    const at = (aggregationLength: number) =>
      validateBGPAdvertisement(
        bgpAdvertisement('b', { ipAddressPools: ['wide'], aggregationLength }),
        { pools },
      ).map((i) => i.message);
    expect(at(28)).toEqual([]);
    expect(at(27)).toEqual([
      'invalid aggregation length 27: prefix 28 in this pool is more specific than the aggregation length for addresses 1.2.3.0/28',
    ]);
  });

  it('takes every pool when the advertisement covers all of them', () => {
    expect(aggregationFloors(bgpAdvertisement('all'), pools).ipv4.minimum).toBe(32);
  });
});
