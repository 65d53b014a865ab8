// What the pool list's columns need, and nothing more: pools and their utilization, the LoadBalancer
// Services (Services column, waiting Services of a full pool), and the advertisements (the "not
// announced" warning). The details page reads more (events, statuses, nodes: usePoolFacts); a list
// of hundreds of pools would recompute all of that on every watch flush for nothing it shows.
import { useMemo } from 'react';
import {
  poolAssignments,
  poolListWarnings,
  type BGPAdvertisement,
  type L2Advertisement,
  type PoolAssignment,
  type PoolWarning,
} from '../../../metallb';
import { BGPAdvertisementModel, L2AdvertisementModel } from '../../../k8s/models';
import { useLoadBalancerServices } from '../../../k8s/hooks/useLoadBalancerServices';
import { useMetalLBList, type WatchedList } from '../../../k8s/hooks/useMetalLBList';
import { usePoolUtilization } from '../../../k8s/hooks/usePoolUtilization';

/** The items, or undefined when they cannot be read (then nothing is said that needs them). */
const readable = <T>(list: WatchedList<T>): T[] | undefined =>
  list.error ? undefined : list.items;

export const usePoolListFacts = () => {
  const utilization = usePoolUtilization();
  const { pools, source } = utilization;
  const { services } = useLoadBalancerServices();
  const l2 = useMetalLBList<L2Advertisement>(L2AdvertisementModel);
  const bgp = useMetalLBList<BGPAdvertisement>(BGPAdvertisementModel);
  const l2Advertisements = readable(l2);
  const bgpAdvertisements = readable(bgp);
  const counted = source === 'services';

  /** Per pool, the Services holding its addresses; undefined unless Services were counted. */
  const assignments = useMemo(
    (): Map<string, PoolAssignment[]> | undefined =>
      counted ? poolAssignments(pools, services) : undefined,
    [counted, pools, services],
  );
  const warningsLoaded = (l2.loaded || !!l2.error) && (bgp.loaded || !!bgp.error);
  const warnings = useMemo(
    (): Map<string, PoolWarning[]> | undefined =>
      warningsLoaded
        ? poolListWarnings({
            pools,
            l2Advertisements,
            bgpAdvertisements,
            usage: utilization.utilization,
            services: counted ? services : undefined,
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
    ],
  );
  return { ...utilization, assignments, warnings, l2Advertisements, bgpAdvertisements };
};

export type PoolListFacts = ReturnType<typeof usePoolListFacts>;
