// One watch per kind per page: the hooks of a page ask for identical requests, which the SDK opens once.
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router-dom-v5-compat';
import type { WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';
import { metallbPod, metallbResource, node } from '../metallb/install-test-factories';
import { allocatedService, l2Advertisement, pool } from '../metallb/test-factories';
import { recordWatches, serveEveryKind } from '../k8s/hooks/watch-test-helpers';
import MetalLBOverviewPage from './overview/MetalLBOverviewPage';
import IPAssignmentsPage from './assignments/IPAssignmentsPage';
import ServiceMetalLBTab from './service-tab/ServiceMetalLBTab';

type WatchResult = [unknown, boolean, unknown];
const ok = (items: unknown[]): WatchResult => [items, true, undefined];

const database = allocatedService('database', 'lab', ['192.168.123.200'], {
  namespace: 'vmexamples',
});
const answers: Record<string, WatchResult> = {
  MetalLB: ok([metallbResource()]),
  Pod: ok([
    metallbPod('controller', 'controller-1', 'worker-1'),
    metallbPod('speaker', 'speaker-1', 'worker-1'),
  ]),
  Node: ok([node('worker-1')]),
  IPAddressPool: ok([pool('lab', ['192.168.123.200-192.168.123.250'])]),
  L2Advertisement: ok([l2Advertisement('lab-l2')]),
  Service: ok([database]),
};

/** The distinct watch requests the page made, grouped by kind. */
const watchesOf = (page: ReactElement) => {
  serveEveryKind();
  const requests = recordWatches((r) => answers[r.groupVersionKind?.kind ?? ''] ?? ok([]));
  render(<MemoryRouter>{page}</MemoryRouter>);
  const byKind = new Map<string, WatchK8sResource[]>();
  for (const r of requests.values()) {
    const kind = r.groupVersionKind?.kind ?? '';
    byKind.set(kind, [...(byKind.get(kind) ?? []), r]);
  }
  return byKind;
};

const kindsWatchedMoreThanOnce = (byKind: Map<string, WatchK8sResource[]>) =>
  [...byKind].filter(([, list]) => list.length > 1).map(([kind, list]) => ({ kind, list }));

describe('one watch per kind per page', () => {
  it('the overview', () => {
    const byKind = watchesOf(<MetalLBOverviewPage />);
    expect(kindsWatchedMoreThanOnce(byKind)).toEqual([]);
    expect([...byKind.keys()].sort()).toEqual(
      [
        'BGPAdvertisement',
        'BGPPeer',
        // FRR-K8s's session states, in every namespace (FRR-K8s runs in its own)
        'BGPSessionState',
        'ConfigurationState',
        'EndpointSlice',
        'Event',
        'IPAddressPool',
        'L2Advertisement',
        'MetalLB',
        'Node',
        'Pod',
        'Service',
        'ServiceBGPStatus',
        'ServiceL2Status',
      ].sort(),
    );
  });

  it('the IP assignments view', () => {
    const byKind = watchesOf(<IPAssignmentsPage />);
    expect(kindsWatchedMoreThanOnce(byKind)).toEqual([]);
    // Only LoadBalancer Services come from the API server.
    expect(byKind.get('Service')?.[0].fieldSelector).toBe('spec.type=LoadBalancer');
    // The peers ServiceBGPStatus names, and their sessions wherever FRR-K8s runs.
    expect(byKind.get('BGPPeer')?.[0].namespace).toBe('metallb-system');
    expect(byKind.get('BGPSessionState')?.[0].namespace).toBeUndefined();
    // Not the controller's IPAllocated: one per Service, read by nothing on this page.
    expect(byKind.get('Event')?.[0].fieldSelector).toBe(
      'involvedObject.kind=Service,reason!=IPAllocated',
    );
  });

  it('the MetalLB tab of a Service: what that one Service needs, not its namespace', () => {
    const byKind = watchesOf(<ServiceMetalLBTab obj={database} />);
    expect(kindsWatchedMoreThanOnce(byKind)).toEqual([]);
    // Its own events (IPAllocated included: the tab lists them), EndpointSlices and statuses.
    expect(byKind.get('Event')?.[0]).toMatchObject({
      namespace: 'vmexamples',
      fieldSelector: 'involvedObject.kind=Service,involvedObject.name=database',
    });
    expect(byKind.get('EndpointSlice')?.[0]).toMatchObject({
      namespace: 'vmexamples',
      selector: { matchLabels: { 'kubernetes.io/service-name': 'database' } },
    });
    for (const kind of ['ServiceL2Status', 'ServiceBGPStatus'])
      expect(byKind.get(kind)?.[0].selector).toEqual({
        matchLabels: {
          'metallb.io/service-name': 'database',
          'metallb.io/service-namespace': 'vmexamples',
        },
      });
    // The Service itself comes from its details page: no Service list, for an allocated one.
    expect(byKind.get('Service')).toBeUndefined();
  });

  it('the MetalLB tab of a Service waiting for an IP it asked for: its namespace’s LoadBalancers too', () => {
    const waiting = {
      ...database,
      metadata: {
        ...database.metadata,
        annotations: { 'metallb.io/loadBalancerIPs': '192.168.123.200' },
      },
      status: {},
    };
    const byKind = watchesOf(<ServiceMetalLBTab obj={waiting} />);
    expect(byKind.get('Service')?.[0]).toMatchObject({
      namespace: 'vmexamples',
      fieldSelector: 'spec.type=LoadBalancer',
    });
  });
});
