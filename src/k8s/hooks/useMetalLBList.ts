import { useMemo } from 'react';
import { useK8sWatchResource, type K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import { gvkOf, NodeModel } from '../models';
import type { K8sObject, Node } from '../../metallb';
import { useMetalLBNamespace } from './useMetalLBNamespace';

export interface WatchedList<T> {
  items: T[];
  loaded: boolean;
  error: unknown;
}

const useList = <T extends K8sObject>(
  model: K8sModel,
  namespace: string | undefined,
  enabled: boolean,
): WatchedList<T> => {
  const [items, loaded, error] = useK8sWatchResource<T[]>(
    enabled ? { groupVersionKind: gvkOf(model), namespace, isList: true } : null,
  );
  return useMemo(() => ({ items: items ?? [], loaded, error }), [items, loaded, error]);
};

/**
 * Every object of a MetalLB kind, live, in the namespace MetalLB runs in; not loaded until that
 * namespace is settled (no flash of the default namespace's objects).
 */
export const useMetalLBList = <T extends K8sObject>(
  model: K8sModel,
  enabled = true,
): WatchedList<T> => {
  const where = useMetalLBNamespace();
  const list = useList<T>(model, where.namespace, enabled && where.loaded);
  return useMemo(
    () => (where.loaded || !enabled ? list : { ...list, loaded: false }),
    [list, where.loaded, enabled],
  );
};

/** Nodes, for node-selector previews (a user who may not list them gets an error, not a page failure). */
export const useNodes = (enabled = true) => useList<Node>(NodeModel, undefined, enabled);
