import { bfdProfile, bgpPeer, community } from '../test-factories';
import { validateBFDProfile } from './bfd-profile';
import { validateBGPPeer } from './bgp-peer';
import { validateCommunity } from './community';

const messages = (issues: Array<{ path: string; message: string }>) =>
  issues.map((i) => [i.path, i.message]);

describe('validateBGPPeer', () => {
  it('passes a complete peer', () => {
    expect(validateBGPPeer(bgpPeer('p', { holdTime: '90s', keepaliveTime: '30s' }))).toEqual([]);
  });

  it('needs ASNs, one of them only, and a valid dynamicASN', () => {
    expect(messages(validateBGPPeer(bgpPeer('p', { myASN: 0, peerASN: 0 })))).toEqual([
      ['spec.myASN', 'missing local ASN'],
      ['spec.peerASN', 'missing peer ASN and dynamicASN'],
    ]);
    expect(messages(validateBGPPeer(bgpPeer('p', { dynamicASN: 'sideways' })))).toEqual([
      ['spec.dynamicASN', 'both peer ASN and dynamicASN specified'],
      ['spec.dynamicASN', 'invalid dynamicASN sideways'],
    ]);
  });

  it('wraps the webhook text as "parsing peer <name> <message>"', () => {
    const [issue] = validateBGPPeer(bgpPeer('edge', { peerAddress: '', interface: '' }));
    expect(issue).toEqual({
      path: 'spec.peerAddress',
      code: 'peer.noAddress',
      params: {},
      message: 'peer has no Address or Interface specified',
      webhookMessage: 'parsing peer edge peer has no Address or Interface specified',
    });
    expect(messages(validateBGPPeer(bgpPeer('edge', { interface: 'eth1' })))).toEqual([
      ['spec.interface', 'peer has both Address and Interface specified'],
    ]);
  });

  it('checks timers, quoted as Go prints a *metav1.Duration', () => {
    expect(messages(validateBGPPeer(bgpPeer('p', { holdTime: '2s' })))).toEqual([
      [
        'spec.holdTime',
        'invalid BGPPeer timers: invalid hold time "&Duration{Duration:2s,}": must be 0 or >=3s',
      ],
    ]);
    expect(messages(validateBGPPeer(bgpPeer('p', { keepaliveTime: '900ms' })))).toEqual([
      ['spec.holdTime', 'invalid BGPPeer timers: invalid hold time "nil": must be 0 or >=3s'],
    ]);
    expect(
      messages(validateBGPPeer(bgpPeer('p', { holdTime: '90s', keepaliveTime: '120s' }))),
    ).toEqual([
      [
        'spec.keepaliveTime',
        'invalid BGPPeer timers: invalid keepaliveTime "&Duration{Duration:2m0s,}", must be lower than holdTime "&Duration{Duration:1m30s,}"',
      ],
    ]);
    expect(validateBGPPeer(bgpPeer('p', { holdTime: '0s' }))).toEqual([]);
    expect(messages(validateBGPPeer(bgpPeer('p', { holdTime: 'soon' })))).toEqual([
      ['spec.holdTime', 'time: invalid duration "soon"'],
    ]);
  });

  it("reads addresses with Go's net.ParseIP: no zones, no leading zeros", () => {
    expect(
      messages(
        validateBGPPeer(
          bgpPeer('p', {
            peerAddress: 'fe80::1%eth0',
            routerID: '010.0.0.1',
            sourceAddress: '10.0.0.1 ',
          }),
        ),
      ),
    ).toEqual([
      ['spec.peerAddress', 'invalid BGPPeer address "fe80::1%eth0"'],
      ['spec.routerID', 'invalid router ID "010.0.0.1"'],
      ['spec.sourceAddress', 'invalid source IP "10.0.0.1 "'],
    ]);
  });

  it('refuses iBGP multihop, password with secret, and names a missing BFD profile', () => {
    const peer = bgpPeer('p', {
      peerASN: 64500,
      ebgpMultiHop: true,
      password: 'x',
      passwordSecret: { name: 's' },
      bfdProfile: 'fast',
    });
    expect(messages(validateBGPPeer(peer, { bfdProfiles: [bfdProfile('slow')] }))).toEqual([
      ['spec.ebgpMultiHop', 'invalid ebgp-multihop parameter set for an ibgp peer'],
      [
        'spec.password',
        'can not have both password and secret ref set in peer config "metallb-system"/"p"',
      ],
      [
        'spec.bfdProfile',
        'BFD profile "fast" does not exist: MetalLB keeps this peer\'s configuration waiting until it does; create it or pick an existing profile',
      ],
    ]);
  });

  it('applies the CRD rules on connectTime', () => {
    expect(messages(validateBGPPeer(bgpPeer('p', { connectTime: '1500ms' })))).toEqual([
      ['spec.connectTime', 'connect time should contain a whole number of seconds'],
    ]);
    expect(messages(validateBGPPeer(bgpPeer('p', { connectTime: '0s' })))).toEqual([
      ['spec.connectTime', 'connect time should be between 1 seconds to 65535'],
    ]);
  });
});

describe('validateBFDProfile', () => {
  it("checks MetalLB's ranges with its joined messages", () => {
    expect(
      messages(
        validateBFDProfile(
          bfdProfile('b', { detectMultiplier: 1, receiveInterval: 300, minimumTtl: 255 }),
        ),
      ),
    ).toEqual([
      [
        'spec.detectMultiplier',
        'invalid value 1, must be in 2-255 range\ninvalid detect multiplier value',
      ],
      ['spec.minimumTtl', 'invalid value 255, must be in 1-254 range\ninvalid minimum ttl value'],
    ]);
  });
});

describe('validateCommunity', () => {
  it('checks values and alias names across Community objects', () => {
    const others = [community('other', { gold: '65000:1' })];
    const mine = community('mine', {
      gold: '65000:2',
      bad: '1:2:3',
      ok: 'large:1:2:3',
      twice: '1:1',
      'twice ': '1:1',
    });
    mine.spec!.communities!.push({ name: 'twice', value: '2:2' });
    expect(messages(validateCommunity(mine, others))).toEqual([
      ['spec.communities[0].name', 'duplicate definition of community "gold"'],
      ['spec.communities[1].value', 'parsing community "bad": invalid community format: 1:2:3'],
      ['spec.communities[5].name', 'duplicate definition of community "twice"'],
    ]);
  });
});
