// Why a LoadBalancer Service has no IP, and why an assigned IP is not announced: one reason each, as
// a code with its parameters (the views put it in words, with the fix). The checks follow the
// controller's order (controller/service.go, internal/allocator of v0.16.1); its AllocationFailed
// event is read where only it can tell (full pools, sharing), and shown verbatim when nothing else fits.
import type { AnnouncedService, KubeEvent } from './announcement-types';
import { readMetalLBAnnotation, requestedLoadBalancerIPs } from './annotations';
import { blockContains } from './blocks';
import { poolBlocks, poolCapacity } from './capacity';
import type { L2Election } from './election';
import { parseIP } from './ip';
import { eventsFor } from './owner';
import { advertisementCoversPool } from './pool-selection';
import { labelSelectorMatches } from './selectors';
import type { BGPAdvertisement, IPAddressPool, Service } from './types';
import { ingressIPs, serviceKey } from './utilization';

export type PendingReason =
  | { code: 'load-balancer-class'; loadBalancerClass: string; metallbClass?: string }
  | { code: 'metallb-not-running' }
  | { code: 'requested-pool-missing'; pool: string }
  | { code: 'requested-ip-in-no-pool'; ip: string }
  | { code: 'requested-ip-outside-requested-pool'; ip: string; pool: string }
  | { code: 'requested-ip-taken'; ip: string; by: string }
  | { code: 'sharing-key-conflict'; message: string }
  | { code: 'no-pool-for-family'; family: 'IPv4' | 'IPv6' }
  | { code: 'auto-assign-off'; pools: string[] }
  | { code: 'service-allocation-excludes'; pools: string[] }
  | { code: 'pools-full'; pools: string[]; message?: string }
  | { code: 'warning-event'; reason: string; message: string }
  | { code: 'waiting' };

export type UnannouncedReason =
  | { code: 'no-advertisement'; pool?: string }
  | { code: 'no-ready-endpoint' }
  | { code: 'no-local-endpoint' }
  | { code: 'no-eligible-node' }
  | { code: 'announce-failed'; message: string };

export interface PendingInput {
  service: AnnouncedService;
  /** undefined: pools cannot be read; only events and the Service itself are then used. */
  pools?: IPAddressPool[];
  /** Other LoadBalancer Services, to find who holds a requested IP. */
  services?: Service[];
  events?: KubeEvent[];
  /** false when MetalLB's controller is known not to run. */
  metallbRunning?: boolean;
  /** MetalLB's --lb-class (the MetalLB resource's loadBalancerClass); unset: MetalLB takes unclassed Services only. */
  metallbClass?: string;
}

const family = (service: AnnouncedService): 'IPv4' | 'IPv6' =>
  service.spec?.ipFamilies?.[0] === 'IPv6' ? 'IPv6' : 'IPv4';

const hasFamily = (pool: IPAddressPool, f: 'IPv4' | 'IPv6') =>
  (f === 'IPv4' ? poolCapacity(pool).ipv4 : poolCapacity(pool).ipv6) > 0n;

const poolName = (pool: IPAddressPool) => pool.metadata?.name ?? '';

/** Does a pool's serviceAllocation admit this Service? Namespace label selectors cannot be checked without Namespaces: admitted. */
const allocationAdmits = (pool: IPAddressPool, service: Service): boolean => {
  const a = pool.spec?.serviceAllocation;
  if (!a) return true;
  const namespaces = a.namespaces ?? [];
  const nsSelectors = a.namespaceSelectors ?? [];
  const nsOK =
    (namespaces.length === 0 && nsSelectors.length === 0) ||
    namespaces.includes(service.metadata?.namespace ?? '') ||
    nsSelectors.length > 0;
  const svcOK =
    (a.serviceSelectors ?? []).length === 0 ||
    (a.serviceSelectors ?? []).some((s) => labelSelectorMatches(s, service.metadata?.labels));
  return nsOK && svcOK;
};

const sharingKey = (service: Service) => readMetalLBAnnotation(service, 'allowSharedIP') ?? '';

const requestedIPs = (service: Service): string[] => {
  const annotated = requestedLoadBalancerIPs(service);
  if (annotated.length > 0) return annotated;
  return service.spec?.loadBalancerIP ? [service.spec.loadBalancerIP] : [];
};

const allocationMessage = (events: KubeEvent[]): string | undefined =>
  events.find((e) => e.reason === 'AllocationFailed')?.message;

/**
 * MetalLB's words for "no address left". v0.16 says `no available IPs`; v0.15 (OpenShift 4.20), asked
 * for a full pool by name, takes the nil address it got from it and refuses that:
 * `["<nil>"] is not allowed in config` (internal/allocator of v0.15.2).
 */
const saysFull = (message?: string) =>
  !!message &&
  (message.includes('no available IPs') || message.includes('["<nil>"] is not allowed in config'));

