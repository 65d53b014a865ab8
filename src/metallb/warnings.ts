// What MetalLB accepts without a word but cannot work: an advertisement naming a pool that does not
// exist, and a pool no advertisement covers (its IPs are assigned and never announced).
import { goQuote } from './go-format';
import { advertisementCoversPool, coversAllPools } from './pool-selection';
import { labelSelectorMatches } from './selectors';
import type { BGPAdvertisement, BGPPeer, IPAddressPool, L2Advertisement } from './types';

export type ConfigurationWarningKind =
  | 'advertisement-names-missing-pool'
  | 'advertisement-selector-matches-no-pool'
  | 'advertisement-names-missing-peer'
  | 'pool-not-advertised'
  // from the cluster's state (install-warnings.ts)
  | 'advertisement-node-selectors-match-no-node'
  | 'controller-not-ready'
  | 'speaker-not-ready'
  | 'node-without-speaker'
  | 'node-excluded-from-load-balancers'
  | 'configuration-invalid';

export interface ConfigurationWarning {
  kind: ConfigurationWarningKind;
  /** The object to open to fix it. */
  object: {
    kind:
      | 'IPAddressPool'
      | 'L2Advertisement'
      | 'BGPAdvertisement'
      | 'Pod'
      | 'Deployment'
      | 'Node'
      | 'ConfigurationState';
    name: string;
    /** Set for namespaced objects outside the MetalLB namespace's own kinds (pods, states). */
    namespace?: string;
  };
  /** The field within it, when there is one. */
  path?: string;
  /** The pool (or peer) the warning is about. */
  pool?: string;
  peer?: string;
  /** The node the warning is about. */
  node?: string;
  /** MetalLB's own words, when the warning repeats them (a ConfigurationState's errorSummary). */
  detail?: string;
  message: string;
}

export interface MetalLBConfiguration {
  pools: IPAddressPool[];
  l2Advertisements?: L2Advertisement[];
  bgpAdvertisements?: BGPAdvertisement[];
  /** When given, BGPAdvertisement peers are checked against them. */
  peers?: BGPPeer[];
}

type Tagged = {
  kind: 'L2Advertisement' | 'BGPAdvertisement';
  advertisement: L2Advertisement | BGPAdvertisement;
};

const advertisementWarnings = (
  { kind, advertisement }: Tagged,
  pools: IPAddressPool[],
): ConfigurationWarning[] => {
  const name = advertisement.metadata?.name ?? '';
  const object = { kind, name };
  const known = new Set(pools.map((pool) => pool.metadata?.name));
  const warnings: ConfigurationWarning[] = [];
  (advertisement.spec?.ipAddressPools ?? []).forEach((pool, i) => {
    if (known.has(pool)) return;
    warnings.push({
      kind: 'advertisement-names-missing-pool',
      object,
      path: `spec.ipAddressPools[${i}]`,
      pool,
      message:
        `${kind} ${goQuote(name)} names the IP address pool ${goQuote(pool)}, which does not exist, so nothing is ` +
        `announced for it. Create the pool ${goQuote(pool)} or correct the name in spec.ipAddressPools.`,
    });
  });
  (advertisement.spec?.ipAddressPoolSelectors ?? []).forEach((selector, i) => {
    if (pools.some((pool) => labelSelectorMatches(selector, pool.metadata?.labels))) return;
    warnings.push({
      kind: 'advertisement-selector-matches-no-pool',
      object,
      path: `spec.ipAddressPoolSelectors[${i}]`,
      message:
        `${kind} ${goQuote(name)} selects pools by label, but no IP address pool has matching labels. ` +
        'Label the pools it should announce, or change the selector.',
    });
  });
  return warnings;
};

const peerWarnings = (
  advertisement: BGPAdvertisement,
  peers: BGPPeer[],
): ConfigurationWarning[] => {
  const name = advertisement.metadata?.name ?? '';
  const known = new Set(peers.map((peer) => peer.metadata?.name));
  return (advertisement.spec?.peers ?? []).flatMap((peer, i) =>
    known.has(peer)
      ? []
      : [
          {
            kind: 'advertisement-names-missing-peer' as const,
            object: { kind: 'BGPAdvertisement' as const, name },
            path: `spec.peers[${i}]`,
            peer,
            message:
              `BGPAdvertisement ${goQuote(name)} is limited to the BGP peer ${goQuote(peer)}, which does not exist, ` +
              'so it announces to no one through it. Create the BGPPeer or correct the name in spec.peers.',
          },
        ],
  );
};

/** Warnings about references MetalLB does not check, each naming the object, the pool and the fix. */
export const findConfigurationWarnings = (config: MetalLBConfiguration): ConfigurationWarning[] => {
  const advertisements: Tagged[] = [
    ...(config.l2Advertisements ?? []).map((advertisement) => ({
      kind: 'L2Advertisement' as const,
      advertisement,
    })),
    ...(config.bgpAdvertisements ?? []).map((advertisement) => ({
      kind: 'BGPAdvertisement' as const,
      advertisement,
    })),
  ];
  const warnings = advertisements.flatMap((tagged) => advertisementWarnings(tagged, config.pools));
  if (config.peers) {
    for (const advertisement of config.bgpAdvertisements ?? [])
      warnings.push(...peerWarnings(advertisement, config.peers));
  }
  const everything = advertisements.some(({ advertisement }) => coversAllPools(advertisement));
  for (const pool of config.pools) {
    if (
      everything ||
      advertisements.some(({ advertisement }) => advertisementCoversPool(advertisement, pool))
    )
      continue;
    const name = pool.metadata?.name ?? '';
    warnings.push({
      kind: 'pool-not-advertised',
      object: { kind: 'IPAddressPool', name },
      pool: name,
      message:
        `IP address pool ${goQuote(name)} is not announced: no L2Advertisement or BGPAdvertisement covers it, so ` +
        'Services get addresses from it that no one can reach. Add an L2Advertisement (or BGPAdvertisement) ' +
        `listing ${goQuote(name)} in spec.ipAddressPools, or one whose ipAddressPoolSelectors match its labels.`,
    });
  }
  return warnings;
};
