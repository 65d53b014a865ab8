// For specs: discovery that serves every kind, and a record of the distinct watch requests a page makes.
import { useK8sModel, useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import type { K8sModel, WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';

type WatchResult = [unknown, boolean, unknown];

/** Discovery as on a cluster with MetalLB (and its operator) installed: every kind is served. */
export const serveEveryKind = () =>
  jest
    .mocked(useK8sModel)
    .mockImplementation(((gvk: { kind: string }) => [
      { kind: gvk.kind } as K8sModel,
      false,
    ]) as unknown as typeof useK8sModel);

/**
 * The SDK's key for a watch request: two requests with the same key share one watch (the console
 * and the host SDK both key by value, whatever the order of the fields).
 */
export const watchKeyOf = (r: WatchK8sResource): string =>
  JSON.stringify([
    r.groupVersionKind?.group ?? '',
    r.groupVersionKind?.kind,
    r.namespace ?? '',
    r.name ?? '',
    !!r.isList,
    r.selector ?? null,
    r.fieldSelector ?? '',
  ]);

/**
 * Answers watches by kind (`answer`) and records every distinct request: the page's watches, as the
 * SDK would open them.
 */
export const recordWatches = (answer: (r: WatchK8sResource) => WatchResult) => {
  const requests = new Map<string, WatchK8sResource>();
  jest.mocked(useK8sWatchResource).mockImplementation(((r: WatchK8sResource | null) => {
    if (!r) return [undefined, true, undefined];
    requests.set(watchKeyOf(r), r);
    return answer(r);
  }) as typeof useK8sWatchResource);
  return requests;
};
