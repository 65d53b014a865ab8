// Builders for the objects the announcement specs need: nodes, speaker pods, EndpointSlices, events
// and MetalLB's per-Service status objects.
import type {
  EndpointSlice,
  KubeEvent,
  Node,
  Pod,
  ServiceAnnouncementStatus,
} from './announcement-types';
import type { BGPSessionState } from './bgp-sessions';

export const node = (
  name: string,
  options: { labels?: Record<string, string>; networkUnavailable?: boolean } = {},
): Node => ({
  apiVersion: 'v1',
  kind: 'Node',
  metadata: { name, labels: { 'kubernetes.io/hostname': name, ...options.labels } },
  status: {
    conditions: [
      { type: 'Ready', status: 'True' },
      { type: 'NetworkUnavailable', status: options.networkUnavailable ? 'True' : 'False' },
    ],
  },
});

export const speaker = (nodeName: string, ready = true): Pod => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: {
    name: `speaker-${nodeName}`,
    namespace: 'metallb-system',
    labels: { app: 'metallb', component: 'speaker' },
  },
  spec: { nodeName },
  status: {
    phase: 'Running',
    conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }],
  },
});

/** An EndpointSlice of a Service with one endpoint per entry: [node, ready]. */
export const endpointSlice = (
  service: string,
  endpoints: Array<[string, boolean]>,
  namespace = 'default',
): EndpointSlice => ({
  apiVersion: 'discovery.k8s.io/v1',
  kind: 'EndpointSlice',
  metadata: {
    name: `${service}-abcde`,
    namespace,
    labels: { 'kubernetes.io/service-name': service },
  },
  endpoints: endpoints.map(([nodeName, ready]) => ({ nodeName, conditions: { ready } })),
});

export const l2Status = (
  service: string,
  nodeName: string,
  created: string,
  namespace = 'default',
): ServiceAnnouncementStatus => ({
  apiVersion: 'metallb.io/v1beta1',
  kind: 'ServiceL2Status',
  metadata: {
    name: `l2-${nodeName}-${service}`,
    namespace: 'metallb-system',
    creationTimestamp: created,
    labels: {
      'metallb.io/node': nodeName,
      'metallb.io/service-name': service,
      'metallb.io/service-namespace': namespace,
    },
  },
  status: { node: nodeName, serviceName: service, serviceNamespace: namespace },
});

export const bgpStatus = (
  service: string,
  nodeName: string,
  created: string,
  namespace = 'default',
): ServiceAnnouncementStatus => ({
  ...l2Status(service, nodeName, created, namespace),
  kind: 'ServiceBGPStatus',
  status: { node: nodeName, serviceName: service, serviceNamespace: namespace, peers: ['peer-1'] },
});

export const event = (
  service: string,
  reason: string,
  message: string,
  at: string,
  options: { type?: 'Normal' | 'Warning'; namespace?: string } = {},
): KubeEvent => ({
  apiVersion: 'v1',
  kind: 'Event',
  metadata: { name: `${service}.${reason}.${at}`, namespace: options.namespace ?? 'default' },
  involvedObject: { kind: 'Service', name: service, namespace: options.namespace ?? 'default' },
  reason,
  message,
  type: options.type ?? 'Normal',
  lastTimestamp: at,
});

export const nodeAssigned = (service: string, nodeName: string, at: string, protocol = 'layer2') =>
  event(
    service,
    'nodeAssigned',
    `announcing from node "${nodeName}" with protocol "${protocol}"`,
    at,
  );

/** A BGPSessionState as FRR-K8s's frr-status writes it (status written at `since`). */
export const sessionState = (
  node: string,
  peer: string,
  bgpStatus: string,
  bfdStatus = 'N/A',
  since = '2026-12-06T06:00:00Z',
  vrf = 'default',
): BGPSessionState => ({
  apiVersion: 'frrk8s.metallb.io/v1beta1',
  kind: 'BGPSessionState',
  metadata: {
    name: `${node}-${peer}`,
    namespace: 'frr-k8s-system',
    labels: {
      'frrk8s.metallb.io/node': node,
      'frrk8s.metallb.io/peer': peer,
      'frrk8s.metallb.io/vrf': vrf,
    },
    creationTimestamp: '2026-12-06T05:00:00Z',
    managedFields: [
      { manager: 'frr-status', operation: 'Update', time: '2026-12-06T05:00:00Z' },
      { manager: 'frr-status', operation: 'Update', subresource: 'status', time: since },
    ],
  },
  status: { node, peer, vrf, bgpStatus, bfdStatus },
});
