import { useMemo } from 'react';
import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import {
  poolCapacity,
  poolUtilization,
  type IPAddressPool,
  type PoolUtilization,
} from '../../metallb';
import { gvkOf, IPAddressPoolModel, METALLB_NAMESPACE } from '../models';
import { useLoadBalancerServices } from './useLoadBalancerServices';

export type UtilizationSource = 'services' | 'pool-status' | 'none';

export interface PoolsWithUtilization {
  pools: IPAddressPool[];
  /** Per pool name; assigned counts come from `source`. */
  utilization: Map<string, PoolUtilization>;
  source: UtilizationSource;
  loaded: boolean;
  loadError: unknown;
  /** Why Services could not be watched (typically 403 for users who cannot list them cluster-wide). */
  servicesError: unknown;
}

/**
 * Without Services, the counts MetalLB writes into pool status (v0.15+) are the next best thing:
 * distinct assigned IPs per family, capacity still exact from the spec.
 */
const fromPoolStatus = (pools: IPAddressPool[]): Map<string, PoolUtilization> => {
  const result = new Map<string, PoolUtilization>();
  for (const pool of pools) {
    const capacity = poolCapacity(pool);
    result.set(pool.metadata?.name ?? '', {
      assignedIPv4: BigInt(pool.status?.assignedIPv4 ?? 0),
      assignedIPv6: BigInt(pool.status?.assignedIPv6 ?? 0),
      capacityIPv4: capacity.ipv4,
      capacityIPv6: capacity.ipv6,
    });
  }
  return result;
};

const hasPoolStatus = (pools: IPAddressPool[]) =>
  pools.some((p) => p.status?.assignedIPv4 !== undefined || p.status?.assignedIPv6 !== undefined);

/**
 * The pools in the MetalLB namespace and their utilization, live: one watch on pools, one on
 * LoadBalancer Services in all namespaces. A user who may not list Services cluster-wide still gets the pools,
 * with MetalLB's own counts from pool status when it writes them.
 */
export const usePoolUtilization = (): PoolsWithUtilization => {
  const [pools, poolsLoaded, poolsError] = useK8sWatchResource<IPAddressPool[]>({
    groupVersionKind: gvkOf(IPAddressPoolModel),
    namespace: METALLB_NAMESPACE,
    isList: true,
  });
  const { services, loaded: servicesLoaded, loadError: servicesError } = useLoadBalancerServices();
  const poolList = useMemo(() => pools ?? [], [pools]);
  const servicesUsable = servicesLoaded && !servicesError;
  const { utilization, source } = useMemo(() => {
    if (servicesUsable) {
      return {
        utilization: poolUtilization(poolList, services),
        source: 'services' as const,
      };
    }
    return {
      utilization: fromPoolStatus(poolList),
      source: hasPoolStatus(poolList) ? ('pool-status' as const) : ('none' as const),
    };
  }, [poolList, services, servicesUsable]);

  return {
    pools: poolList,
    utilization,
    source,
    // Pools decide the page; Services only fill the utilization column (and may be forbidden).
    loaded: poolsLoaded && (servicesLoaded || !!servicesError),
    loadError: poolsError,
    servicesError,
  };
};
