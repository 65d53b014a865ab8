// Utilization kept up to date from watch events: a Service change touches only its own IPs
// (refcounts per IP and pool, so a shared IP leaves the count only with its last Service).
import { readMetalLBAnnotation } from './annotations';
import type { IPScan } from './ip';
import type { IPAddressPool, Service } from './types';
import type { PoolDirectory, PoolUtilization } from './utilization';
import {
  attributeScan,
  createPoolDirectory,
  emptyUtilization,
  ingressScans,
  isLoadBalancerService,
  serviceKey,
} from './utilization';

interface ServiceEntry {
  allocatedFrom: string | undefined;
  ips: IPScan[];
  /** Pool of each IP in `ips` (undefined when no pool claims it). */
  pools: Array<string | undefined>;
}

interface PoolCounts {
  /** Services holding each IP, by Go's canonical text of the IP. */
  v4: Map<string, number>;
  v6: Map<string, number>;
  usage: PoolUtilization;
}

export interface UtilizationIndex {
  /** Applies an ADDED or MODIFIED Service; non-LoadBalancer Services are removed from the counts. */
  upsertService(service: Service): void;
  /** Applies a DELETED Service by `namespace/name`. */
  removeService(key: string): void;
  /** Replaces the pools (rare); every known Service is attributed again without reparsing. */
  setPools(pools: IPAddressPool[]): void;
  /** One pool's figures, or undefined for an unknown pool. */
  get(pool: string): PoolUtilization | undefined;
  /** Every pool's figures; the same Map object until something changes. */
  snapshot(): Map<string, PoolUtilization>;
  /** Grows by one with every change that moved a figure. */
  readonly version: number;
}

const sameAssignment = (a: ServiceEntry, b: ServiceEntry): boolean =>
  a.ips.length === b.ips.length &&
  a.ips.every((ip, i) => ip.key === b.ips[i].key && a.pools[i] === b.pools[i]);

export const createUtilizationIndex = (initialPools: IPAddressPool[]): UtilizationIndex => {
  let directory: PoolDirectory;
  let counts = new Map<string, PoolCounts>();
  const services = new Map<string, ServiceEntry>();
  let version = 0;
  let cached: Map<string, PoolUtilization> | undefined;

  const changed = (): void => {
    version++;
    cached = undefined;
  };

  /** Adds or takes away a Service's IPs; true when some pool's figures moved. */
  const adjust = (entry: ServiceEntry, delta: 1 | -1): boolean => {
    let moved = false;
    entry.ips.forEach((ip, i) => {
      const pool = entry.pools[i];
      const poolCounts = pool === undefined ? undefined : counts.get(pool);
      if (!poolCounts) return;
      const refs = ip.family === 4 ? poolCounts.v4 : poolCounts.v6;
      const before = refs.get(ip.key) ?? 0;
      const after = before + delta;
      if (after > 0) refs.set(ip.key, after);
      else refs.delete(ip.key);
      if (before === 0 || after <= 0) {
        // the IP entered or left the pool: copy, so snapshots already handed out stay as they were
        const usage = { ...poolCounts.usage };
        if (ip.family === 4) usage.assignedIPv4 = BigInt(poolCounts.v4.size);
        else usage.assignedIPv6 = BigInt(poolCounts.v6.size);
        poolCounts.usage = usage;
        moved = true;
      }
    });
    return moved;
  };

  const attribute = (allocatedFrom: string | undefined, ips: IPScan[]): ServiceEntry => ({
    allocatedFrom,
    ips,
    pools: ips.map((ip) => attributeScan(directory, allocatedFrom, ip)),
  });

  const setPools = (pools: IPAddressPool[]): void => {
    directory = createPoolDirectory(pools);
    counts = new Map();
    for (const [name, model] of directory.models) {
      counts.set(name, { v4: new Map(), v6: new Map(), usage: emptyUtilization(model.capacity) });
    }
    for (const [key, entry] of services) {
      const next = attribute(entry.allocatedFrom, entry.ips);
      services.set(key, next);
      adjust(next, 1);
    }
    changed();
  };

  const removeService = (key: string): void => {
    const entry = services.get(key);
    if (!entry) return;
    services.delete(key);
    if (adjust(entry, -1)) changed();
  };

  const upsertService = (service: Service): void => {
    const key = serviceKey(service);
    const ips = isLoadBalancerService(service) ? ingressScans(service) : [];
    if (ips.length === 0) {
      removeService(key);
      return;
    }
    const next = attribute(readMetalLBAnnotation(service, 'ipAllocatedFromPool'), ips);
    const previous = services.get(key);
    if (previous && sameAssignment(previous, next)) {
      previous.allocatedFrom = next.allocatedFrom;
      return;
    }
    const removed = previous ? adjust(previous, -1) : false;
    services.set(key, next);
    const added = adjust(next, 1);
    if (removed || added) changed();
  };

  setPools(initialPools);

  return {
    upsertService,
    removeService,
    setPools,
    get: (pool) => counts.get(pool)?.usage,
    snapshot: () => {
      if (!cached) {
        cached = new Map();
        for (const [name, poolCounts] of counts) cached.set(name, poolCounts.usage);
      }
      return cached;
    },
    get version() {
      return version;
    },
  };
};
