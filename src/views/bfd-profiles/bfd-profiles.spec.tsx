import { render, screen, within } from '@testing-library/react';
import { useDeleteModal } from '@openshift-console/dynamic-plugin-sdk';
import { MemoryRouter } from 'react-router-dom-v5-compat';
import userEvent from '@testing-library/user-event';
import { bfdProfile, bgpPeer } from '../../metallb/test-factories';
import { loaded, programWatches } from '../test-support/watches';
import BFDProfileListPage from './list/BFDProfileListPage';
import BFDProfileDetailsPage from './details/BFDProfileDetailsPage';

const peers = loaded([
  bgpPeer('tor-a', { bfdProfile: 'fast' }),
  bgpPeer('tor-b', { bfdProfile: 'fast' }),
]);

describe('BFDProfileListPage', () => {
  it('shows the timers with MetalLB’s defaults and the peers using each profile', () => {
    programWatches({
      BFDProfile: loaded([
        bfdProfile('fast', { receiveInterval: 50, detectMultiplier: 5 }),
        bfdProfile('plain'),
      ]),
      BGPPeer: peers,
    });
    render(
      <MemoryRouter>
        <BFDProfileListPage />
      </MemoryRouter>,
    );
    const cells = (name: string) =>
      within(screen.getByTestId(`bfd-profiles-row-${name}`))
        .getAllByRole('cell')
        .slice(0, -1) // the actions kebab
        .map((c) => c.textContent);
    expect(cells('fast')).toEqual(['fast', '50 ms', '300 ms', '5', 'tor-ator-b']);
    expect(cells('plain')).toEqual(['plain', '300 ms', '300 ms', '3', 'None']);
  });
});

describe('BFDProfileDetailsPage', () => {
  it('names the peers that keep MetalLB from deleting the profile', () => {
    programWatches({ BFDProfile: loaded([bfdProfile('fast')]), BGPPeer: peers });
    render(
      <MemoryRouter>
        <BFDProfileDetailsPage name="fast" />
      </MemoryRouter>,
    );
    expect(screen.getByTestId('bfd-peers')).toHaveTextContent(
      'MetalLB refuses to delete this profile while these peers use it:tor-ator-b',
    );
    expect(screen.getByTestId('bfd-profile-details')).toHaveTextContent(
      'Receive interval300 ms (default)',
    );
  });
});

describe('BFD profile delete', () => {
  it('names the peers that keep MetalLB from deleting it, in the delete dialog', async () => {
    programWatches({ BFDProfile: loaded([bfdProfile('fast')]), BGPPeer: peers });
    render(
      <MemoryRouter>
        <BFDProfileListPage />
      </MemoryRouter>,
    );
    jest.mocked(useDeleteModal).mockClear();
    // The row's actions exist once its kebab opens.
    await userEvent.click(screen.getByRole('button', { name: 'Actions for fast' }));
    const calls = jest.mocked(useDeleteModal).mock.calls;
    const [resource, afterDelete, message] = calls[calls.length - 1];
    expect(resource.metadata?.name).toBe('fast');
    expect(afterDelete).toBeUndefined();
    render(<MemoryRouter>{message}</MemoryRouter>);
    expect(screen.getByTestId('delete-dependents')).toHaveTextContent(
      'BGP peers using this profile (2)MetalLB refuses to delete a profile while a peer uses it',
    );
    expect(screen.getByTestId('delete-dependents')).toHaveTextContent('tor-ator-b');
  });
});
