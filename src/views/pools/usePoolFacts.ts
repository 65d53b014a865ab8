// Everything the pool pages say about pools beyond the pool objects: utilization (with its
// fallback to pool status), who holds which address, the announcing node, covering advertisements,
// pending Services and warnings. One watch per kind, shared with the other pages that read them.
import { useMemo } from 'react';
import {
  poolAssignments,
  poolWarnings,
  type IPAddressPool,
  type PoolAssignment,
  type PoolWarning,
} from '../../metallb';
import { usePoolUtilization } from '../../k8s/hooks/usePoolUtilization';
import { useAnnouncementSources } from '../../k8s/hooks/useAnnouncementSources';

export const usePoolFacts = () => {
  const utilization = usePoolUtilization();
  const sources = useAnnouncementSources();
  const { services, l2Advertisements, bgpAdvertisements } = sources.input;
  const pools = utilization.pools;
  const servicesReadable = !sources.servicesError;
  const assignments = useMemo(
    () => (servicesReadable ? poolAssignments(pools, services) : undefined),
    [pools, services, servicesReadable],
  );
  const pendingReasons = useMemo(() => sources.pending.map((p) => p.reason), [sources.pending]);
  const warningsOf = useMemo(
    () =>
      (pool: IPAddressPool): PoolWarning[] =>
        poolWarnings(pool, {
          pools,
          l2Advertisements,
          bgpAdvertisements,
          usage: utilization.utilization.get(pool.metadata?.name ?? ''),
          pendingReasons,
        }),
    [pools, l2Advertisements, bgpAdvertisements, utilization.utilization, pendingReasons],
  );
  return {
    ...utilization,
    sources,
    /** undefined when Services cannot be read. */
    assignmentsOf: (name: string): PoolAssignment[] | undefined =>
      assignments ? (assignments.get(name) ?? []) : undefined,
    warningsOf,
  };
};
