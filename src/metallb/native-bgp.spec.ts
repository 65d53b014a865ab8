import {
  bgpBackend,
  nativeAdvertisementLimits,
  nativeBFDLimit,
  nativeCommunityLimits,
  nativePeerLimits,
} from './native-bgp';
import type { BGPAdvertisement, BGPPeer, Community, IPAddressPool } from './types';
import type { MetalLBResource } from './install';

const metallb = (bgpBackendValue?: string): MetalLBResource => ({
  metadata: { name: 'metallb', namespace: 'metallb-system' },
  spec: bgpBackendValue === undefined ? {} : { bgpBackend: bgpBackendValue },
});
const peer = (spec: BGPPeer['spec']): BGPPeer => ({
  metadata: { name: 'tor' },
  spec: { myASN: 64500, peerASN: 64501, peerAddress: '192.0.2.1', ...spec },
});
const pool = (name: string, addresses: string[]): IPAddressPool => ({
  metadata: { name },
  spec: { addresses },
});

describe('bgpBackend', () => {
  it('reads the MetalLB resource, and says unknown rather than guess', () => {
    expect(bgpBackend(metallb('native'))).toBe('native');
    expect(bgpBackend(metallb('frr'))).toBe('frr');
    expect(bgpBackend(metallb('frr-k8s'))).toBe('frr-k8s');
    expect(bgpBackend(metallb('frr-k8s-external'))).toBe('frr-k8s');
    expect(bgpBackend(metallb())).toBe('unknown');
    expect(bgpBackend(metallb('something-new'))).toBe('unknown');
    expect(bgpBackend(undefined)).toBe('unknown');
  });
});

describe('nativePeerLimits', () => {
  it('finds nothing in a plain peer', () => {
    expect(nativePeerLimits(peer({ holdTime: '90s', keepaliveTime: '0s' }))).toEqual([]);
  });

  it('names every field native mode refuses, in MetalLB’s words', () => {
    const limits = nativePeerLimits(
      peer({
        bfdProfile: 'fast',
        keepaliveTime: '30s',
        vrf: 'red',
        connectTime: '10s',
        enableGracefulRestart: true,
        disableMP: true,
        dualStackAddressFamily: true,
        dynamicASN: 'external',
        interface: 'eth1',
        localASN: 64999,
      }),
    );
    expect(limits.map((l) => l.path)).toEqual([
      'spec.bfdProfile',
      'spec.keepaliveTime',
      'spec.vrf',
      'spec.connectTime',
      'spec.enableGracefulRestart',
      'spec.disableMP',
      'spec.dualStackAddressFamily',
      'spec.dynamicASN',
      'spec.interface',
      'spec.localASN',
    ]);
    expect(limits[0].message).toBe('peer 192.0.2.1 has bfd-profile set on native bgp mode');
    expect(limits[1].message).toBe('peer 192.0.2.1 has keepalive-time set on native bgp mode');
    expect(limits[4].message).toBe(
      'peer 192.0.2.1 has EnableGracefulRestart flag set on native bgp mode',
    );
  });

  it('lets a zero keepalive through, as MetalLB does, but not a zero connect time', () => {
    expect(nativePeerLimits(peer({ keepaliveTime: '0s' }))).toEqual([]);
    expect(nativePeerLimits(peer({ connectTime: '0s' })).map((l) => l.path)).toEqual([
      'spec.connectTime',
    ]);
  });
});

describe('nativeBFDLimit', () => {
  it('is MetalLB’s native session manager refusal', () => {
    expect(nativeBFDLimit().message).toBe('bfd profiles not supported in native mode');
  });
});

describe('nativeAdvertisementLimits', () => {
  const advertisement = (spec: BGPAdvertisement['spec']): BGPAdvertisement => ({
    metadata: { name: 'upstream' },
    spec,
  });

  it('refuses large communities, not legacy ones nor aliases', () => {
    const limits = nativeAdvertisementLimits(
      advertisement({ ipAddressPools: [], communities: ['65000:100', 'large:1:2:3', 'no-export'] }),
      [],
    );
    expect(limits).toEqual([
      {
        path: 'spec.communities[1]',
        message:
          'native BGP mode only supports legacy communities, BGP advertisement "upstream" has non legacy community "large:1:2:3"',
      },
    ]);
  });

  it('refuses IPv6 in the pools it covers, naming the first IPv6 CIDR as MetalLB does', () => {
    const pools = [
      pool('v4', ['192.168.123.200-192.168.123.250']),
      pool('dual', ['192.168.124.0/24', '2001:db8::10-2001:db8::1f']),
    ];
    expect(nativeAdvertisementLimits(advertisement({ ipAddressPools: ['v4'] }), pools)).toEqual([]);
    expect(nativeAdvertisementLimits(advertisement({}), pools)).toEqual([
      {
        path: 'spec.ipAddressPools',
        message:
          'pool "dual" has ipv6 CIDR 2001:db8::10/124, native bgp mode does not support ipv6',
      },
    ]);
  });
});

describe('nativeCommunityLimits', () => {
  it('names the alias with a large value, printed as Go prints the alias', () => {
    const community: Community = {
      metadata: { name: 'communities' },
      spec: {
        communities: [
          { name: 'no-advertise', value: '65535:65282' },
          { name: 'big', value: 'large:64500:1:2' },
        ],
      },
    };
    expect(nativeCommunityLimits(community)).toEqual([
      {
        path: 'spec.communities[1].value',
        message:
          'native BGP mode only supports legacy communities, BGP community CR "communities" has non legacy community {"big" "large:64500:1:2"}',
      },
    ]);
  });
});
