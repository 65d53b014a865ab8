import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom-v5-compat';
import { bgpAdvertisement, community } from '../../metallb/test-factories';
import { loaded, programWatches } from '../test-support/watches';
import CommunityListPage from './list/CommunityListPage';
import CommunityDetailsPage from './details/CommunityDetailsPage';

const aliases = community('bgp-communities', {
  'no-advertise': '65535:65282',
  big: 'large:64500:1:2',
  broken: '65536:1',
});
const advertisements = loaded([bgpAdvertisement('edge', { communities: ['no-advertise'] })]);

describe('CommunityListPage', () => {
  it('lists aliases with their values and the advertisements using them', () => {
    programWatches({ Community: loaded([aliases]), BGPAdvertisement: advertisements });
    render(
      <MemoryRouter>
        <CommunityListPage />
      </MemoryRouter>,
    );
    const cells = within(screen.getByTestId('communities-row-bgp-communities'))
      .getAllByRole('cell')
      .slice(0, -1) // the actions kebab
      .map((c) => c.textContent);
    expect(cells).toEqual([
      'bgp-communities',
      'no-advertise = 65535:65282big = large:64500:1:2broken = 65536:1',
      'edge',
    ]);
  });
});

describe('CommunityDetailsPage', () => {
  it('checks each value as standard or large, in MetalLB’s words when invalid', () => {
    programWatches({ Community: loaded([aliases]), BGPAdvertisement: advertisements });
    render(
      <MemoryRouter>
        <CommunityDetailsPage name="bgp-communities" />
      </MemoryRouter>,
    );
    const table = screen.getByTestId('community-aliases');
    expect(table).toHaveTextContent('no-advertise65535:65282Standard (two 16-bit numbers)');
    expect(table).toHaveTextContent('biglarge:64500:1:2Large (three 32-bit numbers)');
    expect(table).toHaveTextContent(
      'invalid community value: invalid section "65536" of community "65536:1"',
    );
    expect(screen.getByTestId('community-users')).toHaveTextContent('edge (no-advertise)');
  });
});
