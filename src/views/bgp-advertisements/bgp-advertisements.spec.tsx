import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom-v5-compat';
import { bgpAdvertisement, bgpPeer, community, pool } from '../../metallb/test-factories';
import { loaded, programWatches } from '../test-support/watches';
import BGPAdvertisementListPage from './list/BGPAdvertisementListPage';
import BGPAdvertisementDetailsPage from './details/BGPAdvertisementDetailsPage';

const wide = pool('wide', ['10.20.30.40/24', '1.2.3.0/28']);
const adv = bgpAdvertisement('bgp-wide', {
  ipAddressPools: ['wide'],
  peers: ['tor-a', 'tor-gone'],
  aggregationLength: 28,
  localPref: 100,
  communities: ['no-advertise', '65000:100', 'unknown-alias'],
});

describe('BGPAdvertisementListPage', () => {
  it('lists pools, peers, aggregation, local preference and communities', () => {
    programWatches({
      BGPAdvertisement: loaded([adv, bgpAdvertisement('all')]),
      IPAddressPool: loaded([wide]),
    });
    render(
      <MemoryRouter>
        <BGPAdvertisementListPage />
      </MemoryRouter>,
    );
    const cells = (name: string) =>
      within(screen.getByTestId(`bgp-advertisements-row-${name}`))
        .getAllByRole('cell')
        .slice(0, -1) // the actions kebab
        .map((c) => c.textContent);
    expect(cells('bgp-wide')).toEqual([
      'bgp-wide',
      'wide',
      'tor-ator-gone',
      'All nodes',
      '/28, /128',
      '100',
      'no-advertise65000:100unknown-alias',
    ]);
    expect(cells('all')).toEqual([
      'all',
      'All pools',
      'All peers',
      'All nodes',
      '/32, /128',
      '-',
      '-',
    ]);
  });
});

describe('BGPAdvertisementDetailsPage', () => {
  it('resolves communities and peers, and shows the aggregation floor the pools set', () => {
    programWatches({
      BGPAdvertisement: loaded([adv]),
      IPAddressPool: loaded([wide]),
      BGPPeer: loaded([bgpPeer('tor-a')]),
      Community: loaded([community('well-known', { 'no-advertise': '65535:65282' })]),
    });
    render(
      <MemoryRouter>
        <BGPAdvertisementDetailsPage name="bgp-wide" />
      </MemoryRouter>,
    );
    const details = screen.getByTestId('bgp-advertisement-details');
    expect(details).toHaveTextContent('tor-gone (does not exist)');
    expect(details).toHaveTextContent('At least /28 for 1.2.3.0/28 in pool wide');
    expect(details).toHaveTextContent(
      'no-advertise = 65535:65282 (alias from Community well-known)',
    );
    expect(details).toHaveTextContent(
      'unknown-alias: neither a valid value nor an alias of a Community object',
    );
  });

  it('warns when there is no BGP peer to announce to', () => {
    programWatches({ BGPAdvertisement: loaded([bgpAdvertisement('lonely')]) });
    render(
      <MemoryRouter>
        <BGPAdvertisementDetailsPage name="lonely" />
      </MemoryRouter>,
    );
    expect(screen.getByText('No BGP peer exists')).toBeInTheDocument();
  });
});
