// What the pool list's columns need, and nothing more: pools and their utilization, the LoadBalancer
// Services (Services column, waiting Services of a full pool), and the advertisements (the "not
// announced" warning). The details page reads more (events, statuses, nodes: usePoolFacts); a list
// of hundreds of pools would recompute all of that on every watch flush for nothing it shows.
// Events: only the Services' Warnings (to tell a Service waiting on a full pool from one MetalLB refused
// for another reason), never IPAllocated, one per Service; asked for with the Services rather than
// once a pool shows full, which would add a round trip after the slowest list (~0.2 s at 5,000).
import { useMemo } from 'react';
import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import {
  isPoolFull,
  poolListWarnings,
  poolServiceCounts,
  type BGPAdvertisement,
  type KubeEvent,
  type L2Advertisement,
  type PoolWarning,
} from '../../../metallb';
import {
  BGPAdvertisementModel,
  EventModel,
  gvkOf,
  L2AdvertisementModel,
} from '../../../k8s/models';
import { useLoadBalancerServices } from '../../../k8s/hooks/useLoadBalancerServices';
import { useMetalLBList, type WatchedList } from '../../../k8s/hooks/useMetalLBList';
import { usePoolUtilization } from '../../../k8s/hooks/usePoolUtilization';

/** The items, or undefined when they cannot be read (then nothing is said that needs them). */
const readable = <T>(list: WatchedList<T>): T[] | undefined =>
  list.error ? undefined : list.items;

/** Served for core/v1 Events by every API server (involvedObject.*, reason, type, source...). */
export const SERVICE_WARNINGS = 'involvedObject.kind=Service,type=Warning';

export const usePoolListFacts = () => {
  const utilization = usePoolUtilization();
  const { pools, source } = utilization;
  const { services, loadError: servicesError } = useLoadBalancerServices();
  const l2 = useMetalLBList<L2Advertisement>(L2AdvertisementModel);
  const bgp = useMetalLBList<BGPAdvertisement>(BGPAdvertisementModel);
  const l2Advertisements = readable(l2);
  const bgpAdvertisements = readable(bgp);
  const counted = source === 'services';

  /** Per pool, how many Services hold its addresses; undefined unless Services were counted. */
  const serviceCounts = useMemo(
    (): Map<string, number> | undefined =>
      counted ? poolServiceCounts(pools, services) : undefined,
    [counted, pools, services],
  );
  const anyFull = useMemo(
    () => [...utilization.utilization.values()].some(isPoolFull),
    [utilization.utilization],
  );
  // Cluster-wide like the Services, and not when those cannot be read; unreadable, the count falls
  // back to judging without events.
  const [warningEvents, eventsLoaded, eventsError] = useK8sWatchResource<KubeEvent[]>(
    servicesError
      ? null
      : { groupVersionKind: gvkOf(EventModel), isList: true, fieldSelector: SERVICE_WARNINGS },
  );
  const events = counted && !eventsError ? warningEvents : undefined;
  const warningsLoaded =
    (l2.loaded || !!l2.error) &&
    (bgp.loaded || !!bgp.error) &&
    (!counted || !anyFull || eventsLoaded || !!eventsError);
  const warnings = useMemo(
    (): Map<string, PoolWarning[]> | undefined =>
      warningsLoaded
        ? poolListWarnings({
            pools,
            l2Advertisements,
            bgpAdvertisements,
            usage: utilization.utilization,
            services: counted ? services : undefined,
            events,
          })
        : undefined,
    [
      warningsLoaded,
      pools,
      l2Advertisements,
      bgpAdvertisements,
      utilization.utilization,
      counted,
      services,
      events,
    ],
  );
  return {
    ...utilization,
    /** The Services themselves when they were counted (the delete dialog names them). */
    services: counted ? services : undefined,
    serviceCounts,
    warnings,
    l2Advertisements,
    bgpAdvertisements,
  };
};

export type PoolListFacts = ReturnType<typeof usePoolListFacts>;
