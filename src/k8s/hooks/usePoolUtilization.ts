import { useEffect, useMemo, useState } from 'react';
import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import {
  poolStatusUsage,
  poolUtilization,
  type IPAddressPool,
  type PoolUsage,
} from '../../metallb';
import { isForbidden } from '../errors';
import { gvkOf, IPAddressPoolModel } from '../models';
import { useLoadBalancerServices } from './useLoadBalancerServices';
import { useMetalLBNamespace } from './useMetalLBNamespace';

/**
 * Where the assigned counts come from: counted from the LoadBalancer Services ('services'), read from
 * the status MetalLB writes into each pool ('pool-status'), or nowhere ('none': no Services and no
 * pool has status).
 */
export type UtilizationSource = 'services' | 'pool-status' | 'none';

/** Why the Services cannot be counted: a 403, another error of the list or watch, or no answer yet. */
export type ServicesProblem = 'forbidden' | 'failed' | 'timed-out';

/** How long the page waits for the Services before it shows the pools with MetalLB's own counts. */
export const SERVICES_TIMEOUT_MS = 10_000;

export interface PoolsWithUtilization {
  /** The namespace MetalLB runs in, where the pools were read. */
  namespace: string;
  pools: IPAddressPool[];
  /** Per pool name; an assigned count is undefined when unknown (a pool without status). */
  utilization: Map<string, PoolUsage>;
  source: UtilizationSource;
  loaded: boolean;
  loadError: unknown;
  /** Set while the Services cannot be counted; `servicesError` holds the error when there is one. */
  servicesProblem?: ServicesProblem;
  servicesError: unknown;
}

/** True once `waiting` has held for `ms` without a break. */
const useTimedOut = (waiting: boolean, ms: number): boolean => {
  const [timedOut, setTimedOut] = useState(false);
  useEffect(() => {
    if (!waiting) return undefined;
    const timer = setTimeout(() => setTimedOut(true), ms);
    return () => {
      clearTimeout(timer);
      setTimedOut(false);
    };
  }, [waiting, ms]);
  return waiting && timedOut;
};

/**
 * The pools in the namespace MetalLB runs in and their utilization, live: one watch on pools, one on
 * LoadBalancer Services in all namespaces. When the Services cannot be counted (forbidden, failed,
 * or not loaded within SERVICES_TIMEOUT_MS), the counts MetalLB writes into pool status stand in.
 */
export const usePoolUtilization = (): PoolsWithUtilization => {
  const where = useMetalLBNamespace();
  // Not before the namespace is settled: a null watch reads as loaded and empty, so gate `loaded` too.
  const [pools, poolsWatchLoaded, poolsError] = useK8sWatchResource<IPAddressPool[]>(
    where.loaded
      ? { groupVersionKind: gvkOf(IPAddressPoolModel), namespace: where.namespace, isList: true }
      : null,
  );
  const poolsLoaded = where.loaded && poolsWatchLoaded;
  const { services, loaded: servicesLoaded, loadError: servicesError } = useLoadBalancerServices();
  const poolList = useMemo(() => pools ?? [], [pools]);
  const timedOut = useTimedOut(
    !!poolsLoaded && !servicesLoaded && !servicesError,
    SERVICES_TIMEOUT_MS,
  );
  const servicesProblem: ServicesProblem | undefined = servicesError
    ? isForbidden(servicesError)
      ? 'forbidden'
      : 'failed'
    : timedOut
      ? 'timed-out'
      : undefined;
  const servicesUsable = servicesLoaded && !servicesError;
  const { utilization, source } = useMemo(() => {
    if (servicesUsable) {
      return { utilization: poolUtilization(poolList, services), source: 'services' as const };
    }
    const fromStatus = poolStatusUsage(poolList);
    const known = [...fromStatus.values()].some(
      (u) => u.assignedIPv4 !== undefined || u.assignedIPv6 !== undefined,
    );
    return {
      utilization: fromStatus,
      source: known ? ('pool-status' as const) : ('none' as const),
    };
  }, [poolList, services, servicesUsable]);

  return {
    namespace: where.namespace,
    pools: poolList,
    utilization,
    source,
    // Pools decide the page; Services only fill the utilization column, and may never come.
    loaded: poolsLoaded && (servicesUsable || servicesProblem !== undefined),
    loadError: poolsError,
    servicesProblem,
    servicesError,
  };
};
