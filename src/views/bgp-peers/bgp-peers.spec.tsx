import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom-v5-compat';
import { useK8sModel } from '@openshift-console/dynamic-plugin-sdk';
import { bfdProfile, bgpAdvertisement, bgpPeer } from '../../metallb/test-factories';
import { loaded, programWatches } from '../test-support/watches';
import { node, sessionState } from '../../metallb/announcement-factories';
import { serveEveryKind } from '../../k8s/hooks/watch-test-helpers';
import BGPPeerListPage from './list/BGPPeerListPage';
import BGPPeerDetailsPage from './details/BGPPeerDetailsPage';

describe('BGPPeerListPage', () => {
  it('writes each session in words: endpoint, ASNs, BFD profile, nodes, VRF', () => {
    programWatches({
      BGPPeer: loaded([
        bgpPeer('tor-a', { bfdProfile: 'fast', vrf: 'red' }),
        bgpPeer('unnumbered', {
          peerAddress: undefined,
          interface: 'eth1',
          peerASN: undefined,
          dynamicASN: 'external',
        }),
        bgpPeer('v6', { peerAddress: 'fd00::1', peerPort: 1179 }),
      ]),
    });
    render(
      <MemoryRouter>
        <BGPPeerListPage />
      </MemoryRouter>,
    );
    const cells = (name: string) =>
      within(screen.getByTestId(`bgp-peers-row-${name}`))
        .getAllByRole('cell')
        .slice(0, -1) // the actions kebab
        .map((c) => c.textContent);
    expect(cells('tor-a')).toEqual([
      'tor-a',
      '192.0.2.1:179',
      '64500 → 64501',
      'fast',
      'All nodes',
      'red',
    ]);
    expect(cells('unnumbered').slice(1, 3)).toEqual([
      'interface eth1 (unnumbered)',
      '64500 → any other ASN (eBGP, dynamic)',
    ]);
    expect(cells('v6')[1]).toBe('[fd00::1]:1179');
  });
});

describe('BGPPeerDetailsPage', () => {
  it('groups the fields and names the advertisements that announce to the peer', () => {
    programWatches({
      BGPPeer: loaded([
        bgpPeer('tor-a', {
          bfdProfile: 'missing',
          holdTime: '9s',
          passwordSecret: { name: 'tor-a-password' },
        }),
      ]),
      BGPAdvertisement: loaded([
        bgpAdvertisement('only-a', { peers: ['tor-a'] }),
        bgpAdvertisement('everyone'),
      ]),
      BFDProfile: loaded([bfdProfile('fast')]),
    });
    render(
      <MemoryRouter>
        <BGPPeerDetailsPage name="tor-a" />
      </MemoryRouter>,
    );
    expect(screen.getByTestId('peer-timers')).toHaveTextContent('Hold time9s');
    expect(screen.getByTestId('peer-security')).toHaveTextContent('From Secret tor-a-password');
    expect(screen.getByTestId('peer-bfd')).toHaveTextContent(
      'missing does not exist: MetalLB keeps this peer waiting until it does',
    );
    expect(screen.getByTestId('peer-advertisements')).toHaveTextContent(
      'Limited to this peeronly-aAnnouncing to every peereveryone',
    );
  });
});

describe('BGPPeerDetailsPage: the sessions from the nodes', () => {
  const peer = bgpPeer('router', { peerAddress: '192.168.123.2' });
  it('shows each node’s session from BGPSessionState, live: state, BFD, since; a node reporting none', () => {
    serveEveryKind();
    programWatches({
      BGPPeer: loaded([peer]),
      Node: loaded(['worker-1', 'worker-2', 'worker-3'].map((n) => node(n))),
      BGPSessionState: loaded([
        sessionState('worker-1', '192.168.123.2', 'Established', 'up'),
        sessionState('worker-2', '192.168.123.2', 'Active', 'down'),
      ]),
    });
    render(
      <MemoryRouter>
        <BGPPeerDetailsPage name="router" />
      </MemoryRouter>,
    );
    const row = (n: string) => within(screen.getByTestId(`session-${n}`));
    expect(row('worker-1').getByTestId('session-bgp')).toHaveTextContent('Established');
    expect(row('worker-1').getByTestId('session-bfd')).toHaveTextContent('up');
    expect(row('worker-2').getByTestId('session-bgp')).toHaveTextContent('Active (down)');
    expect(row('worker-3').getByTestId('session-bgp')).toHaveTextContent('No session reported');
    expect(screen.getByTestId('session-worker-1').querySelector('time')).toHaveAttribute(
      'dateTime',
      '2026-12-06T06:00:00.000Z',
    );
  });

  it('says what it cannot show where FRR-K8s’s BGPSessionState is not served', () => {
    // discovery knows no frrk8s.metallb.io kinds
    jest.mocked(useK8sModel).mockImplementation((() => [undefined, false]) as never);
    programWatches({ BGPPeer: loaded([peer]) });
    render(
      <MemoryRouter>
        <BGPPeerDetailsPage name="router" />
      </MemoryRouter>,
    );
    expect(screen.getByTestId('peer-sessions')).toHaveTextContent(
      'does not serve FRR-K8s’s BGPSessionState (frrk8s.metallb.io/v1beta1)',
    );
    expect(screen.queryByTestId('sessions-table')).toBeNull();
  });
});

describe('BGPPeerDetailsPage: FRR-K8s not ready on a node', () => {
  it('calls that node’s last reported state not current', () => {
    serveEveryKind();
    const frrPod = (n: string, ready: boolean) => ({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: `frr-k8s-${n}`, namespace: 'frr-k8s-system', labels: { app: 'frr-k8s' } },
      spec: { nodeName: n },
      status: {
        phase: 'Running',
        conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }],
      },
    });
    programWatches({
      BGPPeer: loaded([bgpPeer('router', { peerAddress: '192.168.123.2' })]),
      Node: loaded(['worker-1', 'worker-2'].map((n) => node(n))),
      Pod: loaded([frrPod('worker-1', true), frrPod('worker-2', false)]),
      BGPSessionState: loaded(
        ['worker-1', 'worker-2'].map((n) => sessionState(n, '192.168.123.2', 'Established', 'up')),
      ),
    });
    render(
      <MemoryRouter>
        <BGPPeerDetailsPage name="router" />
      </MemoryRouter>,
    );
    const bgp = (n: string) =>
      within(screen.getByTestId(`session-${n}`)).getByTestId('session-bgp');
    expect(bgp('worker-1')).toHaveTextContent(/^Established$/);
    expect(bgp('worker-2')).toHaveTextContent('Established (not current: FRR-K8s not ready)');
  });
});
