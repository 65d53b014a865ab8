// Every MetalLB list asks the API server for no access review until a row's kebab opens (a list of
// hundreds of rows would otherwise ask three per row on first render), and the open menu has the
// row's access-reviewed actions.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FC } from 'react';
import { MemoryRouter } from 'react-router-dom-v5-compat';
import { useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import {
  bfdProfile,
  bgpAdvertisement,
  bgpPeer,
  community,
  l2Advertisement,
} from '../metallb/test-factories';
import type { K8sObject } from '../metallb';
import { loaded, programWatches } from './test-support/watches';
import L2AdvertisementListPage from './l2-advertisements/list/L2AdvertisementListPage';
import BGPAdvertisementListPage from './bgp-advertisements/list/BGPAdvertisementListPage';
import BGPPeerListPage from './bgp-peers/list/BGPPeerListPage';
import BFDProfileListPage from './bfd-profiles/list/BFDProfileListPage';
import CommunityListPage from './communities/list/CommunityListPage';

const lists: Array<[string, FC, (name: string) => K8sObject]> = [
  ['L2Advertisement', L2AdvertisementListPage, (n) => l2Advertisement(n)],
  ['BGPAdvertisement', BGPAdvertisementListPage, (n) => bgpAdvertisement(n)],
  ['BGPPeer', BGPPeerListPage, (n) => bgpPeer(n)],
  ['BFDProfile', BFDProfileListPage, (n) => bfdProfile(n)],
  ['Community', CommunityListPage, (n) => community(n, { a: '65000:1' })],
];

describe.each(lists)('the %s list', (kind, ListPage, make) => {
  it('asks for no access review until a row kebab opens, then for that row only', async () => {
    programWatches({ [kind]: loaded([make('first'), make('second')]) });
    jest.mocked(useAccessReview).mockClear();
    jest.mocked(useAccessReview).mockReturnValue([true, false]);
    render(
      <MemoryRouter>
        <ListPage />
      </MemoryRouter>,
    );
    expect(screen.getByRole('button', { name: 'Actions for second' })).toBeInTheDocument();
    expect(useAccessReview).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Actions for second' }));
    expect(screen.getAllByRole('menuitem').map((m) => m.textContent)).toEqual([
      `Edit ${kind}`,
      'Edit labels',
      `Delete ${kind}`,
    ]);
    expect(useAccessReview).toHaveBeenCalledWith(expect.objectContaining({ name: 'second' }));
    expect(useAccessReview).not.toHaveBeenCalledWith(expect.objectContaining({ name: 'first' }));
  });
});
