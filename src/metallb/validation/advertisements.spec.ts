import { bgpAdvertisement, community, l2Advertisement, pool } from '../test-factories';
import { validateBGPAdvertisement } from './bgp-advertisement';
import { validateL2Advertisement } from './l2-advertisement';

const messages = (issues: Array<{ path: string; message: string }>) =>
  issues.map((i) => [i.path, i.message]);

describe('validateL2Advertisement', () => {
  it('passes a plain advertisement', () => {
    expect(
      validateL2Advertisement(
        l2Advertisement('l2', { ipAddressPools: ['web'], interfaces: ['eth0'] }),
      ),
    ).toEqual([]);
  });

  it("refuses repeated pools and selectors in MetalLB's words", () => {
    const adv = l2Advertisement('l2', {
      ipAddressPools: ['web', 'db', 'web'],
      nodeSelectors: [{ matchLabels: { zone: 'a' } }, { matchLabels: { zone: 'a' } }],
      ipAddressPoolSelectors: [
        { matchExpressions: [{ key: 'tier', operator: 'In', values: ['x', 'x'] }] },
      ],
    });
    expect(messages(validateL2Advertisement(adv))).toEqual([
      ['spec.ipAddressPools[2]', 'duplicate definition of ipAddressPools "web"'],
      [
        'spec.ipAddressPoolSelectors[0].matchExpressions[0].values[1]',
        'duplicate definition of match expression value in label selector "x"',
      ],
      ['spec.nodeSelectors[1]', 'duplicate definition of nodeSelectors {map["zone":"a"] []}'],
    ]);
  });

  it('counts selectors equal once values are sorted as duplicates, and flags repeated expressions', () => {
    const adv = l2Advertisement('l2', {
      serviceSelectors: [
        { matchExpressions: [{ key: 'app', operator: 'In', values: ['b', 'a'] }] },
        { matchExpressions: [{ key: 'app', operator: 'In', values: ['a', 'b'] }] },
      ],
      nodeSelectors: [
        {
          matchExpressions: [
            { key: 'k', operator: 'Exists' },
            { key: 'k', operator: 'Exists' },
          ],
        },
      ],
    });
    expect(messages(validateL2Advertisement(adv))).toEqual([
      [
        'spec.nodeSelectors[0].matchExpressions[1]',
        'duplicate definition of match expressions {"k" "Exists" []}',
      ],
      [
        'spec.serviceSelectors[1]',
        'duplicate definition of serviceSelectors {map[] [{"app" "In" ["a" "b"]}]}',
      ],
    ]);
  });
});

describe('validateBGPAdvertisement', () => {
  it('refuses serviceSelectors with a non-default aggregation length', () => {
    const adv = bgpAdvertisement('bgp', {
      serviceSelectors: [{ matchLabels: { a: 'b' } }],
      aggregationLength: 24,
    });
    expect(messages(validateBGPAdvertisement(adv))).toEqual([
      [
        'spec.aggregationLength',
        'serviceSelectors and aggregationLength are mutually exclusive, both cannot be set in bgp',
      ],
    ]);
  });

  it('words an aggregation length beyond the family as MetalLB does, %q and all', () => {
    expect(
      messages(
        validateBGPAdvertisement(
          bgpAdvertisement('bgp', { aggregationLength: 33, aggregationLengthV6: 129 }),
        ),
      ),
    ).toEqual([
      ['spec.aggregationLength', "invalid aggregation length '!' for IPv4"],
      ['spec.aggregationLengthV6', "invalid aggregation length '\\u0081' for IPv6"],
    ]);
  });

  it("refuses an aggregation length shorter than a covered pool's prefix", () => {
    const pools = [pool('web', ['10.0.0.0/24', '10.1.0.0/16']), pool('other', ['10.2.0.0/20'])];
    const issues = validateBGPAdvertisement(
      bgpAdvertisement('bgp', { ipAddressPools: ['web'], aggregationLength: 20 }),
      { pools },
    );
    expect(messages(issues)).toEqual([
      [
        'spec.aggregationLength',
        'invalid aggregation length 20: prefix 24 in this pool is more specific than the aggregation length for addresses 10.0.0.0/24',
      ],
    ]);
  });

  it('checks communities: values, large communities, aliases', () => {
    const aliases = [community('communities', { 'no-advertise': '65535:65282' })];
    const adv = bgpAdvertisement('bgp', {
      communities: [
        '65000:100',
        'large:1:2:3',
        'no-advertise',
        '70000:1',
        'big:1:2:3',
        'missing-alias',
      ],
    });
    expect(messages(validateBGPAdvertisement(adv, { communities: aliases }))).toEqual([
      [
        'spec.communities[3]',
        'invalid community value: invalid section "70000" of community "70000:1", err: "strconv.ParseUint: parsing \\"70000\\": value out of range"\ninvalid community "70000:1" in BGP advertisement',
      ],
      [
        'spec.communities[4]',
        'invalid community value: invalid marker for large community, expected community to be of format large:<uint32>:<uint32>:<uint32> but got "big:1:2:3" instead\ninvalid community "big:1:2:3" in BGP advertisement',
      ],
      [
        'spec.communities[5]',
        'community "missing-alias" is neither a value like 65000:100 nor an alias defined in a Community object',
      ],
    ]);
  });

  it('finds a local preference clash on a shared pool, unless peers or nodes keep them apart', () => {
    const pools = [pool('web', ['10.0.0.0/24'])];
    const existing = bgpAdvertisement('first', { ipAddressPools: ['web'], localPref: 100 });
    const clash = validateBGPAdvertisement(bgpAdvertisement('second', { localPref: 200 }), {
      pools,
      otherAdvertisements: [existing],
    });
    expect(messages(clash)).toEqual([
      [
        'spec.localPref',
        'invalid local preference 200: local preferernce 100 was already set for the same type of BGP update. Check existing BGP advertisements with common pools and aggregation lengths',
      ],
    ]);
    const apartByPeers = bgpAdvertisement('second', { localPref: 200, peers: ['p2'] });
    const existingWithPeers = bgpAdvertisement('first', {
      ipAddressPools: ['web'],
      localPref: 100,
      peers: ['p1'],
    });
    expect(
      validateBGPAdvertisement(apartByPeers, { pools, otherAdvertisements: [existingWithPeers] }),
    ).toEqual([]);
    const apartByNodes = bgpAdvertisement('second', {
      localPref: 200,
      nodeSelectors: [{ matchLabels: { rack: '2' } }],
    });
    const nodes = [
      { metadata: { name: 'n1', labels: { rack: '1' } } },
      { metadata: { name: 'n2', labels: { rack: '2' } } },
    ];
    const existingOnRack1 = bgpAdvertisement('first', {
      ipAddressPools: ['web'],
      localPref: 100,
      nodeSelectors: [{ matchLabels: { rack: '1' } }],
    });
    expect(
      validateBGPAdvertisement(apartByNodes, {
        pools,
        otherAdvertisements: [existingOnRack1],
        nodes,
      }),
    ).toEqual([]);
  });

  it('refuses repeated peers and communities', () => {
    const adv = bgpAdvertisement('bgp', { peers: ['a', 'a'], communities: ['1:1', '1:1'] });
    expect(messages(validateBGPAdvertisement(adv))).toEqual([
      ['spec.communities[1]', 'duplicate definition of community "1:1"'],
      ['spec.peers[1]', 'duplicate definition of peers "a"'],
    ]);
  });
});
