import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom-v5-compat';
import { useAccessReview, useDeleteModal } from '@openshift-console/dynamic-plugin-sdk';
import { l2Status, node, speaker } from '../../../metallb/announcement-factories';
import { allocatedService, l2Advertisement, pool, service } from '../../../metallb/test-factories';
import { failed, loaded, loading, programWatches } from '../../test-support/watches';
import PoolDetailsPage from './PoolDetailsPage';
import { PoolAdvertisementsTab } from './PoolAdvertisementsTab';
import { PoolServicesTab } from './PoolServicesTab';

const webapp = {
  ...pool('ip-addresspool-webapp', ['192.168.123.200-192.168.123.250']),
  metadata: {
    name: 'ip-addresspool-webapp',
    namespace: 'metallb-system',
    uid: 'u1',
    labels: { team: 'web' },
  },
};
const database = allocatedService('database', 'ip-addresspool-webapp', ['192.168.123.200'], {
  namespace: 'vmexamples',
});
const cluster = (over = {}) =>
  programWatches({
    IPAddressPool: loaded([webapp]),
    Service: loaded([database]),
    L2Advertisement: loaded([l2Advertisement('l2', { ipAddressPools: ['ip-addresspool-webapp'] })]),
    ServiceL2Status: loaded([
      l2Status('database', 'worker-3', '2026-11-28T10:00:00Z', 'vmexamples'),
    ]),
    Pod: loaded([speaker('worker-3')]),
    Node: loaded([node('worker-3')]),
    ...over,
  });

const renderPage = () =>
  render(
    <MemoryRouter>
      <PoolDetailsPage name="ip-addresspool-webapp" />
    </MemoryRouter>,
  );

beforeEach(() => jest.mocked(useAccessReview).mockReturnValue([true, false]));

describe('pool details page', () => {
  it('shows a spinner while the pool loads', () => {
    cluster({ IPAddressPool: loading });
    renderPage();
    expect(screen.getByRole('progressbar')).toBeInTheDocument();
  });

  it('says when the pool does not exist, and when it cannot be read', () => {
    cluster({ IPAddressPool: loaded([]) });
    const view = renderPage();
    expect(screen.getByTestId('details-error')).toHaveTextContent('does not exist');
    view.unmount();
    cluster({ IPAddressPool: failed('forbidden', 403) });
    renderPage();
    expect(screen.getByTestId('details-error')).toHaveTextContent('could not be loaded');
  });

  it('writes each block out with its size, counts the pool, and maps every address', () => {
    cluster();
    renderPage();
    expect(screen.getByTestId('pool-addresses')).toHaveTextContent(
      '192.168.123.200-192.168.123.250 IPv4, 51 addresses, 192.168.123.200 to 192.168.123.250',
    );
    expect(screen.getByTestId('pool-utilization')).toHaveTextContent('1 of 51');
    const map = screen.getByTestId('address-map');
    expect(within(map).getAllByRole('img')).toHaveLength(51);
    expect(screen.getByTestId('seat-192.168.123.200')).toHaveAccessibleName(
      '192.168.123.200: assigned to vmexamples/database',
    );
    expect(screen.getByTestId('seat-192.168.123.200')).toHaveAttribute('tabindex', '0');
    expect(screen.getByTestId('seat-192.168.123.201')).toHaveAttribute('tabindex', '-1');
  });

  it('moves through the map with the arrow keys and has a table for the same facts', async () => {
    cluster();
    renderPage();
    screen.getByTestId('seat-192.168.123.200').focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByTestId('seat-192.168.123.201')).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Table' }));
    const table = screen.getByRole('grid', {
      name: 'Addresses of 192.168.123.200-192.168.123.250',
    });
    expect(
      within(table)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual([
      'AddressesCountStateService',
      '192.168.123.2001Assignedvmexamples/database',
      '192.168.123.201 to 192.168.123.25050Free',
    ]);
  });

  it('warns when no advertisement covers the pool', () => {
    cluster({ L2Advertisement: loaded([]) });
    renderPage();
    expect(screen.getByTestId('pool-warnings')).toHaveTextContent('Not announced');
  });

  it('names the Services holding addresses in the delete dialog', async () => {
    cluster();
    const launch = jest.fn();
    jest.mocked(useDeleteModal).mockReturnValue(launch);
    renderPage();
    await userEvent.click(screen.getByTestId('actions'));
    await userEvent.click(screen.getByRole('menuitem', { name: /Delete IPAddressPool/ }));
    expect(launch).toHaveBeenCalled();
    const [resource, redirect, message] = jest.mocked(useDeleteModal).mock.calls.at(-1)!;
    expect(resource.metadata?.name).toBe('ip-addresspool-webapp');
    expect(redirect).toBe('/k8s/ns/metallb-system/metallb.io~v1beta1~IPAddressPool');
    render(<MemoryRouter>{message}</MemoryRouter>);
    const dependents = screen.getByTestId('delete-dependents');
    expect(dependents).toHaveTextContent('Services holding its addresses (1)');
    expect(dependents).toHaveTextContent('database in vmexamples holds 192.168.123.200');
    expect(dependents).toHaveTextContent('Advertisements that name or select it (1)');
  });

  it('keeps actions a user may not take, disabled with the reason', async () => {
    cluster();
    jest.mocked(useAccessReview).mockReturnValue([false, false]);
    renderPage();
    await userEvent.click(screen.getByTestId('actions'));
    expect(screen.getByTestId('action-delete')).toHaveTextContent(
      'Your user cannot delete IPAddressPools in metallb-system',
    );
  });
});

describe('pool tabs', () => {
  it('lists each assigned IP with its Service, namespace, announcing node and protocol', () => {
    cluster();
    render(
      <MemoryRouter>
        <PoolServicesTab obj={webapp} />
      </MemoryRouter>,
    );
    expect(screen.getByTestId('pool-service-192.168.123.200')).toHaveTextContent(
      '192.168.123.200databasevmexamplesworker-3Layer 2',
    );
  });

  it('says so when the user cannot list Services, and when none holds an address', () => {
    cluster({ Service: failed('forbidden', 403) });
    const view = render(
      <MemoryRouter>
        <PoolServicesTab obj={webapp} />
      </MemoryRouter>,
    );
    expect(screen.getByText('Services cannot be listed by your user')).toBeInTheDocument();
    view.unmount();
    cluster({ Service: loaded([service('other', ['10.0.0.1'])]) });
    render(
      <MemoryRouter>
        <PoolServicesTab obj={webapp} />
      </MemoryRouter>,
    );
    expect(screen.getByTestId('pool-services-empty')).toBeInTheDocument();
  });

  it('lists the advertisements covering the pool and how', () => {
    cluster({
      L2Advertisement: loaded([
        l2Advertisement('named', { ipAddressPools: ['ip-addresspool-webapp'] }),
        l2Advertisement('by-label', { ipAddressPoolSelectors: [{ matchLabels: { team: 'web' } }] }),
        l2Advertisement('elsewhere', { ipAddressPools: ['other'] }),
      ]),
    });
    render(<PoolAdvertisementsTab obj={webapp} />);
    expect(
      within(screen.getByTestId('pool-advertisements'))
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.textContent),
    ).toEqual([
      'namedL2AdvertisementNames this pool',
      'by-labelL2AdvertisementSelects this pool by its labels',
    ]);
  });
});
