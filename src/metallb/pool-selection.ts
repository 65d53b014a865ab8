// Which pools an advertisement applies to: the named ones plus those its selectors match, or all
// pools when it names none and selects none (MetalLB's rule, a frequent surprise).
import { labelSelectorMatches } from './selectors';
import type { BGPAdvertisement, IPAddressPool, L2Advertisement } from './types';

export type Advertisement = L2Advertisement | BGPAdvertisement;

export const coversAllPools = (advertisement: Advertisement): boolean =>
  (advertisement.spec?.ipAddressPools ?? []).length === 0 &&
  (advertisement.spec?.ipAddressPoolSelectors ?? []).length === 0;

export const advertisementCoversPool = (
  advertisement: Advertisement,
  pool: IPAddressPool,
): boolean => {
  if (coversAllPools(advertisement)) return true;
  const name = pool.metadata?.name ?? '';
  if ((advertisement.spec?.ipAddressPools ?? []).includes(name)) return true;
  return (advertisement.spec?.ipAddressPoolSelectors ?? []).some((selector) =>
    labelSelectorMatches(selector, pool.metadata?.labels),
  );
};

export const poolsCoveredBy = (
  advertisement: Advertisement,
  pools: IPAddressPool[],
): IPAddressPool[] => pools.filter((pool) => advertisementCoversPool(advertisement, pool));
