// One row per LoadBalancer IP with its pool, announcing node (and the source of that), the predicted
// failover node, or why it is not announced; and the Services still waiting for an IP, with why.
import type {
  AnnouncedService,
  EndpointSlice,
  KubeEvent,
  Node,
  Pod,
  ServiceAnnouncementStatus,
} from './announcement-types';
import { readMetalLBAnnotation } from './annotations';
import { frrReadiness, sessionOf, type BGPSessionState, type PeerSession } from './bgp-sessions';
import { blockContains } from './blocks';
import { poolBlocks } from './capacity';
import { canServe, electL2, isPodReady, nextInLine, type L2Election } from './election';
import { compareIP, formatIP, type IPAddress } from './ip';
import {
  newestL2Announcers,
  resolveOwner,
  type AnnounceProtocol,
  type AnnouncingOwner,
} from './owner';
import {
  pendingReason,
  unannouncedReason,
  type PendingReason,
  type UnannouncedReason,
} from './pending';
import { advertisementCoversPool } from './pool-selection';
import type { BGPAdvertisement, BGPPeer, IPAddressPool, L2Advertisement } from './types';
import { ingressIPs, isLoadBalancerService, serviceKey } from './utilization';

/** What the page could read; undefined for what it could not (forbidden, not served, loading). */
export interface AssignmentInput {
  services: AnnouncedService[];
  pools?: IPAddressPool[];
  l2Advertisements?: L2Advertisement[];
  bgpAdvertisements?: BGPAdvertisement[];
  l2Statuses?: ServiceAnnouncementStatus[];
  bgpStatuses?: ServiceAnnouncementStatus[];
  nodes?: Node[];
  /** Speaker pods in the MetalLB namespace. */
  speakers?: Pod[];
  endpointSlices?: EndpointSlice[];
  events?: KubeEvent[];
  metallbRunning?: boolean;
  metallbClass?: string;
  /** BGPPeers (ServiceBGPStatus names them): their addresses find their sessions. */
  bgpPeers?: BGPPeer[];
  /** FRR-K8s's BGPSessionStates; undefined when not readable or not served (no FRR-K8s). */
  sessionStates?: BGPSessionState[];
  /** FRR-K8s's daemon pods (a node whose pod is not ready has stale session states). */
  frrk8sPods?: Pod[];
}

/** One node announcing an address by BGP, and its session with each peer it announces to. */
export interface BGPPath {
  node: string;
  sessions: PeerSession[];
}

export type AssignmentStatus = 'announced' | 'unannounced';

export interface AssignmentRow {
  /** namespace/name/ip */
  key: string;
  ip: string;
  service: AnnouncedService;
  namespace: string;
  name: string;
  pool?: string;
  sharingKey?: string;
  protocol?: AnnounceProtocol;
  owner?: AnnouncingOwner;
  election?: L2Election;
  /** The node that takes over if the current one fails (layer 2, predicted). */
  nextNode?: string;
  /** BGP: each announcing node with its peers (ServiceBGPStatus) and their sessions (BGPSessionState). */
  bgpPaths?: BGPPath[];
  status: AssignmentStatus;
  unannounced?: UnannouncedReason;
}

export interface PendingService {
  service: AnnouncedService;
  namespace: string;
  name: string;
  reason: PendingReason;
}

export interface Assignments {
  rows: AssignmentRow[];
  pending: PendingService[];
}

