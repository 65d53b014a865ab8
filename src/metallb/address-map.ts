// The address map of one pool: every address as a cell (a seat map) while a block is small enough
// to draw, else the block drawn to scale with its used addresses marked. Pure: the view draws it.
import { readAddressEntry } from './blocks';
import { formatIP, type IPFamily } from './ip';
import type { PoolAssignment } from './pool-services';
import type { IPAddressPool } from './types';

export type CellState = 'free' | 'assigned' | 'shared' | 'skipped';

export interface MapHolder {
  namespace: string;
  service: string;
}

export interface MapCell {
  ip: string;
  state: CellState;
  holders: MapHolder[];
}

export interface MapMark extends MapHolder {
  ip: string;
  /** Where the address sits in its block, 0 (first) to 1 (last). */
  at: number;
}

export interface MapBlock {
  entry: string;
  family: IPFamily;
  first: string;
  last: string;
  size: bigint;
  /** Cells when the block has at most `maxCells` addresses; else marks drawn to scale. */
  cells?: MapCell[];
  marks?: MapMark[];
  assigned: number;
}

/** A run of addresses in one state, for the table that stands in for the map. */
export interface MapRun {
  first: string;
  last: string;
  count: number;
  state: CellState;
  holders: MapHolder[];
}

/** avoidBuggyIPs: MetalLB skips IPv4 addresses ending in .0 and .255. */
const skipped = (family: IPFamily, value: bigint, avoidBuggyIPs: boolean) =>
  avoidBuggyIPs && family === 4 && (value % 256n === 0n || value % 256n === 255n);

export const addressMap = (
  pool: IPAddressPool,
  assignments: PoolAssignment[],
  maxCells = 1024,
): MapBlock[] => {
  const avoid = pool.spec?.avoidBuggyIPs === true;
  const blocks: MapBlock[] = [];
  for (const text of pool.spec?.addresses ?? []) {
    const entry = readAddressEntry(text);
    if (!entry.ok) continue;
    const { family, first, last } = entry.block;
    const size = last - first + 1n;
    const inside = assignments.filter(
      (a) => a.family === family && a.value >= first && a.value <= last,
    );
    const byValue = new Map<bigint, MapHolder[]>();
    for (const a of inside) {
      const list = byValue.get(a.value) ?? [];
      list.push({ namespace: a.namespace, service: a.service });
      byValue.set(a.value, list);
    }
    const block: MapBlock = {
      entry: text,
      family,
      first: formatIP({ family, value: first }),
      last: formatIP({ family, value: last }),
      size,
      assigned: byValue.size,
    };
    if (size <= BigInt(maxCells)) {
      block.cells = [];
      for (let v = first; v <= last; v++) {
        const holders = byValue.get(v) ?? [];
        const state: CellState =
          holders.length > 1
            ? 'shared'
            : holders.length === 1
              ? 'assigned'
              : skipped(family, v, avoid)
                ? 'skipped'
                : 'free';
        block.cells.push({ ip: formatIP({ family, value: v }), state, holders });
      }
    } else {
      const span = size - 1n;
      block.marks = [...byValue.entries()].flatMap(([value, holders]) =>
        holders.map((h) => ({
          ...h,
          ip: formatIP({ family, value }),
          at: Number(((value - first) * 1_000_000n) / span) / 1_000_000,
        })),
      );
    }
    blocks.push(block);
  }
  return blocks;
};

const sameHolders = (a: MapHolder[], b: MapHolder[]) =>
  a.length === b.length &&
  a.every((h, i) => h.namespace === b[i].namespace && h.service === b[i].service);

/** The cells of a drawn block as runs: "192.168.123.202 to .250, free (49)". */
export const mapRuns = (block: MapBlock): MapRun[] => {
  const runs: MapRun[] = [];
  for (const cell of block.cells ?? []) {
    const top = runs[runs.length - 1];
    if (
      top &&
      top.state === cell.state &&
      sameHolders(top.holders, cell.holders) &&
      cell.holders.length === 0
    ) {
      top.last = cell.ip;
      top.count++;
    } else {
      runs.push({
        first: cell.ip,
        last: cell.ip,
        count: 1,
        state: cell.state,
        holders: cell.holders,
      });
    }
  }
  return runs;
};
