// What depends on a MetalLB object, for delete modals and details pages: the objects that name it
// and stop working (or, for a BFD profile, that MetalLB refuses to let go) when it is deleted.
import type { BFDProfile, BGPAdvertisement, BGPPeer, Community, L2Advertisement } from './types';

export interface Dependent {
  kind: 'L2Advertisement' | 'BGPAdvertisement' | 'BGPPeer';
  name: string;
}

const nameOf = (o: { metadata?: { name?: string } }) => o.metadata?.name ?? '';

/** BGPPeers whose spec.bfdProfile names the profile: MetalLB's webhook refuses the delete while any exist. */
export const peersUsingBFDProfile = (
  profile: BFDProfile | string,
  peers: BGPPeer[],
): Dependent[] => {
  const name = typeof profile === 'string' ? profile : nameOf(profile);
  return peers
    .filter((peer) => peer.spec?.bfdProfile === name)
    .map((peer) => ({ kind: 'BGPPeer' as const, name: nameOf(peer) }));
};

/** Advertisements listing the pool by name in spec.ipAddressPools (selectors are not references). */
export const advertisementsNamingPool = (
  pool: string,
  advertisements: { l2?: L2Advertisement[]; bgp?: BGPAdvertisement[] },
): Dependent[] => [
  ...(advertisements.l2 ?? [])
    .filter((a) => (a.spec?.ipAddressPools ?? []).includes(pool))
    .map((a) => ({ kind: 'L2Advertisement' as const, name: nameOf(a) })),
  ...(advertisements.bgp ?? [])
    .filter((a) => (a.spec?.ipAddressPools ?? []).includes(pool))
    .map((a) => ({ kind: 'BGPAdvertisement' as const, name: nameOf(a) })),
];

/** BGPAdvertisements limited to the peer in spec.peers: deleting it leaves them announcing to no one through it. */
export const advertisementsNamingPeer = (
  peer: string,
  advertisements: BGPAdvertisement[],
): Dependent[] =>
  advertisements
    .filter((a) => (a.spec?.peers ?? []).includes(peer))
    .map((a) => ({ kind: 'BGPAdvertisement' as const, name: nameOf(a) }));

/**
 * BGPAdvertisements that use one of the Community object's aliases, with the aliases each uses:
 * without the object MetalLB cannot resolve them and stops loading its configuration.
 */
export const advertisementsUsingCommunity = (
  community: Community,
  advertisements: BGPAdvertisement[],
): Array<Dependent & { aliases: string[] }> => {
  const aliases = new Set(
    (community.spec?.communities ?? []).map((alias) => alias.name ?? '').filter(Boolean),
  );
  return advertisements.flatMap((a) => {
    const used = (a.spec?.communities ?? []).filter((value) => aliases.has(value));
    return used.length > 0
      ? [{ kind: 'BGPAdvertisement' as const, name: nameOf(a), aliases: [...new Set(used)] }]
      : [];
  });
};
