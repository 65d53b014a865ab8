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
  type Node,
  type Pod,
} from '../../metallb';
import {
  BGPAdvertisementModel,
  EventModel,
  gvkOf,
  IPAddressPoolModel,
  L2AdvertisementModel,
  METALLB_NAMESPACE,
  NodeModel,
  PodModel,
  ServiceBGPStatusModel,
  ServiceL2StatusModel,
} from '../models';
import { useLoadBalancerServices } from './useLoadBalancerServices';

/** What MetalLB state a user could not read, so the views can say what was not checked. */
export type UnreadableSource =
  'pools' | 'advertisements' | 'statuses' | 'nodes' | 'speakers' | 'endpoints' | 'events';

export interface AnnouncementSources extends Assignments {
  input: AssignmentInput;
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

type Watched<T> = { data: T[] | undefined; loaded: boolean; failed: boolean };

/** A list watch whose data is undefined when it failed (forbidden, not served), so the core knows it is unknown. */
const useList = <T extends K8sResourceCommon>(resource: WatchK8sResource): Watched<T> => {
  const [data, loaded, error] = useK8sWatchResource<T[]>(resource);
  return { data: error ? undefined : (data ?? []), loaded: loaded || !!error, failed: !!error };
};

const inMetalLB = (model: K8sModel, extra: Partial<WatchK8sResource> = {}): WatchK8sResource => ({
  groupVersionKind: gvkOf(model),
  namespace: METALLB_NAMESPACE,
  isList: true,
  ...extra,
});

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
  const pools = useList<NonNullable<AssignmentInput['pools']>[number]>(
    inMetalLB(IPAddressPoolModel),
  );
  const l2Ads = useList<NonNullable<AssignmentInput['l2Advertisements']>[number]>(
    inMetalLB(L2AdvertisementModel),
  );
  const bgpAds = useList<NonNullable<AssignmentInput['bgpAdvertisements']>[number]>(
    inMetalLB(BGPAdvertisementModel),
  );
  const l2Statuses = useList<NonNullable<AssignmentInput['l2Statuses']>[number]>(
    inMetalLB(ServiceL2StatusModel),
  );
  const bgpStatuses = useList<NonNullable<AssignmentInput['bgpStatuses']>[number]>(
    inMetalLB(ServiceBGPStatusModel),
  );
  const pods = useList<Pod>(inMetalLB(PodModel, { selector: { matchLabels: { app: 'metallb' } } }));
  const nodes = useList<Node>({ groupVersionKind: gvkOf(NodeModel), isList: true });
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
    (services.loaded || !!services.loadError) &&
    [pools, l2Ads, bgpAds, l2Statuses, bgpStatuses, pods, nodes, slices, events].every(
      (w) => w.loaded,
    );
  return { ...assignments, input, loaded, servicesError: services.loadError, unreadable };
};
