// k8sGet/k8sCreate/... against /api/kubernetes, with the SDK's option shapes. queryParams pass through
// (so `{ dryRun: 'All' }` reaches the API server and a webhook's denial comes back as an HttpError).
import type { K8sModel, K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { consoleFetchJSON } from './fetch';
import { API_BASE } from './models';

type Query = Record<string, string | string[] | undefined>;

export const resourceURL = (
  model: K8sModel,
  options: { ns?: string; name?: string; path?: string; queryParams?: Query } = {},
): string => {
  const root = model.apiGroup
    ? `${API_BASE}/apis/${model.apiGroup}/${model.apiVersion}`
    : `${API_BASE}/api/${model.apiVersion}`;
  let url = root;
  if (model.namespaced && options.ns) url += `/namespaces/${encodeURIComponent(options.ns)}`;
  url += `/${model.plural}`;
  if (options.name) url += `/${encodeURIComponent(options.name)}`;
  if (options.path) url += `/${options.path}`;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(options.queryParams ?? {})) {
    if (value === undefined || key === 'ns' || key === 'name') continue;
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
  }
  const query = params.toString();
  return query ? `${url}?${query}` : url;
};

type Common = { model: K8sModel; path?: string; queryParams?: Query; requestInit?: RequestInit };

export const k8sGetResource = <R extends K8sResourceCommon>({
  model,
  name,
  ns,
  path,
  queryParams,
  requestInit,
}: Common & { name?: string; ns?: string }): Promise<R> =>
  consoleFetchJSON(
    resourceURL(model, { ns, name, path, queryParams }),
    'GET',
    requestInit,
  ) as Promise<R>;

export const k8sCreateResource = <R extends K8sResourceCommon>({
  model,
  data,
  path,
  queryParams,
}: Common & { data: R }): Promise<R> =>
  consoleFetchJSON.post(
    resourceURL(model, { ns: data.metadata?.namespace, path, queryParams }),
    data,
  ) as Promise<R>;

export const k8sUpdateResource = <R extends K8sResourceCommon>({
  model,
  data,
  ns,
  name,
  path,
  queryParams,
}: Common & { data: R; ns?: string; name?: string }): Promise<R> =>
  consoleFetchJSON.put(
    resourceURL(model, {
      ns: ns ?? data.metadata?.namespace,
      name: name ?? data.metadata?.name,
      path,
      queryParams,
    }),
    data,
  ) as Promise<R>;

export const k8sPatchResource = <R extends K8sResourceCommon>({
  model,
  resource,
  data,
  path,
  queryParams,
}: Common & { resource: R; data: unknown[] }): Promise<R> =>
  consoleFetchJSON.patch(
    resourceURL(model, {
      ns: resource.metadata?.namespace,
      name: resource.metadata?.name,
      path,
      queryParams,
    }),
    data,
  ) as Promise<R>;

export const k8sDeleteResource = ({
  model,
  resource,
  path,
  queryParams,
  requestInit,
  json,
}: Common & { resource: K8sResourceCommon; json?: Record<string, unknown> }): Promise<unknown> =>
  consoleFetchJSON.delete(
    resourceURL(model, {
      ns: resource.metadata?.namespace,
      name: resource.metadata?.name,
      path,
      queryParams,
    }),
    json ??
      (model.propagationPolicy
        ? { kind: 'DeleteOptions', apiVersion: 'v1', propagationPolicy: model.propagationPolicy }
        : undefined),
    requestInit,
  );

type ListOptions = {
  model: K8sModel;
  queryParams?: Query & { ns?: string; labelSelector?: unknown };
  requestInit?: RequestInit;
};

const selectorString = (selector: unknown): string | undefined => {
  if (!selector || typeof selector === 'string') return selector as string | undefined;
  const s = selector as {
    matchLabels?: Record<string, string>;
    matchExpressions?: Array<{ key: string; operator: string; values?: string[] }>;
  };
  const parts = Object.entries(s.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`);
  for (const e of s.matchExpressions ?? []) {
    if (e.operator === 'Exists') parts.push(e.key);
    else if (e.operator === 'DoesNotExist') parts.push(`!${e.key}`);
    else parts.push(`${e.key} ${e.operator.toLowerCase()} (${(e.values ?? []).join(',')})`);
  }
  return parts.join(',') || undefined;
};
export { selectorString as selectorToString };

export const k8sListResource = async ({ model, queryParams = {}, requestInit }: ListOptions) => {
  const { ns, labelSelector, ...rest } = queryParams;
  return consoleFetchJSON(
    resourceURL(model, {
      ns: ns as string | undefined,
      queryParams: { ...(rest as Query), labelSelector: selectorString(labelSelector) },
    }),
    'GET',
    requestInit,
  ) as Promise<{ items: K8sResourceCommon[]; metadata?: { resourceVersion?: string } }>;
};

export const k8sListResourceItems = async (options: ListOptions) =>
  (await k8sListResource(options)).items;
