import { useMemo } from 'react';
import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import type {
  K8sModel,
  K8sResourceCommon,
  WatchK8sResource,
} from '@openshift-console/dynamic-plugin-sdk';
import {
  buildAssignments,
  ingressIPs,
  isPodReady,
  requestedLoadBalancerIPs,
  serviceKey,
  type AnnouncedService,
  type AssignmentInput,
  type Assignments,
  type BGPPeer,
  type EndpointSlice,
  type KubeEvent,
  type Service,
} from '../../metallb';
import {
  BGPAdvertisementModel,
  BGPPeerModel,
  EventModel,
  gvkOf,
  IPAddressPoolModel,
  L2AdvertisementModel,
  ServiceBGPStatusModel,
  ServiceL2StatusModel,
} from '../models';
import {
  loadBalancerServicesResource,
  useLoadBalancerServices,
  type LoadBalancerServices,
} from './useLoadBalancerServices';
import { useMetalLBNamespace, useNodeWatch } from './useMetalLBNamespace';
import { useSessionStates, type SessionsUnavailable } from './useSessionStates';

/** What MetalLB state a user could not read, so the views can say what was not checked. */
export type UnreadableSource =
  'pools' | 'advertisements' | 'statuses' | 'nodes' | 'speakers' | 'endpoints' | 'events';

export interface AnnouncementSources extends Assignments {
  input: AssignmentInput;
  /** The namespace MetalLB runs in (its pools, advertisements and statuses live there). */
  metallbNamespace: string;
  loaded: boolean;
  /** The LoadBalancer Services themselves could not be read (the page then has nothing to show). */
  servicesError: unknown;
  unreadable: UnreadableSource[];
  /** Why BGP session states cannot be shown (FRR-K8s absent, forbidden), when they cannot. */
  sessionsUnavailable?: SessionsUnavailable;
}

export const EndpointSliceModel: K8sModel = {
  apiGroup: 'discovery.k8s.io',
  apiVersion: 'v1',
  kind: 'EndpointSlice',
  plural: 'endpointslices',
  abbr: 'EPS',
  label: 'EndpointSlice',
  labelPlural: 'EndpointSlices',
  namespaced: true,
};

const NONE: never[] = [];
const NOTHING_YET: Assignments = { rows: [], pending: [] };

type Watched<T> = { data: T[] | undefined; loaded: boolean; failed: boolean };

/** A list watch whose data is undefined when it failed (forbidden, not served), so the core knows it is unknown. */
const useList = <T extends K8sResourceCommon>(resource: WatchK8sResource | null): Watched<T> => {
  const [data, loaded, error] = useK8sWatchResource<T[]>(resource);
  // One empty array for "none yet": a fresh [] per render would rebuild the rows on every render.
  return {
    data: error ? undefined : data?.length ? data : (NONE as T[]),
    loaded: loaded || !!error,
    failed: !!error,
  };
};

/** A watch in MetalLB's namespace, or none until that namespace is known. */
const inMetalLB = (
  model: K8sModel,
  namespace: string | undefined,
  extra: Partial<WatchK8sResource> = {},
): WatchK8sResource | null =>
  namespace ? { groupVersionKind: gvkOf(model), namespace, isList: true, ...extra } : null;

const inScope = (model: K8sModel, namespace?: string, extra: Partial<WatchK8sResource> = {}) => ({
  groupVersionKind: gvkOf(model),
  isList: true,
  ...(namespace ? { namespace } : {}),
  ...extra,
});

const SERVICE_EVENTS = 'involvedObject.kind=Service';
/**
 * Service events without the controller's IPAllocated, one per Service (5,000 of 5,000 at scale, and
 * the slowest list of the page): nothing the rows or the pending reasons read (nodeAssigned, Warnings).
 */
const DIAGNOSTIC_SERVICE_EVENTS = `${SERVICE_EVENTS},reason!=IPAllocated`;

/** What a page reads beyond MetalLB's own objects: whose rows, and which slices, statuses and events. */
interface Scope {
  services: LoadBalancerServices;
  /** Narrows ServiceL2Status and ServiceBGPStatus (MetalLB labels them with their Service). */
  statusSelector?: WatchK8sResource['selector'];
  endpointSlices: WatchK8sResource;
  events: WatchK8sResource;
}

