// Which node announces a Service now, from the best source the user can read, and which source it was:
// 1. ServiceL2Status (v0.14.4+): the one whose speaker pod is ready, else the newest; others are stale
//    (a dead speaker's status stays until its pod object goes). When only a dead speaker's status is
//    left, a newer nodeAssigned event of a live node (MetalLB v0.15 cannot take the status over).
// 2. ServiceBGPStatus (v0.15+): every node that announces in BGP, one object per node.
// 3. Only when those cannot be read: the newest `nodeAssigned` event, said to be one (events outlive
//    failovers and expire). Never a silent guess: no source, no owner.
import type { EndpointSlice, KubeEvent, ServiceAnnouncementStatus } from './announcement-types';
import { nodesWithServingEndpoint } from './election';
import type { Service } from './types';

export type OwnerSource = 'l2-status' | 'bgp-status' | 'event';
export type AnnounceProtocol = 'layer2' | 'bgp';

export interface StaleStatus {
  node: string;
  since?: string;
  /** Why it is not the owner: its speaker is not ready, or a newer status exists. */
  reason: 'speaker-not-ready' | 'superseded';
}

export interface AnnouncingOwner {
  /** L2: one node; BGP: every announcing node. */
  nodes: string[];
  protocol: AnnounceProtocol;
  source: OwnerSource;
  /** Since when (the status object's creation, or the event's last time). */
  since?: string;
  stale: StaleStatus[];
}

export interface OwnerInput {
  service: Service;
  /** undefined: the user cannot read ServiceL2Statuses (or MetalLB does not serve them). */
  l2Statuses?: ServiceAnnouncementStatus[];
  bgpStatuses?: ServiceAnnouncementStatus[];
  /** Events of this Service (any source); only MetalLB's are read. */
  events?: KubeEvent[];
  /** Is the speaker on this node ready? undefined when unknown (speaker pods not readable). */
  speakerReady?: (node: string) => boolean | undefined;
  /** This Service's EndpointSlices, when readable: with `externalTrafficPolicy: Local` they rule out events. */
  endpointSlices?: EndpointSlice[];
}

const forService = (service: Service) => (status: ServiceAnnouncementStatus) =>
  (status.status?.serviceName ?? status.metadata?.labels?.['metallb.io/service-name']) ===
    service.metadata?.name &&
  (status.status?.serviceNamespace ?? status.metadata?.labels?.['metallb.io/service-namespace']) ===
    service.metadata?.namespace;

const nodeOf = (status: ServiceAnnouncementStatus): string =>
  status.status?.node ?? status.metadata?.labels?.['metallb.io/node'] ?? '';

const time = (iso?: string): number => (iso ? Date.parse(iso) || 0 : 0);

/** The time an event last happened, whichever field the reporter filled. */
export const eventTime = (event: KubeEvent): string | undefined =>
  event.lastTimestamp ??
  event.eventTime ??
  event.firstTimestamp ??
  event.metadata?.creationTimestamp;

/** Events about this Service, newest first. */
export const eventsFor = (service: Service, events: KubeEvent[]): KubeEvent[] =>
  events
    .filter(
      (e) =>
        (e.involvedObject?.kind ?? 'Service') === 'Service' &&
        e.involvedObject?.name === service.metadata?.name &&
        e.involvedObject?.namespace === service.metadata?.namespace,
    )
    .sort((a, b) => time(eventTime(b)) - time(eventTime(a)));

