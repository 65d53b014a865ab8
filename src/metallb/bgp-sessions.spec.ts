import { sessionState } from './announcement-factories';
import {
  frrReadiness,
  peerLabelValue,
  sessionHealth,
  sessionOf,
  sessionsDown,
  sessionsOfPeer,
  stateSince,
} from './bgp-sessions';
import { bgpPeer } from './test-factories';

const router = bgpPeer('router', { myASN: 64500, peerASN: 64501, peerAddress: '192.168.123.2' });

describe('peerLabelValue: the peer as FRR-K8s labels it', () => {
  it('keeps IPv4 addresses and interface names', () => {
    expect(peerLabelValue('192.168.123.2')).toBe('192.168.123.2');
    expect(peerLabelValue('eth1')).toBe('eth1');
  });
  it('expands IPv6 with dashes, as Go netip StringExpanded with ":" replaced', () => {
    expect(peerLabelValue('fc00:f853:ccd:e799::2')).toBe('fc00-f853-0ccd-e799-0000-0000-0000-0002');
    expect(peerLabelValue('::1')).toBe('0000-0000-0000-0000-0000-0000-0000-0001');
    expect(peerLabelValue('2001:DB8:0:0:1:0:0:1')).toBe('2001-0db8-0000-0000-0001-0000-0000-0001');
  });
});

describe('sessionsOfPeer', () => {
  const states = [
    sessionState('worker-2', '192.168.123.2', 'Active', 'down', '2026-12-06T06:01:00Z'),
    sessionState('worker-1', '192.168.123.2', 'Established', 'up'),
    sessionState('worker-1', '192.168.123.9', 'Established'),
    sessionState('worker-3', '192.168.123.2', 'Established', 'N/A', undefined, 'red'),
  ];
  it('lists each node reporting a session with this peer, in node order, with BFD and since', () => {
    expect(sessionsOfPeer(router, states)).toEqual([
      {
        node: 'worker-1',
        bgp: 'Established',
        bfd: 'up',
        health: 'up',
        since: '2026-12-06T06:00:00Z',
      },
      {
        node: 'worker-2',
        bgp: 'Active',
        bfd: 'down',
        health: 'down',
        since: '2026-12-06T06:01:00Z',
      },
    ]);
  });
  it('adds the nodes expected to peer that report nothing, as unknown', () => {
    expect(sessionsOfPeer(router, states, ['worker-3']).map((s) => [s.node, s.health])).toEqual([
      ['worker-1', 'up'],
      ['worker-2', 'down'],
      ['worker-3', 'unknown'],
    ]);
  });
  it('matches the VRF: the session in VRF red is that peer in red', () => {
    const red = bgpPeer('red', { peerAddress: '192.168.123.2', vrf: 'red' });
    expect(sessionsOfPeer(red, states).map((s) => s.node)).toEqual(['worker-3']);
  });
  it('says BFD is not configured when frr-status writes N/A', () => {
    expect(sessionsOfPeer(bgpPeer('p', { peerAddress: '192.168.123.9' }), states)[0].bfd).toBe(
      undefined,
    );
  });
});

describe('since, health', () => {
  it('since is the newest status write; the creation time when there is none', () => {
    const s = sessionState(
      'worker-1',
      '192.168.123.2',
      'Established',
      'up',
      '2026-12-06T07:00:00Z',
    );
    expect(stateSince(s)).toBe('2026-12-06T07:00:00Z');
    s.metadata!.managedFields = [];
    expect(stateSince(s)).toBe('2026-12-06T05:00:00Z');
  });
  it('only Established is up', () => {
    expect(
      ['Established', 'Active', 'Idle', 'Connect', 'OpenSent', undefined].map(sessionHealth),
    ).toEqual(['up', 'down', 'down', 'down', 'down', 'unknown']);
  });
});

describe('sessionOf and sessionsDown', () => {
  const states = [
    sessionState('worker-1', '192.168.123.2', 'Established', 'up'),
    sessionState('worker-2', '192.168.123.2', 'Connect', 'down'),
    sessionState('worker-2', '192.168.123.77', 'Idle'),
  ];
  it("a node's session with a peer named by ServiceBGPStatus", () => {
    expect(sessionOf('worker-2', 'router', [router], states)).toMatchObject({
      node: 'worker-2',
      peerName: 'router',
      address: '192.168.123.2',
      bgp: 'Connect',
      health: 'down',
    });
    expect(sessionOf('worker-3', 'router', [router], states).health).toBe('unknown');
    // states not readable (FRR-K8s's CRDs absent): unknown, never up
    expect(sessionOf('worker-1', 'router', [router], undefined).health).toBe('unknown');
    expect(sessionOf('worker-1', 'gone', [router], states).health).toBe('unknown');
  });
  it('every session down, named by its BGPPeer when one matches, else by the address', () => {
    expect(sessionsDown([router], states).map((s) => [s.peerName, s.node, s.bgp])).toEqual([
      ['192.168.123.77', 'worker-2', 'Idle'],
      ['router', 'worker-2', 'Connect'],
    ]);
  });
});

describe('stale sessions: the node’s FRR-K8s pod is not ready', () => {
  const pod = (node: string, ready: boolean) => ({
    spec: { nodeName: node },
    status: { conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }] },
  });
  const states = [
    sessionState('worker-1', '192.168.123.2', 'Established', 'up'),
    sessionState('worker-2', '192.168.123.2', 'Established', 'up'),
  ];
  it('a reported state from a node whose FRR-K8s pod is not ready is stale, not up', () => {
    const ready = frrReadiness([pod('worker-1', true), pod('worker-2', false)]);
    expect(sessionsOfPeer(router, states, [], ready).map((s) => [s.node, s.health])).toEqual([
      ['worker-1', 'up'],
      ['worker-2', 'stale'],
    ]);
    expect(sessionsDown([router], states, ready).map((s) => [s.node, s.health])).toEqual([
      ['worker-2', 'stale'],
    ]);
  });
  it('without FRR-K8s pods to read, nothing is called stale', () => {
    expect(frrReadiness(undefined)).toBeUndefined();
    expect(sessionsOfPeer(router, states, [], frrReadiness([])).map((s) => s.health)).toEqual([
      'up',
      'up',
    ]);
  });
});