const requestReason = (input: PendingInput, pools: IPAddressPool[]): PendingReason | undefined => {
  const { service } = input;
  const requestedPool = readMetalLBAnnotation(service, 'addressPool');
  const pool = requestedPool ? pools.find((p) => poolName(p) === requestedPool) : undefined;
  if (requestedPool && !pool) return { code: 'requested-pool-missing', pool: requestedPool };
  for (const text of requestedIPs(service)) {
    const ip = parseIP(text);
    const inPool = (p: IPAddressPool) =>
      !!ip && poolBlocks(p).some((block) => blockContains(block, ip));
    if (pool && !inPool(pool))
      return { code: 'requested-ip-outside-requested-pool', ip: text, pool: requestedPool ?? '' };
    if (!pools.some(inPool)) return { code: 'requested-ip-in-no-pool', ip: text };
    const holder = (input.services ?? []).find(
      (other) =>
        serviceKey(other) !== serviceKey(service) &&
        ingressIPs(other).some((held) => ip && held.value === ip.value) &&
        (sharingKey(other) === '' || sharingKey(other) !== sharingKey(service)),
    );
    if (holder) return { code: 'requested-ip-taken', ip: text, by: serviceKey(holder) };
  }
  return undefined;
};

const poolChoiceReason = (
  service: AnnouncedService,
  pools: IPAddressPool[],
  message: string | undefined,
): PendingReason | undefined => {
  const f = family(service);
  const ofFamily = pools.filter((p) => hasFamily(p, f));
  if (ofFamily.length === 0) return { code: 'no-pool-for-family', family: f };
  const requested = readMetalLBAnnotation(service, 'addressPool');
  const explicit = requested !== undefined || requestedIPs(service).length > 0;
  const fitting = requested ? ofFamily.filter((p) => poolName(p) === requested) : ofFamily;
  if (!explicit) {
    const auto = ofFamily.filter((p) => p.spec?.autoAssign !== false);
    if (auto.length === 0) return { code: 'auto-assign-off', pools: ofFamily.map(poolName) };
    if (!auto.some((p) => allocationAdmits(p, service)))
      return { code: 'service-allocation-excludes', pools: auto.map(poolName) };
  }
  const full = fitting.filter((p) => {
    const available = f === 'IPv4' ? p.status?.availableIPv4 : p.status?.availableIPv6;
    return available === 0;
  });
  if (saysFull(message)) {
    return { code: 'pools-full', pools: (full.length ? full : fitting).map(poolName), message };
  }
  // Full pools explain the wait only when MetalLB gives no other cause: a refusal of its own (a port
  // already in use on a shared IP, say) is shown verbatim as the newest Warning instead.
  if (!message && full.length > 0 && full.length === fitting.length) {
    return { code: 'pools-full', pools: full.map(poolName), message };
  }
  return undefined;
};

/** Why this LoadBalancer Service has no IP yet. */
export const pendingReason = (input: PendingInput): PendingReason => {
  const { service } = input;
  const lbClass = service.spec?.loadBalancerClass;
  if (lbClass !== undefined && lbClass !== input.metallbClass)
    return {
      code: 'load-balancer-class',
      loadBalancerClass: lbClass,
      metallbClass: input.metallbClass,
    };
  if (input.metallbRunning === false) return { code: 'metallb-not-running' };
  const events = eventsFor(service, input.events ?? []);
  const message = allocationMessage(events);
  if (input.pools) {
    const request = requestReason(input, input.pools);
    if (request) return request;
  }
  if (message?.includes("can't change sharing key"))
    return { code: 'sharing-key-conflict', message };
  if (input.pools) {
    const choice = poolChoiceReason(service, input.pools, message);
    if (choice) return choice;
  } else if (saysFull(message)) {
    // a user who may not read pools still knows the one the Service asks for
    const requested = readMetalLBAnnotation(service, 'addressPool');
    return { code: 'pools-full', pools: requested ? [requested] : [], message };
  }
  const warning = events.find((e) => e.type === 'Warning');
  if (warning)
    return { code: 'warning-event', reason: warning.reason ?? '', message: warning.message ?? '' };
  return { code: 'waiting' };
};

export interface UnannouncedInput {
  service: Service;
  pool?: IPAddressPool;
  /** The layer-2 election, when nodes, speakers and advertisements could be read. */
  election?: L2Election;
  bgpAdvertisements?: BGPAdvertisement[];
  /** When only EndpointSlices can be read (no election): do any serve? */
  hasServingEndpoint?: boolean;
  events?: KubeEvent[];
}

/** Why an assigned IP has no announcing node; undefined when nothing explains it. */
export const unannouncedReason = (input: UnannouncedInput): UnannouncedReason | undefined => {
  const { election } = input;
  const bgpCovers = (input.bgpAdvertisements ?? []).some(
    (ad) => input.pool && advertisementCoversPool(ad, input.pool),
  );
  if (election && election.advertisements.length === 0 && !bgpCovers)
    return { code: 'no-advertisement', pool: input.pool?.metadata?.name };
  const serving = election?.hasServingEndpoint ?? input.hasServingEndpoint;
  if (serving === false) return { code: 'no-ready-endpoint' };
  if (election && election.candidates.length === 0 && !bgpCovers) {
    return election.excluded.some((e) => e.reason === 'no-local-endpoint')
      ? { code: 'no-local-endpoint' }
      : { code: 'no-eligible-node' };
  }
  const events = eventsFor(input.service, input.events ?? []);
  const failed = events.findIndex((e) => e.reason === 'announceFailed');
  const assigned = events.findIndex((e) => e.reason === 'nodeAssigned');
  if (failed >= 0 && (assigned < 0 || failed < assigned))
    return { code: 'announce-failed', message: events[failed].message ?? '' };
  return undefined;
};
