// After create: the Service's IP, or MetalLB's reason it has none, and the node announcing it.
// Node, best first: a ServiceL2Status (when the user may read the MetalLB namespace), else the newest
// speaker `nodeAssigned` event on the Service (events can be stale after a failover: marked as such).
// TODO(assign): move to src/metallb owner.ts / pending.ts once those land, and use them here.
import { ingressIPs, formatIP, type Service } from '../metallb';
import type { KubeEvent, ServiceL2Status } from './types';

export interface ExposeStatus {
  ips: string[];
  /** MetalLB's own words, verbatim, when the newest allocation event is a failure. */
  pendingReason?: string;
  node?: { name: string; source: 'ServiceL2Status' | 'event'; protocol?: string };
}

const eventTime = (e: KubeEvent): number =>
  Date.parse(
    e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp ?? e.metadata?.creationTimestamp ?? '',
  ) || 0;

const newest = (events: KubeEvent[], reasons: string[]): KubeEvent | undefined =>
  events
    .filter((e) => reasons.includes(e.reason ?? ''))
    .reduce<KubeEvent | undefined>(
      (best, e) => (!best || eventTime(e) >= eventTime(best) ? e : best),
      undefined,
    );

const NODE_ASSIGNED = /announcing from node "([^"]+)" with protocol "([^"]+)"/;

export const exposeStatus = (
  service: Service | undefined,
  /** Events whose involvedObject is the Service (same uid when known). */
  events: KubeEvent[],
  /** undefined: not readable by this user. */
  l2Statuses: ServiceL2Status[] | undefined,
): ExposeStatus => {
  const uid = service?.metadata?.uid;
  const mine = events.filter(
    (e) =>
      e.involvedObject?.kind === 'Service' &&
      e.involvedObject?.name === service?.metadata?.name &&
      (!uid || !e.involvedObject?.uid || e.involvedObject.uid === uid),
  );
  const ips = service ? ingressIPs(service).map(formatIP) : [];
  const status: ExposeStatus = { ips };
  if (ips.length === 0) {
    const allocation = newest(mine, ['IPAllocated', 'AllocationFailed']);
    if (allocation?.reason === 'AllocationFailed') status.pendingReason = allocation.message;
    return status;
  }
  const statuses = (l2Statuses ?? []).filter(
    (s) =>
      s.status?.serviceName === service?.metadata?.name &&
      s.status?.serviceNamespace === service?.metadata?.namespace &&
      s.status?.node,
  );
  if (statuses.length > 0) {
    const latest = statuses.reduce((a, b) =>
      Date.parse(b.metadata?.creationTimestamp ?? '') >=
      Date.parse(a.metadata?.creationTimestamp ?? '')
        ? b
        : a,
    );
    status.node = {
      name: latest.status?.node as string,
      source: 'ServiceL2Status',
      protocol: 'layer2',
    };
    return status;
  }
  const assigned = newest(mine, ['nodeAssigned']);
  const match = assigned?.message ? NODE_ASSIGNED.exec(assigned.message) : null;
  if (match) status.node = { name: match[1], source: 'event', protocol: match[2] };
  return status;
};
