// The row kebab: its actions (and their access reviews) exist only while it is open. What the delete
// dialog names comes from the list through a context, so that the rows need not take it as props
// and re-render whenever any Service changes.
import { createContext, useContext, type FC } from 'react';
import type { IPAddressPool } from '../../../metallb';
import { ActionItems, LazyActionsKebab } from '../../../components/actions/ActionsMenu';
import { usePoolActions } from '../usePoolActions';
import type { PoolListFacts } from './usePoolListFacts';

export const PoolListFactsContext = createContext<PoolListFacts | undefined>(undefined);

const PoolActionItems: FC<{ pool: IPAddressPool; close: () => void }> = ({ pool, close }) => {
  const facts = useContext(PoolListFactsContext);
  const actions = usePoolActions(pool, {
    holders: facts?.assignments
      ? (facts.assignments.get(pool.metadata?.name ?? '') ?? [])
      : undefined,
    l2Advertisements: facts?.l2Advertisements,
    bgpAdvertisements: facts?.bgpAdvertisements,
  });
  return <ActionItems actions={actions} onSelect={close} />;
};

export const PoolRowActions: FC<{ pool: IPAddressPool }> = ({ pool }) => (
  <LazyActionsKebab
    name={pool.metadata?.name ?? ''}
    items={(close) => <PoolActionItems pool={pool} close={close} />}
  />
);
