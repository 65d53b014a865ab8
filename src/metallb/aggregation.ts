// The shortest aggregation length MetalLB accepts for a BGPAdvertisement, per family, from the pools
// it covers: for every address entry, the least specific prefix of its CIDRs (a range summarizes
// into several) must not be longer than the aggregation length (config.go validateBGPAdvPerPool).
import { entryCidrs, readAddressEntry } from './blocks';
import { poolsCoveredBy, type Advertisement } from './pool-selection';
import type { IPAddressPool } from './types';

export interface AggregationFloor {
  /** The smallest aggregation length allowed; undefined when no covered pool has that family. */
  minimum?: number;
  /** The pool and address entry that set it. */
  pool?: string;
  entry?: string;
}

export interface AggregationFloors {
  ipv4: AggregationFloor;
  ipv6: AggregationFloor;
}

export const aggregationFloors = (
  advertisement: Advertisement,
  pools: IPAddressPool[],
): AggregationFloors => {
  const floors: AggregationFloors = { ipv4: {}, ipv6: {} };
  for (const pool of poolsCoveredBy(advertisement, pools)) {
    for (const entry of pool.spec?.addresses ?? []) {
      const cidrs = entryCidrs(readAddressEntry(entry));
      if (cidrs.length === 0) continue;
      const lowest = Math.min(...cidrs.map((cidr) => cidr.prefix));
      const floor = cidrs[0].family === 6 ? floors.ipv6 : floors.ipv4;
      if (floor.minimum === undefined || lowest > floor.minimum) {
        floor.minimum = lowest;
        floor.pool = pool.metadata?.name ?? '';
        floor.entry = entry;
      }
    }
  }
  return floors;
};
