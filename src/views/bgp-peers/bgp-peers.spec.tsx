import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom-v5-compat';
import { bfdProfile, bgpAdvertisement, bgpPeer } from '../../metallb/test-factories';
import { loaded, programWatches } from '../test-support/watches';
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
