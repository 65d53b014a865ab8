// What the SDK needs from the host shell: its plugin store and the active namespace. The console keeps
// both in redux; the host sets them here when it boots and when the URL changes.
import { useSyncExternalStore } from 'react';
import type { PluginStore } from '@openshift/dynamic-plugin-sdk';

export const ALL_NAMESPACES_KEY = '#ALL_NS#';

let pluginStore: PluginStore | undefined;
export const setPluginStore = (store: PluginStore) => {
  pluginStore = store;
};
export const getPluginStore = () => pluginStore;

let activeNamespace = ALL_NAMESPACES_KEY;
let navigateToNamespace: ((ns: string) => void) | undefined;
const listeners = new Set<() => void>();

/** Called by the host's router when the URL names a namespace (or all namespaces). */
export const setActiveNamespaceFromURL = (ns: string) => {
  if (ns === activeNamespace) return;
  activeNamespace = ns;
  listeners.forEach((l) => l());
};

export const setNamespaceNavigator = (navigate: (ns: string) => void) => {
  navigateToNamespace = navigate;
};

export const getActiveNamespace = () => activeNamespace;

export const useActiveNamespace = (): [string, (ns: string) => void] => {
  const ns = useSyncExternalStore(
    (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    () => activeNamespace,
  );
  return [
    ns,
    (next: string) => {
      setActiveNamespaceFromURL(next);
      navigateToNamespace?.(next);
    },
  ];
};