const NODE_ASSIGNED = /announcing from node "([^"]+)" with protocol "([^"]+)"/;

/** The newest `nodeAssigned` event's node and protocol. */
export const ownerFromEvents = (
  service: Service,
  events: KubeEvent[],
  endpointSlices?: EndpointSlice[],
): AnnouncingOwner | undefined => {
  // With Local, MetalLB announces in layer 2 only from a node hosting a serving endpoint, so an event
  // naming another node is stale. It matters after a live migration: the old node's speaker re-reports
  // while both launcher pods exist, in the same second (events keep whole seconds) as the new node's.
  const local = service.spec?.externalTrafficPolicy === 'Local' && endpointSlices;
  const serving = local ? nodesWithServingEndpoint(endpointSlices) : undefined;
  for (const event of eventsFor(service, events)) {
    if (event.reason !== 'nodeAssigned') continue;
    const m = NODE_ASSIGNED.exec(event.message ?? '');
    if (!m) continue;
    if (serving && m[2] !== 'bgp' && !serving.has(m[1])) continue;
    return {
      nodes: [m[1]],
      protocol: m[2] === 'bgp' ? 'bgp' : 'layer2',
      source: 'event',
      since: eventTime(event),
      stale: [],
    };
  }
  return undefined;
};

/**
 * The nodes whose layer-2 nodeAssigned event is the newest (events keep whole seconds, and while
 * MetalLB's speakers settle after one returns, two may report in the same second), and when.
 */
export const newestL2Announcers = (
  service: Service,
  events: KubeEvent[],
): { nodes: string[]; since?: string } => {
  let since: string | undefined;
  const nodes: string[] = [];
  for (const event of eventsFor(service, events)) {
    if (event.reason !== 'nodeAssigned') continue;
    const m = NODE_ASSIGNED.exec(event.message ?? '');
    if (!m || m[2] === 'bgp') continue;
    const at = eventTime(event);
    if (since === undefined) since = at;
    else if (time(at) < time(since)) break;
    nodes.push(m[1]);
  }
  return { nodes, since };
};

const ownerFromL2 = (
  statuses: ServiceAnnouncementStatus[],
  speakerReady: OwnerInput['speakerReady'],
): AnnouncingOwner | undefined => {
  if (statuses.length === 0) return undefined;
  const ranked = [...statuses].sort((a, b) => {
    const ra = speakerReady?.(nodeOf(a)) === false ? 1 : 0;
    const rb = speakerReady?.(nodeOf(b)) === false ? 1 : 0;
    if (ra !== rb) return ra - rb;
    return time(b.metadata?.creationTimestamp) - time(a.metadata?.creationTimestamp);
  });
  const [best, ...rest] = ranked;
  return {
    nodes: [nodeOf(best)],
    protocol: 'layer2',
    source: 'l2-status',
    since: best.metadata?.creationTimestamp,
    stale: rest.map((s) => ({
      node: nodeOf(s),
      since: s.metadata?.creationTimestamp,
      reason: speakerReady?.(nodeOf(s)) === false ? 'speaker-not-ready' : 'superseded',
    })),
  };
};

const ownerFromBGP = (statuses: ServiceAnnouncementStatus[]): AnnouncingOwner | undefined => {
  if (statuses.length === 0) return undefined;
  const sorted = [...statuses].sort(
    (a, b) => time(a.metadata?.creationTimestamp) - time(b.metadata?.creationTimestamp),
  );
  return {
    nodes: [...new Set(sorted.map(nodeOf))].sort(),
    protocol: 'bgp',
    source: 'bgp-status',
    since: sorted[0].metadata?.creationTimestamp,
    stale: [],
  };
};

/**
 * MetalLB before v0.16 (OpenShift 4.20 ships v0.15.2-v0.15.3) cannot hand a ServiceL2Status to the new
 * leader after a failover: the new leader patches the dead speaker's object, whose status.node is
 * immutable, and the API server refuses it until that speaker returns. So when every status names a node
 * whose speaker is not ready, a nodeAssigned event of a node whose speaker is not known to be down, no
 * older than that status, says who announces; the row says it comes from an event.
 */
const l2OrItsSuccessor = (l2: AnnouncingOwner, input: OwnerInput): AnnouncingOwner => {
  const { service, events, speakerReady, endpointSlices } = input;
  if (!events || speakerReady?.(l2.nodes[0]) !== false) return l2;
  const successor = ownerFromEvents(service, events, endpointSlices);
  if (
    !successor ||
    successor.protocol !== 'layer2' ||
    speakerReady(successor.nodes[0]) === false ||
    time(successor.since) < time(l2.since)
  )
    return l2;
  return {
    ...successor,
    stale: [{ node: l2.nodes[0], since: l2.since, reason: 'speaker-not-ready' }, ...l2.stale],
  };
};

/**
 * The announcing node(s) of a Service, or undefined when the readable sources say nobody announces.
 * Events are read only when neither status kind can be read: a readable, empty status is MetalLB
 * saying that nobody announces, and an old `nodeAssigned` event must not contradict it.
 */
export const resolveOwner = (input: OwnerInput): AnnouncingOwner | undefined => {
  const { service, l2Statuses, bgpStatuses, events, speakerReady, endpointSlices } = input;
  const l2 = l2Statuses && ownerFromL2(l2Statuses.filter(forService(service)), speakerReady);
  if (l2) return l2OrItsSuccessor(l2, input);
  const bgp = bgpStatuses && ownerFromBGP(bgpStatuses.filter(forService(service)));
  if (bgp) return bgp;
  if (l2Statuses || bgpStatuses) return undefined;
  return events ? ownerFromEvents(service, events, endpointSlices) : undefined;
};

const METALLB_REASONS = new Set([
  'IPAllocated',
  'AllocationFailed',
  'ClearAssignment',
  'LoadBalancerFailed',
  'AdditionalAssignFailed',
  'deprecatedAnnotation',
  'nodeAssigned',
  'announceFailed',
]);

/** Events MetalLB wrote (its recorders are named metallb-controller and metallb-speaker). */
export const isMetalLBEvent = (event: KubeEvent): boolean =>
  (event.source?.component ?? event.reportingComponent ?? '').startsWith('metallb') ||
  METALLB_REASONS.has(event.reason ?? '');
