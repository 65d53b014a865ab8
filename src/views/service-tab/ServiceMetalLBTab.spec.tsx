import { render, screen } from '@testing-library/react';
import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import type { WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';
import { serveEveryKind } from '../../k8s/hooks/watch-test-helpers';
import {
  event,
  l2Status,
  node,
  speaker,
  endpointSlice,
} from '../../metallb/announcement-factories';
import { allocatedService, l2Advertisement, pool, service } from '../../metallb/test-factories';
import ServiceMetalLBTab from './ServiceMetalLBTab';

const ok = (items: unknown[]) => [items, true, undefined];
const names = ['worker-1', 'worker-2', 'worker-3'];
const database = allocatedService('database', 'lab', ['192.168.123.200'], {
  namespace: 'vmexamples',
});
const assigned = {
  ...event('database', 'IPAllocated', 'Assigned IP ["192.168.123.200"]', '2026-11-28T10:00:00Z', {
    namespace: 'vmexamples',
  }),
  source: { component: 'metallb-controller' },
};

const program = (watches: Record<string, unknown>) => {
  serveEveryKind();
  return jest
    .mocked(useK8sWatchResource)
    .mockImplementation(
      ((r: WatchK8sResource | null) =>
        watches[r?.groupVersionKind?.kind ?? ''] ?? ok([])) as typeof useK8sWatchResource,
    );
};

describe('ServiceMetalLBTab', () => {
  it('shows pool, IP, announcing node, next in line, and MetalLB’s events', () => {
    program({
      Service: ok([database]),
      IPAddressPool: ok([pool('lab', ['192.168.123.200-192.168.123.250'])]),
      L2Advertisement: ok([l2Advertisement('lab-l2')]),
      ServiceL2Status: ok([l2Status('database', 'worker-3', '2026-11-28T10:00:00Z', 'vmexamples')]),
      Pod: ok(names.map((n) => speaker(n))),
      Node: ok(names.map((n) => node(n))),
      EndpointSlice: ok([endpointSlice('database', [['worker-2', true]], 'vmexamples')]),
      Event: ok([assigned]),
    });
    render(<ServiceMetalLBTab obj={database} />);
    expect(screen.getByTestId('tab-pool')).toHaveTextContent('lab');
    expect(screen.getByTestId('tab-ips')).toHaveTextContent('192.168.123.200');
    expect(screen.getByTestId('tab-owner')).toHaveTextContent('worker-3');
    expect(screen.getByTestId('tab-next')).toHaveTextContent('worker-1 predicted');
    expect(screen.getByTestId('metallb-events')).toHaveTextContent(
      'Assigned IP ["192.168.123.200"]',
    );
    expect(screen.getByTestId('route-failover')).toHaveTextContent('worker-3');
  });

  it('says why a Service is pending', () => {
    const web = service('web', [], { namespace: 'shop' });
    program({ Service: ok([web]), IPAddressPool: ok([]) });
    render(<ServiceMetalLBTab obj={web} />);
    expect(screen.getByTestId('tab-pending')).toHaveTextContent(
      'No IP address pool has IPv4 addresses.',
    );
  });

  it('names the Service that holds the IP a pending one asked for', () => {
    const web = service('web', [], {
      namespace: 'vmexamples',
      annotations: { 'metallb.io/loadBalancerIPs': '192.168.123.200' },
    });
    program({
      Service: ok([database, web]),
      IPAddressPool: ok([pool('lab', ['192.168.123.200-192.168.123.250'])]),
    });
    render(<ServiceMetalLBTab obj={web} />);
    expect(screen.getByTestId('tab-pending')).toHaveTextContent(
      'It asks for 192.168.123.200, which Service vmexamples/database already holds.',
    );
  });

  it('tells a ClusterIP Service that MetalLB does not serve it', () => {
    program({});
    render(<ServiceMetalLBTab obj={service('api', [], { type: 'ClusterIP' })} />);
    expect(screen.getByTestId('metallb-tab')).toHaveTextContent('this one is ClusterIP');
  });
});
