// Distinct assigned IPs per pool, the way MetalLB counts them for pool status: a shared IP counts
// once. An IP belongs to the pool the controller named in ip-allocated-from-pool, else to the pool
// whose blocks contain it.
import { readMetalLBAnnotation } from './annotations';
import type { AddressBlock } from './blocks';
import type { PoolCapacity } from './capacity';
import { capacityOfBlocks, poolBlocks } from './capacity';
import type { IPAddress } from './ip';
import { parseIP } from './ip';
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
  locator: PoolLocator;
}

export const createPoolDirectory = (pools: IPAddressPool[]): PoolDirectory => {
  const models = new Map<string, PoolModel>();
  for (const pool of pools) {
    const model = poolModel(pool);
    if (!models.has(model.name)) models.set(model.name, model);
  }
  return { models, locator: createPoolLocator([...models.values()]) };
};

/** The pool an IP of this Service counts in, or undefined when no pool claims it. */
export const attributeIP = (
  directory: PoolDirectory,
  allocatedFrom: string | undefined,
  ip: IPAddress,
): string | undefined =>
  allocatedFrom !== undefined && directory.models.has(allocatedFrom)
    ? allocatedFrom
    : directory.locator.find(ip);

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
  const seen = new Map<string, { v4: Set<bigint>; v6: Set<bigint> }>();
  for (const service of services) {
    if (!isLoadBalancerService(service)) continue;
    const ingress = service.status?.loadBalancer?.ingress;
    if (!ingress || ingress.length === 0) continue;
    const allocatedFrom = readMetalLBAnnotation(service, 'ipAllocatedFromPool');
    for (const ip of ingressIPs(service)) {
      const pool = attributeIP(directory, allocatedFrom, ip);
      if (pool === undefined) continue;
      let sets = seen.get(pool);
      if (!sets) {
        sets = { v4: new Set(), v6: new Set() };
        seen.set(pool, sets);
      }
      (ip.family === 4 ? sets.v4 : sets.v6).add(ip.value);
    }
  }
  const result = new Map<string, PoolUtilization>();
  for (const [name, model] of directory.models) {
    const usage = emptyUtilization(model.capacity);
    const sets = seen.get(name);
    if (sets) {
      usage.assignedIPv4 = BigInt(sets.v4.size);
      usage.assignedIPv6 = BigInt(sets.v6.size);
    }
    result.set(name, usage);
  }
  return result;
};
