// The assignments view's filters (the query parameters pool, namespace, node, protocol, status, ip),
// grouping by announcing node, and the memory of owner changes that lets a row say "was worker-3".
import type { AssignmentRow, PendingService } from './assignments';

export interface AssignmentFilters {
  pool?: string;
  namespace?: string;
  node?: string;
  protocol?: string;
  /** announced | unannounced | pending */
  status?: string;
  /** Part of an IP, as typed. */
  ip?: string;
}

export const FILTER_KEYS = ['pool', 'namespace', 'node', 'protocol', 'status', 'ip'] as const;

export const rowMatches = (row: AssignmentRow, f: AssignmentFilters): boolean =>
  (!f.pool || row.pool === f.pool) &&
  (!f.namespace || row.namespace === f.namespace) &&
  (!f.node || (row.owner?.nodes ?? []).includes(f.node)) &&
  (!f.protocol || row.protocol === f.protocol) &&
  (!f.status || row.status === f.status) &&
  (!f.ip || row.ip.includes(f.ip.trim().toLowerCase()));

export const pendingMatches = (p: PendingService, f: AssignmentFilters): boolean =>
  (!f.status || f.status === 'pending') &&
  (!f.namespace || p.namespace === f.namespace) &&
  !f.pool &&
  !f.node &&
  !f.protocol &&
  !f.ip;

/** Rows grouped by announcing node (BGP rows under each of their nodes); "" holds the unannounced. */
export const groupByNode = (rows: AssignmentRow[]): Map<string, AssignmentRow[]> => {
  const groups = new Map<string, AssignmentRow[]>();
  for (const row of rows) {
    for (const node of row.owner?.nodes.length ? row.owner.nodes : ['']) {
      const list = groups.get(node);
      if (list) list.push(row);
      else groups.set(node, [row]);
    }
  }
  return new Map(
    [...groups].sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b))),
  );
};

export interface OwnerChange {
  previous: string;
  /** Epoch ms of the change: when the new owner's status (or event) appeared, else when the page saw it. */
  at: number;
}

export interface OwnerMemory {
  owners: Map<string, string>;
  changes: Map<string, OwnerChange>;
}

export const emptyOwnerMemory = (): OwnerMemory => ({ owners: new Map(), changes: new Map() });

/**
 * Notes owner changes between two renders: a row whose announcing node(s) differ from what it had
 * keeps the previous ones and the time. A row with no owner yet is not a change. A row that loses its
 * owner (the killed speaker's status is gone before the new owner writes its own) keeps the last one
 * in memory, so the new owner still reads as a change from it.
 */
export const rememberOwners = (
  memory: OwnerMemory,
  rows: AssignmentRow[],
  now: number,
): OwnerMemory => {
  const owners = new Map<string, string>();
  const changes = new Map<string, OwnerChange>();
  for (const row of rows) {
    const current = (row.owner?.nodes ?? []).join(', ');
    const before = memory.owners.get(row.key);
    owners.set(row.key, current || before || '');
    if (before && current && before !== current) {
      const since = Date.parse(row.owner?.since ?? '');
      changes.set(row.key, { previous: before, at: Number.isNaN(since) ? now : since });
    } else {
      const kept = memory.changes.get(row.key);
      if (kept) changes.set(row.key, kept);
    }
  }
  return { owners, changes };
};
