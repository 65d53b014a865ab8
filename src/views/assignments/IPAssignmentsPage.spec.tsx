import { act, render, screen, within } from '@testing-library/react';
import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import type { WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';
import { serveEveryKind } from '../../k8s/hooks/watch-test-helpers';
import {
  bgpStatus,
  endpointSlice,
  l2Status,
  node,
  nodeAssigned,
  sessionState,
  speaker,
} from '../../metallb/announcement-factories';
import {
  allocatedService,
  bgpAdvertisement,
  bgpPeer,
  l2Advertisement,
  pool,
  service,
} from '../../metallb/test-factories';
import { fireEvent } from '@testing-library/react';
import { useK8sModel } from '@openshift-console/dynamic-plugin-sdk';
import IPAssignmentsPage from './IPAssignmentsPage';

// react-router needs TextEncoder, which jsdom lacks: the page's one use of it, the query, is stubbed.
let query = '';
jest.mock('react-router-dom-v5-compat', () => ({
  useSearchParams: () => [new URLSearchParams(query), jest.fn()],
  Link: ({ to, children }: { to: string; children: unknown }) => (
    <a href={to}>{children as string}</a>
  ),
}));

type WatchResult = [unknown, boolean, unknown];
const ok = (items: unknown[]): WatchResult => [items, true, undefined];
const forbidden: WatchResult = [[], false, Object.assign(new Error('forbidden'), { code: 403 })];

const names = ['worker-1', 'worker-2', 'worker-3'];
const database = allocatedService('database', 'lab', ['192.168.123.200'], {
  namespace: 'vmexamples',
});
const cluster = (over: Record<string, WatchResult> = {}): Record<string, WatchResult> => ({
  Service: ok([database, service('web', [], { namespace: 'shop' })]),
  IPAddressPool: ok([pool('lab', ['192.168.123.200-192.168.123.250'])]),
  L2Advertisement: ok([l2Advertisement('lab-l2')]),
  BGPAdvertisement: ok([]),
  ServiceL2Status: ok([l2Status('database', 'worker-3', '2026-11-28T10:00:00Z', 'vmexamples')]),
  ServiceBGPStatus: ok([]),
  Pod: ok(names.map((n) => speaker(n))),
  Node: ok(names.map((n) => node(n))),
  EndpointSlice: ok([endpointSlice('database', [['worker-2', true]], 'vmexamples')]),
  Event: ok([]),
  ...over,
});

const program = (watches: Record<string, WatchResult>) => {
  serveEveryKind();
  return jest
    .mocked(useK8sWatchResource)
    .mockImplementation(
      ((r: WatchK8sResource | null) =>
        watches[r?.groupVersionKind?.kind ?? ''] ?? ok([])) as typeof useK8sWatchResource,
    );
};

const renderAt = (search = '') => {
  query = search;
  return render(<IPAssignmentsPage />);
};
const row = (ip: string) => screen.getByTestId(`assignment-${ip}`);

describe('IPAssignmentsPage', () => {
  it('shows each IP with its node, the source, and the predicted next node', () => {
    program(cluster());
    renderAt();
    expect(screen.getByRole('heading', { name: 'IP assignments', level: 1 })).toBeInTheDocument();
    expect(within(row('192.168.123.200')).getByTestId('owner-node')).toHaveTextContent('worker-3');
    expect(row('192.168.123.200')).toHaveTextContent('ServiceL2Status');
    expect(within(row('192.168.123.200')).getByTestId('next')).toHaveTextContent(
      'worker-1 predicted',
    );
    expect(useK8sWatchResource).toHaveBeenCalledWith(
      expect.objectContaining({ fieldSelector: 'spec.type=LoadBalancer' }),
    );
  });

  it('lists pending Services with the reason and the fix', () => {
    program(cluster({ IPAddressPool: ok([]) }));
    renderAt();
    const pending = screen.getByTestId('pending-shop-web');
    expect(pending).toHaveTextContent('No IP address pool has IPv4 addresses.');
    expect(pending).toHaveTextContent(
      'Create a pool with IPv4 addresses in the metallb-system namespace.',
    );
  });

  it('shows a new owner live, with the previous one', () => {
    program(cluster());
    const view = renderAt();
    program(
      cluster({
        ServiceL2Status: ok([
          l2Status('database', 'worker-1', '2026-11-28T10:00:05Z', 'vmexamples'),
        ]),
      }),
    );
    act(() => view.rerender(<IPAssignmentsPage />));
    expect(within(row('192.168.123.200')).getByTestId('owner-node')).toHaveTextContent('worker-1');
    expect(within(row('192.168.123.200')).getByTestId('owner-change')).toHaveTextContent(
      'was worker-3',
    );
  });

  it('shows a page of rows at a time, in address order, and filters before paging', () => {
    const many = Array.from({ length: 120 }, (_, i) =>
      allocatedService(`svc-${i}`, 'wide', [`192.168.123.${i}`], { namespace: 'shop' }),
    );
    program(
      cluster({ Service: ok(many), IPAddressPool: ok([pool('wide', ['192.168.123.0/24'])]) }),
    );
    const view = renderAt();
    const shownIPs = () => screen.getAllByTestId('ip').map((cell) => cell.textContent);
    expect(shownIPs()).toHaveLength(50);
    expect(shownIPs()[0]).toBe('192.168.123.0');
    expect(shownIPs()[49]).toBe('192.168.123.49');
    act(() => {
      within(screen.getByTestId('assignments-pagination-bottom'))
        .getByRole('button', { name: 'Go to next page' })
        .click();
    });
    expect(shownIPs()[0]).toBe('192.168.123.50');
    view.unmount();
    // A search narrows the rows first: 192.168.123.11 and .110-.119, one page, no pager.
    renderAt('ip=192.168.123.11');
    expect(shownIPs()).toHaveLength(11);
    expect(screen.queryByTestId('assignments-pagination-top')).not.toBeInTheDocument();
  });

  it('groups by node under headings that count the IPs, one or many', () => {
    const web = allocatedService('web', 'lab', ['192.168.123.201'], { namespace: 'shop' });
    const api = allocatedService('api', 'lab', ['192.168.123.202'], { namespace: 'shop' });
    program(
      cluster({
        Service: ok([database, web, api]),
        ServiceL2Status: ok([
          l2Status('database', 'worker-3', '2026-11-28T10:00:00Z', 'vmexamples'),
          l2Status('web', 'worker-1', '2026-11-28T10:00:00Z', 'shop'),
          l2Status('api', 'worker-1', '2026-11-28T10:00:00Z', 'shop'),
        ]),
        EndpointSlice: ok([
          endpointSlice('database', [['worker-2', true]], 'vmexamples'),
          endpointSlice('web', [['worker-1', true]], 'shop'),
          endpointSlice('api', [['worker-1', true]], 'shop'),
        ]),
      }),
    );
    renderAt();
    act(() => screen.getByLabelText('Group by node').click());
    const heading = (node: string) =>
      within(screen.getByTestId(`group-${node}`)).getByRole('heading').textContent;
    expect(heading('worker-1')).toBe('worker-1: 2 IPs');
    expect(heading('worker-3')).toBe('worker-3: 1 IP');
  });

  it('says a stopped VM’s IP is assigned but not announced', () => {
    program(cluster({ ServiceL2Status: ok([]), EndpointSlice: ok([]) }));
    renderAt();
    expect(row('192.168.123.200')).toHaveTextContent('Assigned, not announced: no ready endpoint.');
  });

  it('reads filters from the query', () => {
    program(cluster());
    renderAt('status=pending');
    expect(screen.queryByTestId('assignments-table')).not.toBeInTheDocument();
    expect(screen.getByTestId('pending-shop-web')).toBeInTheDocument();
  });

  it('gives a VM owner the node from events and says what could not be checked', () => {
    const event = {
      ...nodeAssigned('database', 'worker-3', '2026-11-28T10:00:00Z'),
      involvedObject: { kind: 'Service', name: 'database', namespace: 'vmexamples' },
    };
    program(
      cluster({
        Service: ok([database]),
        IPAddressPool: forbidden,
        L2Advertisement: forbidden,
        BGPAdvertisement: forbidden,
        ServiceL2Status: forbidden,
        ServiceBGPStatus: forbidden,
        Pod: forbidden,
        Node: forbidden,
        Event: ok([event]),
      }),
    );
    renderAt('namespace=vmexamples');
    expect(row('192.168.123.200')).toHaveTextContent('worker-3 from event');
    expect(screen.getByTestId('reduced-view')).toHaveTextContent(
      'the announcing node comes from MetalLB’s nodeAssigned events',
    );
    expect(useK8sWatchResource).toHaveBeenCalledWith(
      expect.objectContaining({ namespace: 'vmexamples', fieldSelector: 'spec.type=LoadBalancer' }),
    );
  });
});

describe('IPAssignmentsPage: an address announced by BGP', () => {
  const bgpCluster = (sessions: WatchResult | undefined) =>
    cluster({
      Service: ok([
        allocatedService('database', 'bgp', ['192.168.123.192'], { namespace: 'vmexamples' }),
      ]),
      IPAddressPool: ok([pool('bgp', ['192.168.123.192-192.168.123.199'])]),
      L2Advertisement: ok([]),
      BGPAdvertisement: ok([bgpAdvertisement('bgp-adv')]),
      ServiceL2Status: ok([]),
      ServiceBGPStatus: ok(
        ['worker-1', 'worker-2'].map((n) =>
          bgpStatus('database', n, '2026-12-06T06:00:00Z', 'vmexamples'),
        ),
      ),
      BGPPeer: ok([bgpPeer('peer-1', { peerAddress: '192.168.123.2' })]),
      ...(sessions ? { BGPSessionState: sessions } : {}),
    });

  it('names the announcing nodes, marks the session that is down, and draws node → peer with its state', () => {
    program(
      bgpCluster(
        ok([
          sessionState('worker-1', '192.168.123.2', 'Established', 'up'),
          sessionState('worker-2', '192.168.123.2', 'Active', 'down'),
        ]),
      ),
    );
    renderAt();
    const r = within(row('192.168.123.192'));
    expect(r.getByTestId('owner-node')).toHaveTextContent('worker-1, worker-2');
    expect(r.getByTestId('sessions-down')).toHaveTextContent('Session down worker-2 → peer-1');
    fireEvent.click(r.getByRole('button'));
    const up = screen.getByTestId('bgp-session-worker-1-peer-1');
    expect(up).toHaveTextContent('peer-1 Established');
    expect(up).toHaveAttribute('data-health', 'up');
    expect(screen.getByTestId('bgp-session-worker-2-peer-1')).toHaveTextContent('Active (down)');
  });

  it('says it cannot show sessions where FRR-K8s’s BGPSessionState is not served', () => {
    program(bgpCluster(undefined));
    // discovery serves everything but frrk8s.metallb.io
    jest
      .mocked(useK8sModel)
      .mockImplementation(((gvk: { kind: string }) =>
        gvk.kind === 'BGPSessionState'
          ? [undefined, false]
          : [{ kind: gvk.kind }, false]) as never);
    renderAt();
    expect(screen.getByTestId('sessions-unavailable')).toHaveTextContent(
      'BGP session states are not available',
    );
    expect(within(row('192.168.123.192')).queryByTestId('sessions-down')).toBeNull();
  });
});