const group = <T>(items: T[] | undefined, key: (item: T) => string | undefined) => {
  const map = new Map<string, T[]>();
  for (const item of items ?? []) {
    const k = key(item);
    if (k === undefined) continue;
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
};

const poolFor = (
  service: AnnouncedService,
  ip: ReturnType<typeof ingressIPs>[number],
  pools: IPAddressPool[] | undefined,
): { name?: string; pool?: IPAddressPool } => {
  const named = readMetalLBAnnotation(service, 'ipAllocatedFromPool');
  const pool = named
    ? pools?.find((p) => p.metadata?.name === named)
    : pools?.find((p) => poolBlocks(p).some((b) => blockContains(b, ip)));
  return { name: named ?? pool?.metadata?.name, pool };
};

/**
 * No status names the Service, though MetalLB's election picks a node for it: MetalLB v0.15 (OpenShift
 * 4.20), whose new leader cannot take over a dead speaker's ServiceL2Status and retries with a growing
 * backoff, leaves that gap for minutes after a speaker returns (v0.16 fills it within a second). When the
 * newest nodeAssigned events (the same second) name the very node the election picks, that node
 * announces; the row says it comes from an event. Anything less (no event, only other nodes, no serving
 * endpoint) stays "not announced".
 */
const ownerByElectionAndEvent = (
  service: AnnouncedService,
  events: KubeEvent[],
  election: L2Election | undefined,
  noEndpoint: boolean,
  input: AssignmentInput,
): AnnouncingOwner | undefined => {
  const elected = election?.candidates[0];
  if (!elected || noEndpoint || !input.l2Statuses || !input.events) return undefined;
  const newest = newestL2Announcers(service, events);
  return newest.nodes.includes(elected)
    ? { nodes: [elected], protocol: 'layer2', source: 'event', since: newest.since, stale: [] }
    : undefined;
};

export const buildAssignments = (input: AssignmentInput): Assignments => {
  const eventsByService = group(input.events, (e) =>
    (e.involvedObject?.kind ?? 'Service') === 'Service'
      ? `${e.involvedObject?.namespace ?? ''}/${e.involvedObject?.name ?? ''}`
      : undefined,
  );
  const slicesByService = group(input.endpointSlices, (s) => {
    const name = s.metadata?.labels?.['kubernetes.io/service-name'];
    return name ? `${s.metadata?.namespace ?? ''}/${name}` : undefined;
  });
  const statusKey = (s: ServiceAnnouncementStatus) =>
    `${s.status?.serviceNamespace ?? ''}/${s.status?.serviceName ?? ''}`;
  const l2ByService = group(input.l2Statuses, statusKey);
  const bgpByService = group(input.bgpStatuses, statusKey);
  const speakerReadiness = new Map<string, boolean>();
  for (const pod of input.speakers ?? []) {
    const node = pod.spec?.nodeName;
    if (node) speakerReadiness.set(node, speakerReadiness.get(node) || isPodReady(pod));
  }
  const speakerReady = input.speakers ? (node: string) => speakerReadiness.get(node) : undefined;
  const canElect = !!(input.pools && input.l2Advertisements && input.nodes && input.speakers);
  const frrReady = frrReadiness(input.frrk8sPods);

  const rows: AssignmentRow[] = [];
  const addressOf = new Map<AssignmentRow, IPAddress>();
  const pending: PendingService[] = [];
  for (const service of input.services) {
    if (!isLoadBalancerService(service)) continue;
    const key = serviceKey(service);
    const namespace = service.metadata?.namespace ?? '';
    const name = service.metadata?.name ?? '';
    const events = eventsByService.get(key) ?? [];
    const ips = ingressIPs(service);
    if (ips.length === 0) {
      const reason = pendingReason({ ...input, service, events });
      pending.push({ service, namespace, name, reason });
      continue;
    }
    const slices = slicesByService.get(key) ?? [];
    // No endpoint can serve: MetalLB announces nothing (ShouldAnnounce's first rule). A live speaker
    // deletes its status then; one left by a dead speaker (it stays until its pod goes) is no owner.
    const noEndpoint =
      !!input.endpointSlices &&
      !slices.some((s) => (s.endpoints ?? []).some((ep) => canServe(ep.conditions)));
    const first = ips[0];
    const { name: poolName, pool } = poolFor(service, first, input.pools);
    const election = canElect
      ? electL2({
          service,
          ip: formatIP(first),
          pool,
          l2Advertisements: input.l2Advertisements ?? [],
          nodes: input.nodes ?? [],
          speakers: input.speakers ?? [],
          endpointSlices: slices,
        })
      : undefined;
    const resolved =
      resolveOwner({
        service,
        l2Statuses: input.l2Statuses ? (l2ByService.get(key) ?? []) : undefined,
        bgpStatuses: input.bgpStatuses ? (bgpByService.get(key) ?? []) : undefined,
        events: input.events ? events : undefined,
        speakerReady,
        endpointSlices: input.endpointSlices ? slices : undefined,
      }) ?? ownerByElectionAndEvent(service, events, election, noEndpoint, input);
    const owner =
      noEndpoint && resolved?.protocol === 'layer2' && speakerReady?.(resolved.nodes[0]) === false
        ? undefined
        : resolved;
    const bgpCovers =
      !!pool && (input.bgpAdvertisements ?? []).some((ad) => advertisementCoversPool(ad, pool));
    const protocol: AnnounceProtocol | undefined =
      owner?.protocol ??
      (election && election.advertisements.length > 0 ? 'layer2' : bgpCovers ? 'bgp' : undefined);
    const unannounced = owner
      ? undefined
      : unannouncedReason({
          service,
          pool,
          election,
          bgpAdvertisements: input.bgpAdvertisements,
          hasServingEndpoint: input.endpointSlices ? !noEndpoint : undefined,
          events,
        });
    const nextNode =
      election && protocol === 'layer2'
        ? nextInLine(election, owner?.nodes[0] ?? election.candidates[0])
        : undefined;
    const bgpPaths =
      owner?.source === 'bgp-status'
        ? (bgpByService.get(key) ?? [])
            .map((st) => {
              const node = st.status?.node ?? st.metadata?.labels?.['metallb.io/node'] ?? '';
              return {
                node,
                sessions: (st.status?.peers ?? []).map((peer) =>
                  sessionOf(node, peer, input.bgpPeers, input.sessionStates, frrReady),
                ),
              };
            })
            .sort((a, b) => a.node.localeCompare(b.node))
        : undefined;
    for (const ip of ips) {
      const text = formatIP(ip);
      const row: AssignmentRow = {
        key: `${key}/${text}`,
        ip: text,
        service,
        namespace,
        name,
        pool: poolName,
        sharingKey: readMetalLBAnnotation(service, 'allowSharedIP') || undefined,
        protocol,
        owner,
        election,
        nextNode,
        ...(bgpPaths ? { bgpPaths } : {}),
        status: owner ? 'announced' : 'unannounced',
        unannounced,
      };
      rows.push(row);
      addressOf.set(row, ip);
    }
  }
  // By address (IPv4 first), then Service: a stable order, and a new IP lands where one looks for it.
  rows.sort(
    (a, b) =>
      compareIP(addressOf.get(a)!, addressOf.get(b)!) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  return { rows, pending };
};
