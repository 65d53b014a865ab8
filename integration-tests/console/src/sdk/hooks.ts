// The data hooks of the SDK, backed by ./watch (watches), SelfSubjectAccessReviews and the plugin
// store's feature flags.
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { K8sResourceCommon, WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';
import { HttpError, consoleFetchJSON } from './fetch';
import { API_BASE, getModels, modelForResourceSpec, subscribeModels } from './models';
import {
  acquireWatch,
  subscribeWatch,
  type Watch,
  type WatchRequest,
  type WatchState,
} from './watch';
import { getPluginStore } from './host-state';
import { PluginEventType } from '@openshift/dynamic-plugin-sdk';

const NULL_STATE: WatchState = { data: undefined, loaded: true, loadError: undefined };
const noSubscription = () => () => undefined;

class NoModelError extends Error {
  constructor(what: string) {
    super(`No model for ${what}: the API server does not serve it`);
    this.name = 'NoModelError';
  }
}

type Target = { watch?: Watch; fallback: WatchState };

const targetFor = (resource: WatchK8sResource | null | undefined): Target => {
  if (!resource) return { fallback: NULL_STATE };
  const model = modelForResourceSpec(resource.groupVersionKind, resource.kind);
  if (!model) {
    const what = JSON.stringify(resource.groupVersionKind ?? resource.kind);
    return {
      fallback: {
        data: resource.isList ? [] : undefined,
        loaded: true,
        loadError: new NoModelError(what),
      },
    };
  }
  const request: WatchRequest = {
    model,
    namespace: model.namespaced ? resource.namespace : undefined,
    name: resource.name,
    isList: !!resource.isList,
    selector: resource.selector,
    fieldSelector: resource.fieldSelector,
    limit: resource.limit,
  };
  return { watch: acquireWatch(request), fallback: NULL_STATE };
};

const useModelsVersion = () => useSyncExternalStore(subscribeModels, getModels);

export const useK8sWatchResource = <R extends K8sResourceCommon | K8sResourceCommon[]>(
  resource: WatchK8sResource | null | undefined,
): [R, boolean, unknown] => {
  const models = useModelsVersion();
  const key = JSON.stringify(resource ?? null);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by value, not identity
  const target = useMemo(() => targetFor(resource), [key, models]);
  const state = useSyncExternalStore(
    target.watch ? (cb) => subscribeWatch(target.watch as Watch, cb) : noSubscription,
    () => target.watch?.state ?? target.fallback,
  );
  return [state.data as R, state.loaded, state.loadError];
};

type Results = Record<string, { data: unknown; loaded: boolean; loadError: unknown }>;

export const useK8sWatchResources = (resources: Record<string, WatchK8sResource>): Results => {
  const models = useModelsVersion();
  const key = JSON.stringify(resources);
  const targets = useMemo(
    () => Object.entries(resources).map(([name, r]) => [name, targetFor(r)] as const),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by value, not identity
    [key, models],
  );
  const cache = useRef<{ states: WatchState[]; result: Results } | null>(null);
  const subscribe = useMemo(
    () => (cb: () => void) => {
      const unsubscribes = targets.map(([, t]) =>
        t.watch ? subscribeWatch(t.watch, cb) : () => undefined,
      );
      return () => unsubscribes.forEach((u) => u());
    },
    [targets],
  );
  const getSnapshot = () => {
    const states = targets.map(([, t]) => t.watch?.state ?? t.fallback);
    const previous = cache.current;
    if (
      previous &&
      previous.states.length === states.length &&
      previous.states.every((s, i) => s === states[i])
    ) {
      return previous.result;
    }
    const result: Results = {};
    targets.forEach(([name], i) => {
      result[name] = { ...states[i] };
    });
    cache.current = { states, result };
    return result;
  };
  return useSyncExternalStore(subscribe, getSnapshot);
};

// ---- access reviews

export type AccessReviewResourceAttributes = {
  group?: string;
  resource?: string;
  subresource?: string;
  verb?: string;
  name?: string;
  namespace?: string;
};

const reviews = new Map<string, Promise<{ status?: { allowed?: boolean } }>>();

export const checkAccess = (attributes: AccessReviewResourceAttributes, _impersonate?: unknown) => {
  const key = JSON.stringify(attributes);
  let review = reviews.get(key);
  if (!review) {
    review = consoleFetchJSON.post(
      `${API_BASE}/apis/authorization.k8s.io/v1/selfsubjectaccessreviews`,
      {
        apiVersion: 'authorization.k8s.io/v1',
        kind: 'SelfSubjectAccessReview',
        spec: { resourceAttributes: { ...attributes, group: attributes.group ?? '' } },
      },
    ) as Promise<{ status?: { allowed?: boolean } }>;
    reviews.set(key, review);
    review.catch(() => reviews.delete(key));
    setTimeout(() => reviews.delete(key), 60_000);
  }
  return review;
};

export const useAccessReview = (
  attributes: AccessReviewResourceAttributes,
  _impersonate?: unknown,
  _noCheckForEmptyGroupAndResource?: boolean,
): [boolean, boolean] => {
  const key = JSON.stringify(attributes);
  const [result, setResult] = useState<{ key: string; allowed: boolean } | null>(null);
  useEffect(() => {
    let live = true;
    checkAccess(JSON.parse(key) as AccessReviewResourceAttributes)
      .then((r) => live && setResult({ key, allowed: !!r.status?.allowed }))
      // As the console: a failed review is not a denial (the API server will still say no).
      .catch(() => live && setResult({ key, allowed: true }));
    return () => {
      live = false;
    };
  }, [key]);
  const current = result?.key === key ? result : null;
  return [current?.allowed ?? false, current === null];
};

export const useAccessReviewAllowed = (attributes: AccessReviewResourceAttributes) =>
  useAccessReview(attributes)[0];

// ---- feature flags (set by the host from console.flag/model extensions)

export const useFlag = (flag: string): boolean => {
  const store = getPluginStore();
  return useSyncExternalStore(
    (cb) => store?.subscribe([PluginEventType.FeatureFlagsChanged], cb) ?? (() => undefined),
    () => !!store?.getFeatureFlags()[flag],
  );
};

export { HttpError };
