// Distinct assigned IPs per pool, the way MetalLB counts them for pool status: a shared IP counts
// once. An IP belongs to the pool the controller named in ip-allocated-from-pool, else to the pool
// whose blocks contain it.
import {
  annotations as annotationKeys,
  legacyAnnotations as legacyAnnotationKeys,
} from './annotations';
import type { AddressBlock } from './blocks';
import type { PoolCapacity } from './capacity';
import { capacityOfBlocks, poolBlocks } from './capacity';
import type { IPAddress, IPScan } from './ip';
import { parseIP, scanIP, scanIPInto } from './ip';
import { IPv4PairSet, IPv6PairSet } from './pair-sets';
import type { PoolWindows } from './pool-windows';
import {
  createPoolWindows,
  GEO_STRIDE,
  V4_BIT,
  V4_SIZE,
  V4_START,
  V6_BIT,
  V6_SIZE,
  V6_START,
  V6_W0,
  V6_W1,
  V6_W2,
} from './pool-windows';
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
   * about half of Map.get, and the recompute does one per annotated Service.
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
  /** The pools' address windows for counting, made by the first recompute over them. */
  windows?: PoolWindows;
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
// words of the IP being read and the (pool, IP) sets that count each IP once per pool.
const words = new Int32Array(4);
const seen4 = new IPv4PairSet();
const seen6 = new IPv6PairSet();
const ALLOCATED_FROM = annotationKeys.ipAllocatedFromPool;
const LEGACY_ALLOCATED_FROM = legacyAnnotationKeys.ipAllocatedFromPool;

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
  // Most IPs are counted in their pool's window of bits (see pool-windows.ts), the rest in the
  // (pool, IP) sets. Which one is decided by the pool and the IP alone, so the copies of a shared
  // IP always meet in the same one.
  const windows = (directory.windows ??= createPoolWindows(directory.list));
  const { geo, bits, touched } = windows;
  if (windows.dirty) bits.fill(0);
  windows.dirty = true;
  let touchedCount = 0;
  // One pass, nothing allocated per Service: read the pool name, parse each IP into `words`,
  // attribute it, count it if new (its bit in the pool's window, else the pool's pair set).
  for (let s = 0; s < services.length; s++) {
    const service = services[s];
    if (service.spec?.type !== 'LoadBalancer') continue;
    const ingress = service.status?.loadBalancer?.ingress;
    if (ingress === undefined || ingress.length === 0) continue;
    const annotations = service.metadata?.annotations;
    let named = -1;
    if (annotations !== undefined) {
      // Constant keys, the new one first (it wins even when empty), as readMetalLBAnnotation.
      const allocatedFrom = annotations[ALLOCATED_FROM] ?? annotations[LEGACY_ALLOCATED_FROM];
      // positions has no prototype: only pool names are found, "__proto__" and "constructor" too.
      if (allocatedFrom !== undefined) named = positions[allocatedFrom] ?? -1;
    }
    for (let i = 0; i < ingress.length; i++) {
      const ip = ingress[i].ip;
      if (!ip) continue;
      const family = scanIPInto(ip, words);
      if (family === 4) {
        const v4 = words[0];
        const pool = named >= 0 ? named : locator.find4Index(v4 >>> 0);
        if (pool < 0) continue;
        const g = pool * GEO_STRIDE;
        const offset = (v4 - geo[g + V4_START]) >>> 0;
        if (offset < geo[g + V4_SIZE]) {
          const bit = geo[g + V4_BIT] + offset;
          const at = bit >>> 5;
          const word = bits[at];
          const flag = 1 << (bit & 31);
          if ((word & flag) === 0) {
            if (word === 0) touched[touchedCount++] = at;
            bits[at] = word | flag;
            assigned4[pool]++;
          }
          continue;
        }
        if (seen4.add(pool, v4)) assigned4[pool]++;
      } else if (family === 6) {
        const w0 = words[0];
        const w1 = words[1];
        const w2 = words[2];
        const w3 = words[3];
        const pool =
          named >= 0 ? named : locator.find6Index(w0 >>> 0, w1 >>> 0, w2 >>> 0, w3 >>> 0);
        if (pool < 0) continue;
        const g = pool * GEO_STRIDE;
        const offset = (w3 - geo[g + V6_START]) >>> 0;
        if (
          offset < geo[g + V6_SIZE] &&
          w2 === geo[g + V6_W2] &&
          w1 === geo[g + V6_W1] &&
          w0 === geo[g + V6_W0]
        ) {
          const bit = geo[g + V6_BIT] + offset;
          const at = bit >>> 5;
          const word = bits[at];
          const flag = 1 << (bit & 31);
          if ((word & flag) === 0) {
            if (word === 0) touched[touchedCount++] = at;
            bits[at] = word | flag;
            assigned6[pool]++;
          }
          continue;
        }
        if (seen6.add(pool, w0, w1, w2, w3)) assigned6[pool]++;
      }
    }
  }
  for (let k = 0; k < touchedCount; k++) bits[touched[k]] = 0;
  windows.dirty = false;
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
