import { render as renderPlain, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router-dom-v5-compat';
import { useK8sModel, useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import type { K8sModel, WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';
import {
  configurationState,
  metallbPod,
  metallbResource,
  node,
} from '../../metallb/install-test-factories';
import { bgpPeer, l2Advertisement, pool, service } from '../../metallb/test-factories';
import { sessionState } from '../../metallb/announcement-factories';
import MetalLBOverviewPage from './MetalLBOverviewPage';

type WatchResult = [unknown, boolean, unknown];
const render = (ui: ReactElement) => renderPlain(<MemoryRouter>{ui}</MemoryRouter>);
const loaded = (items: unknown[]): WatchResult => [items, true, undefined];
const pending: WatchResult = [[], false, undefined];
const forbidden = (what: string): WatchResult => [
  [],
  false,
  Object.assign(new Error(`${what} is forbidden`), { code: 403 }),
];

/** What MetalLB v0.16.1 with the operator serves. */
const ALL_KINDS = [
  'IPAddressPool',
  'MetalLB',
  'ConfigurationState',
  'ServiceL2Status',
  'ServiceBGPStatus',
];
/** OpenShift 4.20's MetalLB (between v0.15.2 and v0.15.3): everything but ConfigurationState. */
const OPENSHIFT_4_20_KINDS = ALL_KINDS.filter((kind) => kind !== 'ConfigurationState');

/**
 * Programs discovery (which kinds are served) and the watches by kind. Unlisted kinds load empty.
 * `Pod@ns` answers the namespaced pod watch, `Pod` the cluster-wide one.
 */
const cluster = (
  watches: Record<string, WatchResult>,
  { served = ALL_KINDS, discovering = false }: { served?: string[]; discovering?: boolean } = {},
) => {
  jest
    .mocked(useK8sModel)
    .mockImplementation(((gvk: { kind: string }) => [
      served.includes(gvk.kind) ? ({ kind: gvk.kind } as K8sModel) : undefined,
      discovering,
    ]) as unknown as typeof useK8sModel);
  jest.mocked(useK8sWatchResource).mockImplementation(((resource: WatchK8sResource | null) => {
    if (!resource) return [undefined, true, undefined];
    const kind = resource.groupVersionKind?.kind ?? '';
    const key = kind === 'Pod' && resource.namespace ? 'Pod@ns' : kind;
    return watches[key] ?? loaded([]);
  }) as typeof useK8sWatchResource);
};

const healthy = () => ({
  MetalLB: loaded([metallbResource()]),
  Pod: loaded([
    metallbPod('controller', 'controller-5d8', 'worker-1'),
    metallbPod('speaker', 'speaker-aaaaa', 'worker-1'),
    metallbPod('speaker', 'speaker-bbbbb', 'worker-2', { ready: false, restarts: 2 }),
  ]),
  Node: loaded([node('worker-1'), node('worker-2')]),
  ConfigurationState: loaded([
    configurationState('controller', 'Valid'),
    configurationState('speaker-1', 'Valid', { node: 'worker-1' }),
    configurationState('speaker-2', 'Invalid', {
      node: 'worker-2',
      errorSummary: 'peer p1: missing peer ASN and dynamicASN',
    }),
  ]),
  IPAddressPool: loaded([pool('lab-pool', ['192.168.123.200-192.168.123.250'])]),
  Service: loaded([]),
});

describe('MetalLBOverviewPage', () => {
  it('shows a spinner while discovery runs or a watch has not answered', () => {
    cluster({}, { discovering: true });
    const { unmount } = render(<MetalLBOverviewPage />);
    expect(screen.getByRole('progressbar', { name: 'Loading the MetalLB overview' })).toBeVisible();
    unmount();
    cluster({ ...healthy(), Pod: pending });
    render(<MetalLBOverviewPage />);
    expect(screen.getByRole('progressbar', { name: 'Loading the MetalLB overview' })).toBeVisible();
  });

  it('says MetalLB is not installed, what is missing and how to install it', () => {
    cluster({}, { served: [] });
    render(<MetalLBOverviewPage />);
    const empty = screen.getByTestId('not-installed');
    expect(
      within(empty).getByRole('heading', { name: 'MetalLB is not installed' }),
    ).toBeInTheDocument();
    expect(empty).toHaveTextContent('metallb.io CustomResourceDefinitions');
    expect(empty).toHaveTextContent('install the MetalLB Operator');
    expect(empty).toHaveTextContent('kind: MetalLB');
  });

  it('shows the install: operator conditions, namespace from the MetalLB resource, version, mode', () => {
    cluster({ ...healthy(), L2Advertisement: loaded([l2Advertisement('lab-l2')]) });
    render(<MetalLBOverviewPage />);
    const card = screen.getByTestId('install-card');
    expect(screen.getByTestId('install-namespace')).toHaveTextContent(
      'metallb-system (where the MetalLB resource is)',
    );
    expect(screen.getByTestId('condition-Available')).toHaveTextContent('Available: True');
    expect(screen.getByTestId('condition-Degraded')).toHaveTextContent('Degraded: False');
    expect(card).toHaveTextContent('v0.16.1');
    expect(screen.getByTestId('install-mode')).toHaveTextContent('Layer 2');
    expect(screen.getByTestId('install-status')).toHaveTextContent('1 of 2 speakers ready');
  });

  it('with OpenShift 4.20’s MetalLB (no ConfigurationState) says what it could not check, and loads', () => {
    const watches: Record<string, WatchResult> = healthy();
    delete watches.ConfigurationState;
    cluster(watches, { served: OPENSHIFT_4_20_KINDS });
    jest.mocked(useK8sWatchResource).mockClear();
    render(<MetalLBOverviewPage />);
    expect(
      screen.queryByRole('progressbar', { name: 'Loading the MetalLB overview' }),
    ).not.toBeInTheDocument();
    const note = screen.getByTestId('overview-not-reported');
    expect(note).toHaveTextContent('This MetalLB version does not report everything');
    expect(note).toHaveTextContent(
      'ConfigurationState (MetalLB v0.15.3 and later, OpenShift 4.21 and later): whether MetalLB itself accepted its configuration was not checked',
    );
    expect(screen.queryByTestId('not-reported-serviceL2Status')).not.toBeInTheDocument();
    // no ConfigurationState watch is even asked for
    expect(
      jest
        .mocked(useK8sWatchResource)
        .mock.calls.some(([r]) => r?.groupVersionKind?.kind === 'ConfigurationState'),
    ).toBe(false);
    expect(screen.getByTestId('component-controller-worker-1')).toHaveTextContent(
      'Not reported by this MetalLB version',
    );
    expect(screen.getByTestId('problems-card')).not.toHaveTextContent('No problems found');
  });

  it('without any problem on that MetalLB, says no problems in what could be checked', () => {
    const watches: Record<string, WatchResult> = healthy();
    delete watches.ConfigurationState;
    cluster(
      {
        ...watches,
        Pod: loaded([
          metallbPod('controller', 'controller-5d8', 'worker-1'),
          metallbPod('speaker', 'speaker-aaaaa', 'worker-1'),
        ]),
        Node: loaded([node('worker-1')]),
        L2Advertisement: loaded([l2Advertisement('lab-l2')]),
      },
      { served: OPENSHIFT_4_20_KINDS },
    );
    render(<MetalLBOverviewPage />);
    expect(screen.getByTestId('problems-card')).toHaveTextContent(
      'No problems found in what could be checked (see above for what was not).',
    );
  });

  it('says nothing of versions when MetalLB serves every status kind', () => {
    cluster({ ...healthy(), L2Advertisement: loaded([l2Advertisement('lab-l2')]) });
    render(<MetalLBOverviewPage />);
    expect(screen.queryByTestId('overview-not-reported')).not.toBeInTheDocument();
  });

  it('finds MetalLB where its controller runs when there is no operator', () => {
    cluster(
      {
        ...healthy(),
        Pod: loaded([metallbPod('controller', 'controller-1', 'worker-1', { namespace: 'lb' })]),
      },
      { served: ['IPAddressPool'] },
    );
    render(<MetalLBOverviewPage />);
    expect(screen.getByTestId('install-namespace')).toHaveTextContent(
      'lb (where the controller pod runs)',
    );
    expect(screen.getByTestId('install-by')).toHaveTextContent('Manifests or Helm');
    expect(useK8sWatchResource).toHaveBeenCalledWith(
      expect.objectContaining({
        groupVersionKind: expect.objectContaining({ kind: 'L2Advertisement' }),
        namespace: 'lb',
      }),
    );
  });

  it('lists the controller and each speaker by node with status, restarts, version and configuration', () => {
    cluster(healthy());
    render(<MetalLBOverviewPage />);
    const speaker2 = screen.getByTestId('component-speaker-worker-2');
    expect(
      within(speaker2)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([
      'Speaker',
      'worker-2',
      'speaker-bbbbb',
      ' Not ready',
      '2',
      'v0.16.1',
      ' Invalidpeer p1: missing peer ASN and dynamicASN',
    ]);
    expect(screen.getByTestId('component-controller-worker-1')).toHaveTextContent(' Valid');
  });

  it('puts every configuration problem in one list with the object to fix', () => {
    cluster(healthy());
    render(<MetalLBOverviewPage />);
    const problems = screen.getByTestId('problems-card');
    expect(screen.getByTestId('problems-count')).toHaveTextContent('3');
    expect(within(problems).getByTestId('problem-pool-not-advertised')).toHaveTextContent(
      'Pool lab-pool is not announced',
    );
    expect(within(problems).getByTestId('problem-pool-not-advertised')).toHaveTextContent(
      'Fix in: lab-pool',
    );
    expect(within(problems).getByTestId('problem-speaker-not-ready')).toHaveTextContent(
      'Fix in: speaker-bbbbb',
    );
    expect(within(problems).getByTestId('problem-configuration-invalid')).toHaveTextContent(
      'peer p1: missing peer ASN and dynamicASN',
    );
  });

  it('says no problems when there are none', () => {
    cluster({
      ...healthy(),
      Pod: loaded([
        metallbPod('controller', 'controller-5d8', 'worker-1'),
        metallbPod('speaker', 'speaker-aaaaa', 'worker-1'),
      ]),
      Node: loaded([node('worker-1')]),
      ConfigurationState: loaded([]),
      L2Advertisement: loaded([l2Advertisement('lab-l2')]),
    });
    render(<MetalLBOverviewPage />);
    expect(screen.getByTestId('problems-card')).toHaveTextContent('No problems found');
  });

  it('lists the Services pending an address with the reason, or says every Service has one', () => {
    cluster({
      ...healthy(),
      IPAddressPool: loaded([]),
      Service: loaded([service('database', [], { namespace: 'vmexamples' })]),
    });
    const { unmount } = render(<MetalLBOverviewPage />);
    const pendingRow = screen.getByTestId('pending-vmexamples-database');
    expect(within(pendingRow).getByTestId('pending-reason').textContent).not.toBe('');
    unmount();
    cluster(healthy());
    render(<MetalLBOverviewPage />);
    expect(screen.getByTestId('pending-card')).toHaveTextContent(
      'Every LoadBalancer Service has an IP',
    );
  });

  it('shows a pool’s utilization', () => {
    cluster(healthy());
    render(<MetalLBOverviewPage />);
    expect(screen.getByTestId('overview-pool-lab-pool')).toHaveTextContent('IPv40 of 51');
  });

  it('tells a user with less privilege what could not be checked, never a bare 403', () => {
    cluster({
      MetalLB: forbidden('metallbs.metallb.io'),
      Pod: forbidden('pods'),
      'Pod@ns': forbidden('pods'),
      Node: forbidden('nodes'),
      ConfigurationState: forbidden('configurationstates.metallb.io'),
      IPAddressPool: loaded([pool('lab-pool', ['192.168.123.200-192.168.123.250'])]),
      Service: forbidden('services'),
      L2Advertisement: loaded([l2Advertisement('lab-l2')]),
    });
    render(<MetalLBOverviewPage />);
    const alert = screen.getByTestId('overview-forbidden');
    expect(alert).toHaveTextContent('Some checks need more permission than your user has');
    expect(alert).toHaveTextContent('MetalLB’s pods (controller and speaker state)');
    expect(alert).toHaveTextContent('nodes (speakers missing');
    expect(alert).not.toHaveTextContent('403');
    expect(alert).not.toHaveTextContent('forbidden');
    expect(screen.queryByTestId('overview-error')).not.toBeInTheDocument();
    expect(screen.getByTestId('components-card')).toHaveTextContent(
      'MetalLB’s pods could not be read',
    );
    expect(screen.getByTestId('install-namespace')).toHaveTextContent(
      'metallb-system (the default',
    );
    // nothing guessed from what could not be read, and "no problems" says it covers only what was read
    expect(screen.getByTestId('problems-card')).toHaveTextContent(
      'No problems found in what could be checked',
    );
    expect(screen.getByTestId('install-mode')).toHaveTextContent('Layer 2');
    expect(screen.getByTestId('install-namespace')).toHaveTextContent(
      'where MetalLB runs could not be read',
    );
    expect(screen.getByTestId('overview-own-assignments')).toHaveAttribute(
      'href',
      '/metallb/assignments?namespace=metallb-system',
    );
  });

  it('falls back to the MetalLB namespace’s pods when pods cannot be listed cluster-wide', () => {
    cluster({
      ...healthy(),
      Pod: forbidden('pods'),
      'Pod@ns': loaded([metallbPod('controller', 'controller-5d8', 'worker-1')]),
    });
    render(<MetalLBOverviewPage />);
    expect(screen.getByTestId('component-controller-worker-1')).toBeInTheDocument();
    expect(screen.queryByTestId('overview-forbidden')).not.toBeInTheDocument();
  });

  it('shows other failures verbatim', () => {
    cluster({
      ...healthy(),
      Node: [[], false, new Error('the server is currently unable to handle the request')],
    });
    render(<MetalLBOverviewPage />);
    expect(screen.getByTestId('overview-error')).toHaveTextContent(
      'nodes (speakers missing, node selectors, excluded nodes): the server is currently unable to handle the request',
    );
  });
});

describe('MetalLBOverviewPage: BGP sessions', () => {
  const peer = bgpPeer('router', { myASN: 64500, peerASN: 64501, peerAddress: '192.168.123.2' });
  it('lists every session that is down, with the peer, the node and what to check', () => {
    cluster(
      {
        ...healthy(),
        BGPPeer: loaded([peer]),
        BGPSessionState: loaded([
          sessionState('worker-1', '192.168.123.2', 'Established', 'up'),
          sessionState('worker-2', '192.168.123.2', 'Connect', 'down'),
        ]),
      },
      { served: [...ALL_KINDS, 'BGPSessionState'] },
    );
    render(<MetalLBOverviewPage />);
    const card = screen.getByTestId('sessions-card');
    expect(within(card).getByTestId('sessions-down-count')).toHaveTextContent('1');
    const item = within(card).getByTestId('session-down-worker-2-router');
    expect(item).toHaveTextContent('The session of worker-2 with router (192.168.123.2) is down');
    expect(item).toHaveTextContent('Connect (down)');
    expect(item).toHaveTextContent(
      'Check that the router peers with worker-2 as AS 64500, that its AS is 64501',
    );
  });

  it('says every session is up; says what it cannot show without FRR-K8s; nothing without peers', () => {
    cluster(
      {
        ...healthy(),
        BGPPeer: loaded([peer]),
        BGPSessionState: loaded([sessionState('worker-1', '192.168.123.2', 'Established', 'up')]),
      },
      { served: [...ALL_KINDS, 'BGPSessionState'] },
    );
    const first = render(<MetalLBOverviewPage />);
    expect(screen.getByTestId('sessions-card')).toHaveTextContent(
      'Every BGP session is Established. Sessions: 1',
    );
    first.unmount();
    cluster({ ...healthy(), BGPPeer: loaded([peer]) });
    const second = render(<MetalLBOverviewPage />);
    expect(screen.getByTestId('sessions-card')).toHaveTextContent(
      'does not serve FRR-K8s’s BGPSessionState',
    );
    second.unmount();
    cluster(healthy(), { served: [...ALL_KINDS, 'BGPSessionState'] });
    render(<MetalLBOverviewPage />);
    expect(screen.queryByTestId('sessions-card')).toBeNull();
  });
});
