// What an advertisement resolves to, exactly as MetalLB resolves it (config.go selectedPools /
// selectedNodes): the pools it covers (named, or matched by any of its pool selectors; neither set =
// every pool), the nodes allowed to announce (matched by any node selector; none = every node), and
// the reverse: the advertisements that cover a pool. Previews for forms and details pages.
import type { Node } from './announcement-types';
import { isExcludedFromBalancers, isNetworkUnavailable } from './election';
import { advertisementCoversPool, coversAllPools, type Advertisement } from './pool-selection';
import { labelSelectorMatches, labelSelectorProblem } from './selectors';
import type { IPAddressPool, LabelSelector } from './types';

export interface PoolMatch {
  name: string;
  /** Listed by name in spec.ipAddressPools. */
  named: boolean;
  /** The indexes of spec.ipAddressPoolSelectors that match it. */
  selectors: number[];
  /** Covered because the advertisement names and selects no pool. */
  all: boolean;
}

export interface PoolPreview {
  /** Neither names nor selectors: MetalLB applies it to every pool, present and future. */
  coversAllPools: boolean;
  pools: PoolMatch[];
  /** Names in spec.ipAddressPools no pool has: MetalLB accepts them and announces nothing for them. */
  missingNames: string[];
  /** Per selector, the pools it matches (an invalid selector matches none). */
  perSelector: string[][];
}

type PoolChoice = Pick<
  NonNullable<Advertisement['spec']>,
  'ipAddressPools' | 'ipAddressPoolSelectors'
>;

export const previewAdvertisementPools = (
  spec: PoolChoice | undefined,
  pools: IPAddressPool[],
): PoolPreview => {
  const names = spec?.ipAddressPools ?? [];
  const selectors = spec?.ipAddressPoolSelectors ?? [];
  const all = coversAllPools({ spec });
  const perSelector = selectors.map((selector) =>
    pools
      .filter((pool) => labelSelectorMatches(selector, pool.metadata?.labels))
      .map((pool) => pool.metadata?.name ?? ''),
  );
  const matches: PoolMatch[] = [];
  for (const pool of pools) {
    const name = pool.metadata?.name ?? '';
    const named = names.includes(name);
    const bySelector = perSelector.flatMap((matched, i) => (matched.includes(name) ? [i] : []));
    if (all || named || bySelector.length > 0)
      matches.push({ name, named, selectors: bySelector, all });
  }
  const known = new Set(pools.map((pool) => pool.metadata?.name ?? ''));
  return {
    coversAllPools: all,
    pools: matches,
    missingNames: [...new Set(names.filter((name) => !known.has(name)))],
    perSelector,
  };
};

export type NodeExclusion = 'exclude-from-external-load-balancers' | 'network-unavailable';

export interface NodeMatch {
  name: string;
  /** The indexes of the selectors that match it (empty when there are no selectors). */
  selectors: number[];
  /** Matched, but MetalLB's layer 2 speakers will not announce from it. */
  excluded?: NodeExclusion;
}

export interface NodePreview {
  /** No node selectors: every node may announce. */
  allNodes: boolean;
  nodes: NodeMatch[];
  perSelector: string[][];
  /** Selectors Kubernetes cannot parse, with the reason (they match no node). */
  invalid: Array<{ index: number; problem: string }>;
}

const exclusionOf = (node: Node): NodeExclusion | undefined =>
  isExcludedFromBalancers(node)
    ? 'exclude-from-external-load-balancers'
    : isNetworkUnavailable(node)
      ? 'network-unavailable'
      : undefined;

export const previewNodes = (
  selectors: LabelSelector[] | undefined,
  nodes: Node[],
): NodePreview => {
  const list = selectors ?? [];
  const perSelector = list.map((selector) =>
    nodes
      .filter((node) => labelSelectorMatches(selector, node.metadata?.labels))
      .map((node) => node.metadata?.name ?? ''),
  );
  const matched: NodeMatch[] = [];
  for (const node of nodes) {
    const name = node.metadata?.name ?? '';
    const bySelector = perSelector.flatMap((names, i) => (names.includes(name) ? [i] : []));
    if (list.length > 0 && bySelector.length === 0) continue;
    const excluded = exclusionOf(node);
    matched.push({ name, selectors: bySelector, ...(excluded ? { excluded } : {}) });
  }
  const invalid = list.flatMap((selector, index) => {
    const problem = labelSelectorProblem(selector);
    return problem ? [{ index, problem }] : [];
  });
  return { allNodes: list.length === 0, nodes: matched, perSelector, invalid };
};

export type AdvertisementKind = 'L2Advertisement' | 'BGPAdvertisement';

export interface CoveringAdvertisement {
  kind: AdvertisementKind;
  name: string;
  how: 'named' | 'selected' | 'all-pools';
}

/** The other direction: every advertisement that covers this pool, and how. */
export const advertisementsCoveringPool = (
  pool: IPAddressPool,
  advertisements: { l2?: Advertisement[]; bgp?: Advertisement[] },
): CoveringAdvertisement[] => {
  const name = pool.metadata?.name ?? '';
  const tagged = [
    ...(advertisements.l2 ?? []).map((a) => ({ kind: 'L2Advertisement' as const, a })),
    ...(advertisements.bgp ?? []).map((a) => ({ kind: 'BGPAdvertisement' as const, a })),
  ];
  return tagged.flatMap(({ kind, a }) => {
    if (!advertisementCoversPool(a, pool)) return [];
    const how: CoveringAdvertisement['how'] = coversAllPools(a)
      ? 'all-pools'
      : (a.spec?.ipAddressPools ?? []).includes(name)
        ? 'named'
        : 'selected';
    return [{ kind, name: a.metadata?.name ?? '', how }];
  });
};

/**
 * Pools only this advertisement covers (among advertisements of either kind): deleting it leaves
 * their addresses assigned and unannounced.
 */
export const poolsOnlyCoveredBy = (
  advertisement: Advertisement,
  pools: IPAddressPool[],
  all: { l2?: Advertisement[]; bgp?: Advertisement[] },
): string[] => {
  const others = [...(all.l2 ?? []), ...(all.bgp ?? [])].filter(
    (other) =>
      !(other.kind === advertisement.kind && other.metadata?.name === advertisement.metadata?.name),
  );
  return pools
    .filter(
      (pool) =>
        advertisementCoversPool(advertisement, pool) &&
        !others.some((other) => advertisementCoversPool(other, pool)),
    )
    .map((pool) => pool.metadata?.name ?? '');
};
