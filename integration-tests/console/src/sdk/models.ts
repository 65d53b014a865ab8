// Models from API discovery, as the console builds them: one aggregated discovery request per root
// (Kubernetes 1.30+), the legacy per-group walk otherwise. The console also keeps static models for
// the core kinds and re-discovers when CRDs change; the host re-discovers on a timer instead.
import { useSyncExternalStore } from 'react';
import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import { consoleFetch } from './fetch';

export const API_BASE = '/api/kubernetes';

type GVK = { group?: string; version: string; kind: string };

export const referenceForGVK = ({ group, version, kind }: GVK): string =>
  group ? `${group}~${version}~${kind}` : kind;

export const referenceForModel = (model: K8sModel): string =>
  referenceForGVK({ group: model.apiGroup, version: model.apiVersion, kind: model.kind });

export const parseReference = (ref: string): GVK => {
  const parts = ref.split('~');
  return parts.length === 3
    ? { group: parts[0], version: parts[1], kind: parts[2] }
    : { group: '', version: 'v1', kind: ref };
};

// Groups the console has static models for: their URLs use the plural, not the reference.
const BUILT_IN_GROUP = /(^$|^(apps|batch|autoscaling|policy)$|\.k8s\.io$)/;

let models = new Map<string, K8sModel>();
let byPlural = new Map<string, K8sModel>();
let loaded = false;
const listeners = new Set<() => void>();

interface DiscoveredResource {
  resource: string;
  responseKind?: { group: string; version: string; kind: string };
  scope: 'Namespaced' | 'Cluster';
  verbs?: string[];
  shortNames?: string[];
  singularResource?: string;
}
interface AggregatedGroup {
  metadata?: { name?: string };
  versions?: Array<{ version: string; resources?: DiscoveredResource[] }>;
}

const toModel = (group: string, version: string, r: DiscoveredResource): K8sModel | null => {
  if (r.resource.includes('/') || !r.responseKind?.kind) return null;
  const kind = r.responseKind.kind;
  return {
    apiGroup: group || undefined,
    apiVersion: version,
    kind,
    plural: r.resource,
    abbr: r.shortNames?.[0]?.toUpperCase() ?? kind.replace(/[a-z]/g, '').slice(0, 4),
    label: kind,
    labelPlural: `${kind}s`,
    namespaced: r.scope === 'Namespaced',
    verbs: r.verbs as K8sModel['verbs'],
    shortNames: r.shortNames,
    crd: !BUILT_IN_GROUP.test(group),
    id: r.singularResource,
  };
};

const AGGREGATED = 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList';

const aggregatedDiscovery = async (root: string): Promise<K8sModel[] | null> => {
  const response = await consoleFetch(`${API_BASE}/${root}`, {
    headers: { Accept: `${AGGREGATED},application/json` },
  });
  const body = (await response.json()) as { kind?: string; items?: AggregatedGroup[] };
  if (body.kind !== 'APIGroupDiscoveryList') return null;
  const found: K8sModel[] = [];
  for (const group of body.items ?? []) {
    for (const v of group.versions ?? []) {
      for (const r of v.resources ?? []) {
        const model = toModel(group.metadata?.name ?? '', v.version, r);
        if (model) found.push(model);
      }
    }
  }
  return found;
};

const legacyDiscovery = async (): Promise<K8sModel[]> => {
  const found: K8sModel[] = [];
  const core = (await (await consoleFetch(`${API_BASE}/api/v1`)).json()) as {
    resources: Array<DiscoveredResource & { kind: string; namespaced: boolean }>;
  };
  const asDiscovered = (r: {
    name: string;
    kind: string;
    namespaced: boolean;
    verbs?: string[];
  }) => ({
    resource: r.name,
    responseKind: { group: '', version: '', kind: r.kind },
    scope: (r.namespaced ? 'Namespaced' : 'Cluster') as DiscoveredResource['scope'],
    verbs: r.verbs,
  });
  for (const r of core.resources as unknown as Array<{
    name: string;
    kind: string;
    namespaced: boolean;
  }>) {
    const m = toModel('', 'v1', asDiscovered(r));
    if (m) found.push(m);
  }
  const groups = (await (await consoleFetch(`${API_BASE}/apis`)).json()) as {
    groups: Array<{ name: string; versions: Array<{ version: string }> }>;
  };
  for (const g of groups.groups) {
    for (const v of g.versions) {
      const list = (await (
        await consoleFetch(`${API_BASE}/apis/${g.name}/${v.version}`)
      ).json()) as {
        resources: Array<{ name: string; kind: string; namespaced: boolean }>;
      };
      for (const r of list.resources) {
        const m = toModel(g.name, v.version, asDiscovered(r));
        if (m) found.push(m);
      }
    }
  }
  return found;
};

