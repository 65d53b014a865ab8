import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom-v5-compat';
import { allocatedService, l2Advertisement, pool } from '../../metallb/test-factories';
import { failed, loaded, loading, programWatches } from '../test-support/watches';
import L2AdvertisementListPage from './list/L2AdvertisementListPage';
import L2AdvertisementDetailsPage from './details/L2AdvertisementDetailsPage';

const webapp = pool('ip-addresspool-webapp', ['192.168.123.200-192.168.123.250']);
const lab = l2Advertisement('l2-adv-webapp', { ipAddressPools: ['ip-addresspool-webapp'] });
const database = allocatedService('database', 'ip-addresspool-webapp', ['192.168.123.200'], {
  namespace: 'vmexamples',
});
const node = (name: string, labels: Record<string, string> = {}) => ({
  metadata: { name, labels },
});

const inRouter = (ui: React.ReactElement) => render(<MemoryRouter>{ui}</MemoryRouter>);

describe('L2AdvertisementListPage', () => {
  it('shows a spinner while loading', () => {
    programWatches({ L2Advertisement: loading });
    render(
      <MemoryRouter>
        <L2AdvertisementListPage />
      </MemoryRouter>,
    );
    expect(
      screen.getByRole('progressbar', { name: 'Loading L2 advertisements' }),
    ).toBeInTheDocument();
  });

  it('explains why an advertisement matters when there is none, with a create link', () => {
    programWatches({});
    render(
      <MemoryRouter>
        <L2AdvertisementListPage />
      </MemoryRouter>,
    );
    const empty = screen.getByTestId('l2-advertisements-empty');
    expect(empty).toHaveTextContent('is never announced');
    expect(within(empty).getByText('Create L2 advertisement').closest('a')).toHaveAttribute(
      'href',
      '/k8s/ns/metallb-system/metallb.io~v1beta1~L2Advertisement/~new',
    );
  });

  it('tells a user without permission to ask an administrator', () => {
    programWatches({ L2Advertisement: failed('forbidden', 403) });
    render(
      <MemoryRouter>
        <L2AdvertisementListPage />
      </MemoryRouter>,
    );
    expect(screen.getByTestId('l2-advertisements-error')).toHaveTextContent(
      'You cannot list L2Advertisement objects',
    );
  });

  it('shows the server’s words when the list fails otherwise', () => {
    programWatches({
      L2Advertisement: failed('the server is currently unable to handle the request'),
    });
    render(
      <MemoryRouter>
        <L2AdvertisementListPage />
      </MemoryRouter>,
    );
    expect(screen.getByTestId('l2-advertisements-error')).toHaveTextContent(
      'the server is currently unable to handle the request',
    );
  });

  it('lists pools, nodes, interfaces and the Services announced now', () => {
    programWatches({
      L2Advertisement: loaded([
        lab,
        l2Advertisement('all', {
          nodeSelectors: [{ matchLabels: { 'kubernetes.io/hostname': 'worker-1' } }],
          interfaces: ['eth1'],
        }),
        l2Advertisement('typo', {
          ipAddressPools: ['ip-adresspool-webapp'],
          ipAddressPoolSelectors: [{ matchLabels: { tier: 'none' } }],
        }),
      ]),
      IPAddressPool: loaded([webapp]),
      Service: loaded([database]),
    });
    render(
      <MemoryRouter>
        <L2AdvertisementListPage />
      </MemoryRouter>,
    );
    const cells = (name: string) =>
      within(screen.getByTestId(`l2-advertisements-row-${name}`))
        .getAllByRole('cell')
        .slice(0, -1) // the actions kebab
        .map((c) => c.textContent);
    expect(cells('l2-adv-webapp')).toEqual([
      'l2-adv-webapp',
      'ip-addresspool-webapp',
      'All nodes',
      'All interfaces',
      '1',
    ]);
    expect(cells('all')).toEqual([
      'all',
      'All pools',
      'kubernetes.io/hostname=worker-1',
      'eth1',
      '1',
    ]);
    expect(
      within(screen.getByTestId('l2-advertisements-row-typo')).getAllByRole('cell')[1],
    ).toHaveTextContent('ip-adresspool-webapp (does not exist)Pools with tier=none (matches none)');
    expect(cells('typo')[4]).toBe('0');
  });
});

describe('L2AdvertisementDetailsPage', () => {
  it('says when the advertisement does not exist', () => {
    programWatches({});
    inRouter(<L2AdvertisementDetailsPage name="gone" />);
    expect(screen.getByTestId('details-error')).toHaveTextContent(
      'L2Advertisement gone does not exist',
    );
  });

  it('resolves the pools, the nodes allowed and the Service announced with its node', () => {
    programWatches({
      L2Advertisement: loaded([lab]),
      IPAddressPool: loaded([webapp]),
      Service: loaded([database]),
      Node: loaded([node('worker-1'), node('worker-2')]),
      ServiceL2Status: loaded([
        {
          metadata: { name: 'l2-abcde' },
          status: { node: 'worker-2', serviceName: 'database', serviceNamespace: 'vmexamples' },
        },
      ]),
    });
    inRouter(<L2AdvertisementDetailsPage name="l2-adv-webapp" />);
    expect(screen.getByTestId('details-title')).toHaveTextContent('l2-adv-webapp');
    expect(screen.getByTestId('covered-pools-table')).toHaveTextContent(
      'ip-addresspool-webappNamed-',
    );
    expect(screen.getByTestId('allowed-nodes-list')).toHaveTextContent('worker-1worker-2');
    const row = screen.getByTestId('announced-vmexamples-database');
    expect(row).toHaveTextContent('192.168.123.200');
    expect(within(row).getByTestId('announcing-node')).toHaveTextContent('worker-2');
  });

  it('says in words that an empty advertisement covers every pool, and warns about selectors matching nothing', () => {
    programWatches({
      L2Advertisement: loaded([
        l2Advertisement('empty'),
        l2Advertisement('nothing', {
          ipAddressPoolSelectors: [{ matchLabels: { tier: 'none' } }],
          nodeSelectors: [{ matchLabels: { zone: 'mars' } }],
        }),
      ]),
      IPAddressPool: loaded([webapp]),
      Node: loaded([node('worker-1')]),
    });
    const { unmount } = inRouter(<L2AdvertisementDetailsPage name="empty" />);
    expect(screen.getByTestId('covers-all-pools')).toHaveTextContent(
      'applies it to every IP address pool, including pools created later',
    );
    unmount();
    inRouter(<L2AdvertisementDetailsPage name="nothing" />);
    expect(screen.getByText('A pool selector matches no pool')).toBeInTheDocument();
    expect(screen.getByTestId('allowed-nodes')).toHaveTextContent('zone=mars (matches no node)');
    expect(screen.getByTestId('allowed-nodes-list')).toHaveTextContent('No node matches.');
  });
});
