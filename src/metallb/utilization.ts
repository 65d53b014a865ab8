// Distinct assigned IPs per pool, the way MetalLB counts them for pool status: a shared IP counts
// once. An IP belongs to the pool the controller named in ip-allocated-from-pool, else to the pool
// whose blocks contain it.
import { AddressSet } from './address-set';
import {
  annotations as annotationKeys,
  legacyAnnotations as legacyAnnotationKeys,
} from './annotations';
import type { AddressBlock } from './blocks';
import type { PoolCapacity } from './capacity';
import { capacityOfBlocks, poolBlocks } from './capacity';
import type { IPAddress, IPScan } from './ip';
import { parseIP, scanIP } from './ip';
import type { PoolLocator } from './pool-locator';
import { createPoolLocator } from './pool-locator';
import type { IPAddressPool, Service } from './types';

export interface PoolUtilization {
  assignedIPv4: bigint;
  assignedIPv6: bigint;
  capacityIPv4: bigint;
  capacityIPv6: bigint;
}

/** `namespace/name`, the key watch events and the index use for a Service. */
export const serviceKey = (service: Service): string =>
  `${service.metadata?.namespace ?? ''}/${service.metadata?.name ?? ''}`;

export const isLoadBalancerService = (service: Service): boolean =>
  service.spec?.type === 'LoadBalancer';

/** The IPs in status.loadBalancer.ingress that Go's ParseIP accepts, canonical (mapped → IPv4). */
export const ingressIPs = (service: Service): IPAddress[] => {
  const ips: IPAddress[] = [];
  for (const ingress of service.status?.loadBalancer?.ingress ?? []) {
    const ip = ingress.ip ? parseIP(ingress.ip) : null;
    if (ip) ips.push(ip);
  }
  return ips;
};

/** The same IPs as scans (no bigint), for the hot loops. */
export const ingressScans = (service: Service): IPScan[] => {
  const scans: IPScan[] = [];
  for (const ingress of service.status?.loadBalancer?.ingress ?? []) {
    const scan = ingress.ip ? scanIP(ingress.ip) : null;
    if (scan) scans.push(scan);
  }
  return scans;
};

/** A pool as utilization needs it: blocks for containment, capacity for the totals. */
export interface PoolModel {
  name: string;
  blocks: AddressBlock[];
  capacity: PoolCapacity;
}

// Pool objects from a watch stay the same objects until they change, so parsing once per object
// is both safe and what keeps a full recompute close to the cost of reading the Service IPs.
const modelCache = new WeakMap<IPAddressPool, PoolModel>();

export const poolModel = (pool: IPAddressPool): PoolModel => {
  let model = modelCache.get(pool);
  if (!model) {
    const blocks = poolBlocks(pool);
    model = {
      name: pool.metadata?.name ?? '',
      blocks,
      capacity: capacityOfBlocks(blocks, pool.spec?.avoidBuggyIPs === true),
    };
    modelCache.set(pool, model);
  }
  return model;
};

export interface PoolDirectory {
  models: Map<string, PoolModel>;
  /** Position of each pool in `list`. */
  indexOf: Map<string, number>;
  list: PoolModel[];
  locator: PoolLocator;
  /** The pool objects it was built from, to reuse it while they stay the same. */
  pools: IPAddressPool[];
}

const directoryByList = new WeakMap<IPAddressPool[], PoolDirectory>();
let lastDirectory: PoolDirectory | undefined;

/** Pools by name plus the containment locator; rebuilt only when some pool object changed. */
export const createPoolDirectory = (pools: IPAddressPool[]): PoolDirectory => {
  const known = directoryByList.get(pools);
  if (known && known.pools.every((p, i) => p === pools[i]) && known.pools.length === pools.length) {
    return known;
  }
  const last = lastDirectory;
  if (last && last.pools.length === pools.length && last.pools.every((p, i) => p === pools[i])) {
    directoryByList.set(pools, last);
    return last;
  }
  const models = new Map<string, PoolModel>();
  for (const pool of pools) {
    const model = poolModel(pool);
    if (!models.has(model.name)) models.set(model.name, model);
  }
  const list = [...models.values()];
  const indexOf = new Map(list.map((model, i) => [model.name, i] as const));
  lastDirectory = { models, indexOf, list, locator: createPoolLocator(list), pools: [...pools] };
  directoryByList.set(pools, lastDirectory);
  return lastDirectory;
};

/** The pool an IP of this Service counts in, or undefined when no pool claims it. */
export const attributeScan = (
  directory: PoolDirectory,
  allocatedFrom: string | undefined,
  scan: IPScan,
): string | undefined =>
  allocatedFrom !== undefined && directory.models.has(allocatedFrom)
    ? allocatedFrom
    : directory.locator.findScan(scan);

export const emptyUtilization = (capacity: PoolCapacity): PoolUtilization => ({
  assignedIPv4: 0n,
  assignedIPv6: 0n,
  capacityIPv4: capacity.ipv4,
  capacityIPv6: capacity.ipv6,
});

/** Assigned and total addresses for every pool, from scratch. Non-LoadBalancer Services are ignored. */
export const poolUtilization = (
  pools: IPAddressPool[],
  services: Service[],
): Map<string, PoolUtilization> => {
  const directory = createPoolDirectory(pools);
  const assigned4 = new Float64Array(directory.list.length);
  const assigned6 = new Float64Array(directory.list.length);
  const seen = new AddressSet(services.length);
  for (const service of services) {
    if (service.spec?.type !== 'LoadBalancer') continue;
    const ingress = service.status?.loadBalancer?.ingress;
    if (!ingress || ingress.length === 0) continue;
    // Constant keys (not readMetalLBAnnotation's computed ones) keep this read cheap in the hot loop.
    const annotations = service.metadata?.annotations;
    const allocatedFrom = annotations
      ? (annotations[annotationKeys.ipAllocatedFromPool] ??
        annotations[legacyAnnotationKeys.ipAllocatedFromPool])
      : undefined;
    const named = allocatedFrom === undefined ? undefined : directory.indexOf.get(allocatedFrom);
    for (let i = 0; i < ingress.length; i++) {
      const ip = ingress[i].ip;
      const scan = ip ? scanIP(ip) : null;
      if (!scan) continue;
      const pool = named ?? directory.locator.findScanIndex(scan);
      if (pool < 0) continue;
      if (scan.family === 4) {
        if (seen.add(pool, 4, 0, 0, 0, scan.v4 | 0)) assigned4[pool]++;
      } else {
        const g = scan.groups;
        const isNew = seen.add(
          pool,
          6,
          (g[0] << 16) | g[1],
          (g[2] << 16) | g[3],
          (g[4] << 16) | g[5],
          (g[6] << 16) | g[7],
        );
        if (isNew) assigned6[pool]++;
      }
    }
  }
  const result = new Map<string, PoolUtilization>();
  directory.list.forEach((model, i) => {
    const usage = emptyUtilization(model.capacity);
    if (assigned4[i] > 0) usage.assignedIPv4 = BigInt(assigned4[i]);
    if (assigned6[i] > 0) usage.assignedIPv6 = BigInt(assigned6[i]);
    result.set(model.name, usage);
  });
  return result;
};
