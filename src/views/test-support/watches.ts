// Programs useK8sWatchResource per kind for view specs: each kind answers what the test gives it,
// kinds the test does not mention answer an empty, loaded list.
import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import type { WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';

export type WatchResult = [unknown, boolean, unknown];

export const loaded = (items: unknown): WatchResult => [items, true, undefined];
export const loading: WatchResult = [[], false, undefined];
export const failed = (message: string, code?: number): WatchResult => [
  [],
  false,
  Object.assign(new Error(message), code ? { code } : {}),
];

/** `byKind` keys are kinds ("L2Advertisement", "Node", ...); a name watch returns the named item. */
export const programWatches = (byKind: Record<string, WatchResult>) => {
  jest.mocked(useK8sWatchResource).mockImplementation(((resource: WatchK8sResource | null) => {
    if (!resource) return [undefined, true, undefined];
    const kind = resource.groupVersionKind?.kind ?? '';
    const result = byKind[kind] ?? loaded([]);
    if (resource.name && !resource.isList) {
      const [items, ok, error] = result;
      const found = (items as Array<{ metadata?: { name?: string } }>).find(
        (i) => i.metadata?.name === resource.name,
      );
      if (error) return [undefined, false, error];
      return found || !ok
        ? [found, ok, undefined]
        : [undefined, false, Object.assign(new Error('not found'), { code: 404 })];
    }
    return result;
  }) as typeof useK8sWatchResource);
};
