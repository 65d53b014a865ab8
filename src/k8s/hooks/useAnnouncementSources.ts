import { useMemo } from 'react';
import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import type {
  K8sModel,
  K8sResourceCommon,
  WatchK8sResource,
} from '@openshift-console/dynamic-plugin-sdk';
import {
  buildAssignments,
  isPodReady,
  type AssignmentInput,
  type Assignments,
  type EndpointSlice,
  type KubeEvent,
} from '../../metallb';
import {
  BGPAdvertisementModel,
  EventModel,
  gvkOf,
  IPAddressPoolModel,
  L2AdvertisementModel,
  ServiceBGPStatusModel,
  ServiceL2StatusModel,
} from '../models';
import { useLoadBalancerServices } from './useLoadBalancerServices';
import { useMetalLBNamespace, useNodeWatch } from './useMetalLBNamespace';

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

type Watched<T> = { data: T[] | undefined; loaded: boolean; failed: boolean };

/** A list watch whose data is undefined when it failed (forbidden, not served), so the core knows it is unknown. */
const useList = <T extends K8sResourceCommon>(resource: WatchK8sResource | null): Watched<T> => {
  const [data, loaded, error] = useK8sWatchResource<T[]>(resource);
  // One empty array for "none yet": a fresh [] per render would rebuild the rows on every render.
  return {
    data: error ? undefined : (data ?? (NONE as T[])),
    loaded: loaded || !!error,
    failed: !!error,
  };
};

/** A watch in MetalLB's namespace, or none until that namespace is known. */
const inMetalLB = (model: K8sModel, namespace: string | undefined): WatchK8sResource | null =>
  namespace ? { groupVersionKind: gvkOf(model), namespace, isList: true } : null;

const inScope = (model: K8sModel, namespace?: string, extra: Partial<WatchK8sResource> = {}) => ({
  groupVersionKind: gvkOf(model),
  isList: true,
  ...(namespace ? { namespace } : {}),
  ...extra,
});

/**
 * Everything the assignments view and the Service tab read, one watch per kind: LoadBalancer
 * Services, MetalLB's pools, advertisements, per-Service statuses and pods in its namespace, nodes,
 * EndpointSlices and Service events (all namespaces, or one). What the user may not read stays
 * undefined and is named in `unreadable`.
 */
export const useAnnouncementSources = (namespace?: string): AnnouncementSources => {
  const services = useLoadBalancerServices(namespace);
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
  const l2Statuses = useList<NonNullable<AssignmentInput['l2Statuses']>[number]>(
    inMetalLB(ServiceL2StatusModel, metallbNamespace),
  );
  const bgpStatuses = useList<NonNullable<AssignmentInput['bgpStatuses']>[number]>(
    inMetalLB(ServiceBGPStatusModel, metallbNamespace),
  );
  const pods = { data: where.pods, loaded: where.podsLoaded, failed: !!where.podsError };
  const watchedNodes = useNodeWatch();
  const nodes = {
    data: watchedNodes.nodes,
    loaded: watchedNodes.loaded,
    failed: !!watchedNodes.error,
  };
  const slices = useList<EndpointSlice>(inScope(EndpointSliceModel, namespace));
  const events = useList<KubeEvent>(
    inScope(EventModel, namespace, { fieldSelector: 'involvedObject.kind=Service' }),
  );

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
  ]);
  const assignments = useMemo(() => buildAssignments(input), [input]);

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
    [pools, l2Ads, bgpAds, l2Statuses, bgpStatuses, pods, nodes, slices, events].every(
      (w) => w.loaded,
    );
  return {
    ...assignments,
    input,
    metallbNamespace: where.namespace,
    loaded,
    servicesError: services.loadError,
    unreadable,
  };
};
