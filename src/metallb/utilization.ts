// Distinct assigned IPs per pool, the way MetalLB counts them for pool status: a shared IP counts
// once. An IP belongs to the pool the controller named in ip-allocated-from-pool, else to the pool
// whose blocks contain it.
import type { AddressBlock } from './blocks';
import type { PoolCapacity } from './capacity';
import { capacityOfBlocks, poolBlocks } from './capacity';
import type { IPAddress, IPScan } from './ip';
import { parseIP, scanIP } from './ip';
import { IPv4PairSet, IPv6PairSet } from './pair-sets';
import type { PoolChunks } from './pool-chunks';
import { countAssigned, createPoolChunks } from './pool-chunks';
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
  /** The frozen figures poolUtilization last reported for this pool, handed out again while equal. */
  lastUsage?: Readonly<PoolUtilization>;
  /** The counts in lastUsage as numbers, to compare without bigints. */
  last4?: number;
  last6?: number;
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
  /**
   * The same positions in a prototype-less object: a keyed property read of a pool name costs
   * about half of Map.get. Its keys are interned strings, which the recompute compares names with.
   */
  positions: Record<string, number>;
  list: PoolModel[];
  locator: PoolLocator;
  /** The pool objects it was built from, to reuse it while they stay the same. */
  pools: IPAddressPool[];
  /**
   * What poolUtilization last returned for these pools, and the counts it was made from (per
   * position in `list`): while every count stays the same, the same Map is handed out again.
   */
  lastResult?: Map<string, PoolUtilization>;
  last4?: Int32Array;
  last6?: Int32Array;
  /** The pools' address chunks for counting, made by the first recompute over them. */
  chunks?: PoolChunks;
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
  const positions = Object.create(null) as Record<string, number>;
  list.forEach((model, i) => (positions[model.name] = i));
  lastDirectory = {
    models,
    indexOf,
    positions,
    list,
    locator: createPoolLocator(list),
    pools: [...pools],
  };
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

// Scratch for poolUtilization, reused from call to call (JavaScript runs one call at a time): the
// (pool, IP) sets that count each IP once per pool outside the chunks.
const seen4 = new IPv4PairSet();
const seen6 = new IPv6PairSet();

// Counts up to a few thousand per pool are the common case; their bigints are made once.
const SMALL_BIGINTS = Array.from({ length: 4096 }, (_, i) => BigInt(i));
const toBigInt = (n: number): bigint => (n < SMALL_BIGINTS.length ? SMALL_BIGINTS[n] : BigInt(n));

/**
 * Assigned and total addresses for every pool, from scratch: every Service and every ingress IP is
 * read on every call. Non-LoadBalancer Services are ignored. While no pool's figures change, the
 * Map returned last time for the same pools is returned again (as the index's snapshot() does):
 * treat it as read-only.
 */
export const poolUtilization = (
  pools: IPAddressPool[],
  services: Service[],
): Map<string, PoolUtilization> => {
  const directory = createPoolDirectory(pools);
  const { positions, locator } = directory;
  const poolCount = directory.list.length;
  const assigned4 = new Int32Array(poolCount);
  const assigned6 = new Int32Array(poolCount);
  seen4.clear(poolCount);
  seen6.clear(poolCount);
  // Most IPs are counted in their chunk of addresses, the rest in the (pool, IP) sets: see
  // pool-chunks.ts.
  const chunks = (directory.chunks ??= createPoolChunks(locator.segments, positions));
  countAssigned(chunks, positions, locator, services, assigned4, assigned6, seen4, seen6);
  const { last4, last6, lastResult } = directory;
  if (lastResult !== undefined && last4 !== undefined && last6 !== undefined) {
    let same = true;
    for (let i = 0; i < poolCount && same; i++) {
      same = assigned4[i] === last4[i] && assigned6[i] === last6[i];
    }
    // Every figure as last time: the Map already handed out says exactly this.
    if (same) return lastResult;
  }
  const result = new Map<string, PoolUtilization>();
  const list = directory.list;
  for (let i = 0; i < poolCount; i++) {
    const model = list[i];
    const count4 = assigned4[i];
    const count6 = assigned6[i];
    let usage = model.lastUsage;
    // Most pools keep their figures from one recompute to the next: the same frozen object then.
    if (usage === undefined || model.last4 !== count4 || model.last6 !== count6) {
      usage = Object.freeze({
        assignedIPv4: toBigInt(count4),
        assignedIPv6: toBigInt(count6),
        capacityIPv4: model.capacity.ipv4,
        capacityIPv6: model.capacity.ipv6,
      });
      model.lastUsage = usage;
      model.last4 = count4;
      model.last6 = count6;
    }
    result.set(model.name, usage);
  }
  directory.lastResult = result;
  directory.last4 = assigned4;
  directory.last6 = assigned6;
  return result;
};
