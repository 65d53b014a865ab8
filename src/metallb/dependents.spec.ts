import {
  advertisementsNamingPeer,
  advertisementsNamingPool,
  advertisementsUsingCommunity,
  peersUsingBFDProfile,
} from './dependents';
import {
  bfdProfile,
  bgpAdvertisement,
  bgpPeer,
  community,
  l2Advertisement,
} from './test-factories';

describe('dependents', () => {
  it('names the peers that use a BFD profile', () => {
    const peers = [
      bgpPeer('tor-a', { bfdProfile: 'fast' }),
      bgpPeer('tor-b', { bfdProfile: 'slow' }),
      bgpPeer('tor-c', { bfdProfile: 'fast' }),
    ];
    expect(peersUsingBFDProfile(bfdProfile('fast'), peers)).toEqual([
      { kind: 'BGPPeer', name: 'tor-a' },
      { kind: 'BGPPeer', name: 'tor-c' },
    ]);
    expect(peersUsingBFDProfile('none', peers)).toEqual([]);
  });

  it('names the advertisements of both kinds that list a pool by name, not those selecting it', () => {
    expect(
      advertisementsNamingPool('web', {
        l2: [
          l2Advertisement('l2-web', { ipAddressPools: ['web'] }),
          l2Advertisement('l2-all'),
          l2Advertisement('l2-sel', { ipAddressPoolSelectors: [{}] }),
        ],
        bgp: [bgpAdvertisement('bgp-web', { ipAddressPools: ['db', 'web'] })],
      }),
    ).toEqual([
      { kind: 'L2Advertisement', name: 'l2-web' },
      { kind: 'BGPAdvertisement', name: 'bgp-web' },
    ]);
  });

  it('names the BGP advertisements limited to a peer', () => {
    expect(
      advertisementsNamingPeer('tor-a', [
        bgpAdvertisement('a', { peers: ['tor-a'] }),
        bgpAdvertisement('b', { peers: ['tor-b'] }),
        bgpAdvertisement('c'),
      ]),
    ).toEqual([{ kind: 'BGPAdvertisement', name: 'a' }]);
  });

  it('names the BGP advertisements that use a Community object’s aliases, and which', () => {
    const aliases = community('bgp-communities', {
      'no-advertise': '65535:65282',
      edge: '64500:1',
    });
    expect(
      advertisementsUsingCommunity(aliases, [
        bgpAdvertisement('a', { communities: ['no-advertise', '65000:1', 'edge', 'edge'] }),
        bgpAdvertisement('b', { communities: ['65535:65282'] }),
      ]),
    ).toEqual([{ kind: 'BGPAdvertisement', name: 'a', aliases: ['no-advertise', 'edge'] }]);
  });
});