const useSources = ({
  services,
  statusSelector,
  endpointSlices,
  events: eventsResource,
}: Scope): AnnouncementSources => {
  // MetalLB's pods come from the namespace finder's own watch; its namespace scopes the MetalLB kinds.
  const where = useMetalLBNamespace();
  const metallbNamespace = where.loaded ? where.namespace : undefined;
  const pools = useList<NonNullable<AssignmentInput['pools']>[number]>(
    inMetalLB(IPAddressPoolModel, metallbNamespace),
  );
  const l2Ads = useList<NonNullable<AssignmentInput['l2Advertisements']>[number]>(
    inMetalLB(L2AdvertisementModel, metallbNamespace),
  );
  const bgpAds = useList<NonNullable<AssignmentInput['bgpAdvertisements']>[number]>(
    inMetalLB(BGPAdvertisementModel, metallbNamespace),
  );
  const statusScope = statusSelector ? { selector: statusSelector } : {};
  const l2Statuses = useList<NonNullable<AssignmentInput['l2Statuses']>[number]>(
    inMetalLB(ServiceL2StatusModel, metallbNamespace, statusScope),
  );
  const bgpStatuses = useList<NonNullable<AssignmentInput['bgpStatuses']>[number]>(
    inMetalLB(ServiceBGPStatusModel, metallbNamespace, statusScope),
  );
  const peers = useList<BGPPeer>(inMetalLB(BGPPeerModel, metallbNamespace));
  const sessions = useSessionStates();
  const pods = { data: where.pods, loaded: where.podsLoaded, failed: !!where.podsError };
  const watchedNodes = useNodeWatch();
  const nodes = {
    data: watchedNodes.nodes,
    loaded: watchedNodes.loaded,
    failed: !!watchedNodes.error,
  };
  const slices = useList<EndpointSlice>(endpointSlices);
  const events = useList<KubeEvent>(eventsResource);

  const input = useMemo((): AssignmentInput => {
    const speakers = pods.data?.filter((p) => p.metadata?.labels?.component === 'speaker');
    const controllers = pods.data?.filter((p) => p.metadata?.labels?.component === 'controller');
    return {
      services: services.services,
      pools: pools.data,
      l2Advertisements: l2Ads.data,
      bgpAdvertisements: bgpAds.data,
      l2Statuses: l2Statuses.data,
      bgpStatuses: bgpStatuses.data,
      nodes: nodes.data,
      speakers,
      endpointSlices: slices.data,
      events: events.data,
      // Known only when MetalLB's pods can be read and its controller pod is there.
      metallbRunning:
        controllers && controllers.length > 0 ? controllers.some(isPodReady) : undefined,
      bgpPeers: peers.data,
      sessionStates: sessions.states,
      frrk8sPods: where.frrk8sPods,
    };
  }, [
    services.services,
    pools.data,
    l2Ads.data,
    bgpAds.data,
    l2Statuses.data,
    bgpStatuses.data,
    nodes.data,
    pods.data,
    slices.data,
    events.data,
    peers.data,
    sessions.states,
    where.frrk8sPods,
  ]);

  const unreadable: UnreadableSource[] = [];
  if (pools.failed) unreadable.push('pools');
  if (l2Ads.failed) unreadable.push('advertisements');
  // ServiceBGPStatus is absent before v0.15: only an unreadable ServiceL2Status counts.
  if (l2Statuses.failed) unreadable.push('statuses');
  if (nodes.failed) unreadable.push('nodes');
  if (pods.failed) unreadable.push('speakers');
  if (slices.failed) unreadable.push('endpoints');
  if (events.failed) unreadable.push('events');

  const loaded =
    where.loaded &&
    (services.loaded || !!services.loadError) &&
    [pools, l2Ads, bgpAds, l2Statuses, bgpStatuses, pods, nodes, slices, events, peers].every(
      (w) => w.loaded,
    ) &&
    sessions.loaded;
  // Built once every source has answered: each list arriving would otherwise rebuild every row
  // (about 100 ms at 5,000 Services) for a page that shows a spinner until then.
  const assignments = useMemo(
    () => (loaded ? buildAssignments(input) : NOTHING_YET),
    [input, loaded],
  );
  return {
    ...assignments,
    input,
    metallbNamespace: where.namespace,
    loaded,
    servicesError: services.loadError,
    unreadable,
    sessionsUnavailable: sessions.unavailable,
  };
};

/**
 * Everything the assignments view reads, one watch per kind: LoadBalancer Services, MetalLB's pools,
 * advertisements, per-Service statuses and pods in its namespace, nodes, EndpointSlices and Service
 * events (all namespaces, or one; `allEvents` keeps IPAllocated, for a page that lists the events).
 * What the user may not read stays undefined and is named in `unreadable`.
 */
export const useAnnouncementSources = (
  namespace?: string,
  { allEvents = false }: { allEvents?: boolean } = {},
): AnnouncementSources =>
  useSources({
    services: useLoadBalancerServices(namespace),
    endpointSlices: inScope(EndpointSliceModel, namespace),
    events: inScope(EventModel, namespace, {
      fieldSelector: allEvents ? SERVICE_EVENTS : DIAGNOSTIC_SERVICE_EVENTS,
    }),
  });

const NO_OTHERS: Service[] = [];

/**
 * The same for one Service (its MetalLB tab): its own EndpointSlices, statuses and events, and no
 * other Service, except the LoadBalancers of its namespace while it waits for an IP it asked for
 * (one of them may hold it). Nodes, speakers and MetalLB's objects are the whole of them: the
 * failover prediction runs MetalLB's election over every node.
 */
export const useServiceAnnouncementSources = (service: AnnouncedService): AnnouncementSources => {
  const namespace = service.metadata?.namespace ?? '';
  const name = service.metadata?.name ?? '';
  const asksForIP =
    ingressIPs(service).length === 0 &&
    (requestedLoadBalancerIPs(service).length > 0 || !!service.spec?.loadBalancerIP);
  const [others, othersLoaded, othersError] = useK8sWatchResource<Service[]>(
    asksForIP ? loadBalancerServicesResource(namespace) : null,
  );
  const key = serviceKey(service);
  const services = useMemo(
    () => [service, ...(others ?? NO_OTHERS).filter((o) => serviceKey(o) !== key)],
    [service, others, key],
  );
  return useSources({
    services: { services, loaded: othersLoaded || !!othersError, loadError: undefined },
    statusSelector: {
      matchLabels: { 'metallb.io/service-name': name, 'metallb.io/service-namespace': namespace },
    },
    endpointSlices: inScope(EndpointSliceModel, namespace, {
      selector: { matchLabels: { 'kubernetes.io/service-name': name } },
    }),
    events: inScope(EventModel, namespace, {
      fieldSelector: `${SERVICE_EVENTS},involvedObject.name=${name}`,
    }),
  });
};
