import { render as renderRaw, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router-dom-v5-compat';
import { useAccessReview, useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { l2Advertisement } from '../../../metallb/test-factories';
import { programWatches } from '../../test-support/watches';
import { pool, service } from '../../../metallb/test-factories';
import IPAddressPoolListPage from './IPAddressPoolListPage';

type WatchResult = [unknown, boolean, unknown];

/** Programs the watches: pools in metallb-system, LoadBalancer Services everywhere, the rest empty. */
const watches = ({
  pools = [[], true, undefined],
  services = [[], true, undefined],
  l2 = [[], true, undefined],
}: {
  pools?: WatchResult;
  services?: WatchResult;
  l2?: WatchResult;
}) => programWatches({ IPAddressPool: pools, Service: services, L2Advertisement: l2 });

const render = (ui: ReactElement) => {
  const view = renderRaw(<MemoryRouter>{ui}</MemoryRouter>);
  return {
    ...view,
    rerender: (next: ReactElement) => view.rerender(<MemoryRouter>{next}</MemoryRouter>),
  };
};
const loaded = (items: unknown[]): WatchResult => [items, true, undefined];
const forbidden = (what: string): WatchResult => [
  [],
  false,
  Object.assign(new Error(`${what} is forbidden`), { code: 403 }),
];

const row = (name: string) => screen.getByTestId(`pool-row-${name}`);
const webapp = () => pool('ip-addresspool-webapp', ['192.168.123.200-192.168.123.250']);

describe('IPAddressPoolListPage', () => {
  it('shows a spinner while the pools load', () => {
    watches({ pools: [[], false, undefined] });
    render(<IPAddressPoolListPage />);
    expect(
      screen.getByRole('progressbar', { name: 'Loading IP address pools' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
  });

  it('waits for Services too, so utilization does not flash as zero', () => {
    watches({ pools: loaded([webapp()]), services: [[], false, undefined] });
    render(<IPAddressPoolListPage />);
    expect(
      screen.getByRole('progressbar', { name: 'Loading IP address pools' }),
    ).toBeInTheDocument();
  });

  it('explains how to create a pool when there is none', () => {
    watches({ pools: loaded([]) });
    render(<IPAddressPoolListPage />);
    const empty = screen.getByTestId('pools-empty');
    expect(within(empty).getByRole('heading', { name: 'No IP address pools' })).toBeInTheDocument();
    expect(empty).toHaveTextContent('Create an IPAddressPool in the metallb-system namespace');
    expect(within(empty).getByText('Create IP address pool').closest('a')).toHaveAttribute(
      'href',
      '/k8s/ns/metallb-system/metallb.io~v1beta1~IPAddressPool/~new',
    );
  });

  it('says what failed when the pools cannot be read', () => {
    watches({
      pools: [[], false, new Error('the server is currently unable to handle the request')],
    });
    render(<IPAddressPoolListPage />);
    const error = screen.getByTestId('pools-error');
    expect(error).toHaveTextContent('IP address pools could not be loaded');
    expect(error).toHaveTextContent('the server is currently unable to handle the request');
  });

  it('tells a user without permission to ask an administrator', () => {
    watches({ pools: forbidden('ipaddresspools.metallb.io') });
    render(<IPAddressPoolListPage />);
    expect(screen.getByTestId('pools-error')).toHaveTextContent(
      'You cannot list IP address poolsListing IPAddressPools in the metallb-system namespace needs permission',
    );
  });

  it('lists each pool with its addresses and auto-assign setting, watching pools in metallb-system', () => {
    watches({
      pools: loaded([webapp(), pool('db', ['10.0.0.0/29', '10.0.1.0/30'], { autoAssign: false })]),
    });
    render(<IPAddressPoolListPage />);
    expect(screen.getByRole('heading', { name: 'IP address pools' })).toBeInTheDocument();
    expect(
      within(row('ip-addresspool-webapp'))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([
      'ip-addresspool-webapp',
      '192.168.123.200-192.168.123.250',
      'Yes',
      '0',
      'IPv40 of 51',
      'Not announced',
      '',
    ]);
    expect(within(row('db')).getAllByRole('cell')[1].textContent).toBe('10.0.0.0/2910.0.1.0/30');
    expect(within(row('db')).getAllByRole('cell')[2].textContent).toBe('No');
    expect(useK8sWatchResource).toHaveBeenCalledWith(
      expect.objectContaining({ namespace: 'metallb-system', isList: true }),
    );
    expect(useK8sWatchResource).toHaveBeenCalledWith({
      groupVersionKind: { group: undefined, version: 'v1', kind: 'Service' },
      isList: true,
      fieldSelector: 'spec.type=LoadBalancer',
    });
  });

  it('counts the LoadBalancer IPs a pool has handed out, per family', () => {
    watches({
      pools: loaded([webapp(), pool('dual', ['10.1.0.0/30', 'fd00::/126'])]),
      services: loaded([
        service('database', ['192.168.123.200'], { namespace: 'vmexamples' }),
        service('web', ['10.1.0.1', 'fd00::2']),
        service('internal', ['192.168.123.201'], { type: 'ClusterIP' }),
      ]),
    });
    render(<IPAddressPoolListPage />);
    const bar = within(row('ip-addresspool-webapp')).getByRole('progressbar');
    expect(bar).toHaveAttribute('aria-valuenow', '1.96');
    expect(row('ip-addresspool-webapp')).toHaveTextContent('IPv41 of 51');
    expect(row('dual')).toHaveTextContent('IPv41 of 4');
    expect(row('dual')).toHaveTextContent('IPv61 of 4');
  });

  it('moves the count as Services come and go', () => {
    watches({ pools: loaded([webapp()]) });
    const { rerender } = render(<IPAddressPoolListPage />);
    expect(row('ip-addresspool-webapp')).toHaveTextContent('0 of 51');
    watches({
      pools: loaded([webapp()]),
      services: loaded([service('database', ['192.168.123.200'], { namespace: 'vmexamples' })]),
    });
    rerender(<IPAddressPoolListPage />);
    expect(row('ip-addresspool-webapp')).toHaveTextContent('1 of 51');
  });

  it('shows a huge IPv6 pool as huge, not as a wrong number', () => {
    watches({ pools: loaded([pool('v6', ['fd00:1::/64'])]) });
    render(<IPAddressPoolListPage />);
    expect(row('v6')).toHaveTextContent('IPv60 of 2⁶⁴');
  });

  it('degrades to MetalLB’s own counts when the user cannot list Services everywhere', () => {
    const reported = { ...webapp(), status: { assignedIPv4: 3, availableIPv4: 48 } };
    watches({ pools: loaded([reported]), services: forbidden('services') });
    render(<IPAddressPoolListPage />);
    expect(screen.getByTestId('services-unavailable')).toHaveTextContent(
      'Utilization as reported by MetalLB',
    );
    expect(row('ip-addresspool-webapp')).toHaveTextContent('3 of 51');
  });

  it('says utilization is unavailable when neither Services nor pool status can tell', () => {
    watches({ pools: loaded([webapp()]), services: forbidden('services') });
    render(<IPAddressPoolListPage />);
    expect(screen.getByTestId('services-unavailable')).toHaveTextContent(
      'Utilization is unavailable',
    );
    expect(within(row('ip-addresspool-webapp')).getAllByRole('cell')[4]).toHaveTextContent(
      'Unavailable',
    );
  });

  it('reads Service Warning events with the Services, and counts only who waits on a full pool', () => {
    const full = { ...pool('full', ['10.2.0.0/31']), status: { availableIPv4: 0 } };
    const held = [
      service('x', ['10.2.0.0'], { annotations: { 'metallb.io/allow-shared-ip': 'k1' } }),
      service('y', ['10.2.0.1']),
    ];
    const waiting = [
      service('waits', []),
      service('conflict', [], { annotations: { 'metallb.io/allow-shared-ip': 'k2' } }),
    ];
    // MetalLB v0.16.1's controller refuses with a Warning AllocationFailed naming the cause.
    const conflict = {
      type: 'Warning',
      reason: 'AllocationFailed',
      message: `Failed to allocate IP for "default/conflict": can't change sharing key for "default/conflict", address also in use by default/x`,
      involvedObject: { kind: 'Service', name: 'conflict', namespace: 'default' },
    };
    const eventRequests = () =>
      jest
        .mocked(useK8sWatchResource)
        .mock.calls.map(([r]) => r)
        .filter((r) => r?.groupVersionKind?.kind === 'Event');

    // Services that cannot be read: no Event watch either (the VM owner's 403 twice over).
    programWatches({
      IPAddressPool: loaded([pool('roomy', ['10.3.0.0/30'])]),
      Service: forbidden('services'),
      L2Advertisement: loaded([l2Advertisement('all')]),
    });
    jest.mocked(useK8sWatchResource).mockClear();
    const vmOwner = render(<IPAddressPoolListPage />);
    expect(eventRequests()).toEqual([]);
    vmOwner.unmount();

    // Asked for while the Services are still loading, not in a round trip after them.
    programWatches({
      IPAddressPool: loaded([full]),
      Service: [undefined, false, undefined],
      L2Advertisement: loaded([l2Advertisement('all')]),
    });
    jest.mocked(useK8sWatchResource).mockClear();
    const loading = render(<IPAddressPoolListPage />);
    expect(eventRequests().map((r) => r?.fieldSelector)).toContain(
      'involvedObject.kind=Service,type=Warning',
    );
    loading.unmount();

    programWatches({
      IPAddressPool: loaded([full]),
      Service: loaded([...held, ...waiting]),
      L2Advertisement: loaded([l2Advertisement('all')]),
      Event: loaded([conflict]),
    });
    jest.mocked(useK8sWatchResource).mockClear();
    render(<IPAddressPoolListPage />);
    // the label's explanation: "waits" only; "conflict" was refused for its sharing key
    expect(row('full').querySelector('[title*="is waiting"]')).toHaveAttribute(
      'title',
      'Every IPv4 address is assigned; 1 Service is waiting for an address from it.',
    );
    expect(new Set(eventRequests().map((r) => r?.fieldSelector))).toEqual(
      new Set(['involvedObject.kind=Service,type=Warning']),
    );
    expect(eventRequests().every((r) => !r?.namespace)).toBe(true);
  });

  it('counts the Services holding addresses, linking to the assignments filtered by pool', () => {
    watches({
      pools: loaded([webapp()]),
      services: loaded([
        service('database', ['192.168.123.200'], { namespace: 'vmexamples' }),
        service('web', ['192.168.123.201']),
      ]),
      l2: loaded([l2Advertisement('all')]),
    });
    render(<IPAddressPoolListPage />);
    const link = within(row('ip-addresspool-webapp')).getByRole('link', {
      name: '2 Services with addresses from ip-addresspool-webapp',
    });
    expect(link).toHaveAttribute('href', '/metallb/assignments?pool=ip-addresspool-webapp');
    expect(within(row('ip-addresspool-webapp')).getAllByRole('cell')[5]).toHaveTextContent('None');
  });

  it('filters by name or label, and sorts by a column', async () => {
    watches({
      pools: loaded([
        pool('b-web', ['10.0.0.0/30'], {}, { team: 'web' }),
        pool('a-db', ['10.0.1.0/24'], {}, { team: 'db' }),
        pool('c-web', ['10.0.2.0/29'], {}, { team: 'web' }),
      ]),
    });
    render(<IPAddressPoolListPage />);
    const names = () =>
      screen.getAllByTestId(/^pool-row-/).map((r) => r.getAttribute('data-test')?.slice(9));
    expect(names()).toEqual(['a-db', 'b-web', 'c-web']);
    await userEvent.click(screen.getByRole('button', { name: 'Name' }));
    expect(names()).toEqual(['c-web', 'b-web', 'a-db']);
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Filter by name or label' }),
      'team=web',
    );
    expect(names()).toEqual(['c-web', 'b-web']);
    await userEvent.clear(screen.getByRole('textbox', { name: 'Filter by name or label' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Filter by name or label' }), 'db');
    expect(names()).toEqual(['a-db']);
  });

  it('gives each row a kebab with edit, edit labels and delete', async () => {
    watches({ pools: loaded([webapp()]) });
    render(<IPAddressPoolListPage />);
    await userEvent.click(
      screen.getByRole('button', { name: 'Actions for ip-addresspool-webapp' }),
    );
    expect(screen.getAllByRole('menuitem').map((m) => m.textContent)).toEqual([
      'Edit IPAddressPool',
      'Edit labels',
      'Delete IPAddressPool',
    ]);
  });

  it('asks for no access review until a row kebab opens', async () => {
    watches({ pools: loaded([webapp(), pool('db', ['10.0.0.0/29'])]) });
    jest.mocked(useAccessReview).mockClear();
    render(<IPAddressPoolListPage />);
    expect(useAccessReview).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Actions for db' }));
    expect(useAccessReview).toHaveBeenCalledWith(expect.objectContaining({ name: 'db' }));
    expect(useAccessReview).not.toHaveBeenCalledWith(
      expect.objectContaining({ name: 'ip-addresspool-webapp' }),
    );
  });

  describe('a page at a time', () => {
    /** pool-000 ... pool-(n-1), in name order. */
    const many = (n: number) =>
      Array.from({ length: n }, (_, i) =>
        pool(
          `pool-${String(i).padStart(3, '0')}`,
          [`10.${i >> 8}.${i & 255}.0/30`],
          {},
          {
            even: String(i % 2 === 0),
          },
        ),
      );
    const names = () =>
      screen.getAllByTestId(/^pool-row-/).map((r) => r.getAttribute('data-test')?.slice(9));
    const top = () => screen.getByRole('navigation', { name: 'Pool list pages, top' });
    const bottom = () => screen.getByRole('navigation', { name: 'Pool list pages, bottom' });

    it('shows 50 pools per page, with the range and total above and below', async () => {
      watches({ pools: loaded(many(120)) });
      render(<IPAddressPoolListPage />);
      expect(names()).toHaveLength(50);
      expect(names()[0]).toBe('pool-000');
      expect(screen.getByTestId('pool-pagination-top')).toHaveTextContent('1 - 50 of 120');
      await userEvent.click(within(bottom()).getByRole('button', { name: 'Go to next page' }));
      expect(names()[0]).toBe('pool-050');
      await userEvent.click(within(bottom()).getByRole('button', { name: 'Go to last page' }));
      expect(names()).toEqual(
        many(120)
          .slice(100)
          .map((p) => p.metadata?.name),
      );
      expect(screen.getByTestId('pool-pagination-bottom')).toHaveTextContent('101 - 120 of 120');
    });

    it('changes the page size, back to the first page', async () => {
      watches({ pools: loaded(many(120)) });
      render(<IPAddressPoolListPage />);
      await userEvent.click(within(top()).getByRole('button', { name: 'Go to next page' }));
      await userEvent.click(screen.getAllByRole('button', { name: 'Pools per page' })[0]);
      await userEvent.click(screen.getByRole('menuitem', { name: '20 per page' }));
      expect(names()).toEqual(many(20).map((p) => p.metadata?.name));
      expect(screen.getByTestId('pool-pagination-top')).toHaveTextContent('1 - 20 of 120');
    });

    it('filters and sorts all pools before paging, and a new filter starts at page one', async () => {
      watches({ pools: loaded(many(120)) });
      render(<IPAddressPoolListPage />);
      await userEvent.click(within(top()).getByRole('button', { name: 'Go to next page' }));
      await userEvent.click(screen.getByRole('button', { name: 'Name' }));
      expect(names()[0]).toBe('pool-119');
      expect(names()[49]).toBe('pool-070');
      await userEvent.click(within(top()).getByRole('button', { name: 'Go to next page' }));
      await userEvent.type(
        screen.getByRole('textbox', { name: 'Filter by name or label' }),
        'even=true',
      );
      expect(names()).toHaveLength(50);
      expect(names()[0]).toBe('pool-118');
      expect(screen.getByTestId('pool-pagination-top')).toHaveTextContent('1 - 50 of 60');
    });

    it('shows the last page left when pools go away under the one shown', async () => {
      watches({ pools: loaded(many(120)) });
      const { rerender } = render(<IPAddressPoolListPage />);
      await userEvent.click(within(bottom()).getByRole('button', { name: 'Go to last page' }));
      watches({ pools: loaded(many(70)) });
      rerender(<IPAddressPoolListPage />);
      expect(names()).toEqual(
        many(70)
          .slice(50)
          .map((p) => p.metadata?.name),
      );
      expect(screen.getByTestId('pool-pagination-top')).toHaveTextContent('51 - 70 of 70');
    });
  });
});