/** Runs discovery; resolves to true when the set of models changed. */
export const discoverModels = async (): Promise<boolean> => {
  const core = await aggregatedDiscovery('api');
  const groups = core ? await aggregatedDiscovery('apis') : null;
  const found: K8sModel[] = core && groups ? [...core, ...groups] : await legacyDiscovery();
  const next = new Map<string, K8sModel>();
  const nextPlural = new Map<string, K8sModel>();
  for (const m of found) {
    const ref = referenceForModel(m);
    // The first version listed is the preferred one; keep it under the kind-only lookups.
    if (!next.has(ref)) next.set(ref, m);
    const pluralKey = `${m.apiGroup ?? ''}/${m.plural}`;
    if (!nextPlural.has(pluralKey)) nextPlural.set(pluralKey, m);
  }
  const changed =
    !loaded || next.size !== models.size || [...next.keys()].some((k) => !models.has(k));
  models = next;
  byPlural = nextPlural;
  loaded = true;
  if (changed) listeners.forEach((l) => l());
  return changed;
};

export const subscribeModels = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const getModels = () => models;
export const modelsLoaded = () => loaded;

export const getModelForGVK = (gvk: GVK): K8sModel | undefined => models.get(referenceForGVK(gvk));

export const getModelForReference = (ref: string): K8sModel | undefined => {
  if (ref.includes('~')) return models.get(ref);
  // A core kind (`Service`) or a built-in plural (`services`).
  return models.get(ref) ?? byPlural.get(`/${ref}`);
};

export const getModelForPlural = (group: string, plural: string) =>
  byPlural.get(`${group}/${plural}`);

type GroupVersionKindLike = { group?: string; version?: string; kind: string };

export const modelForResourceSpec = (
  groupVersionKind?: GroupVersionKindLike,
  kind?: string | GroupVersionKindLike,
): K8sModel | undefined => {
  if (groupVersionKind) {
    return getModelForGVK({
      group: groupVersionKind.group,
      version: groupVersionKind.version ?? 'v1',
      kind: groupVersionKind.kind,
    });
  }
  if (typeof kind === 'string') return getModelForReference(kind);
  if (kind) return modelForResourceSpec(kind);
  return undefined;
};

/** `useK8sModel(groupVersionKind | reference)` → [model, inFlight] */
export const useK8sModel = (
  groupVersionKind?: string | GroupVersionKindLike,
): [K8sModel | undefined, boolean] => {
  useSyncExternalStore(subscribeModels, () => models);
  if (!groupVersionKind) return [undefined, !loaded];
  const model =
    typeof groupVersionKind === 'string'
      ? getModelForReference(groupVersionKind)
      : modelForResourceSpec(groupVersionKind);
  return [model, !loaded];
};

export const useK8sModels = (): [Record<string, K8sModel>, boolean] => {
  const snapshot = useSyncExternalStore(subscribeModels, () => models);
  return [Object.fromEntries(snapshot), !loaded];
};

/** The console's URL segment for a model: the reference for CRDs, the plural for core kinds. */
export const urlSegmentFor = (model: K8sModel): string =>
  model.crd ? referenceForModel(model) : model.plural;

export const getGroupVersionKindForModel = (model: K8sModel) => ({
  group: model.apiGroup,
  version: model.apiVersion,
  kind: model.kind,
});

export const getAPIVersionForModel = (model: K8sModel) =>
  model.apiGroup ? `${model.apiGroup}/${model.apiVersion}` : model.apiVersion;

export const getGroupVersionKindForResource = (resource: {
  apiVersion?: string;
  kind?: string;
}) => {
  const [group, version] = (resource.apiVersion ?? '').includes('/')
    ? (resource.apiVersion ?? '').split('/')
    : ['', resource.apiVersion ?? ''];
  return { group: group || undefined, version, kind: resource.kind ?? '' };
};
