// Watches with Kubernetes semantics, as the console does them: list, then watch from the list's
// resourceVersion over a WebSocket (`?watch=true&resourceVersion=..&allowWatchBookmarks=true`),
// apply ADDED/MODIFIED/DELETED, move the resourceVersion on BOOKMARK, relist on ERROR 410 (Gone), and
// reconnect with backoff from the last resourceVersion when the socket closes. One watch per distinct
// request, shared by every hook that asks for it. Unlike the console, state lives in this module
// rather than in redux, and updates are flushed every 100 ms rather than batched by its WS buffer.
import type { K8sModel, K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { consoleFetchJSON, HttpError } from './fetch';
import { resourceURL, selectorToString } from './resources';

export interface WatchRequest {
  model: K8sModel;
  namespace?: string;
  name?: string;
  isList: boolean;
  selector?: unknown;
  fieldSelector?: string;
  limit?: number;
}

export interface WatchState {
  data: K8sResourceCommon[] | K8sResourceCommon | undefined;
  loaded: boolean;
  loadError: unknown;
}

type WatchEvent = { type: string; object: K8sResourceCommon & { code?: number; message?: string } };

const FLUSH_MS = 100;
const STOP_AFTER_MS = 5_000;

const keyOf = (o: K8sResourceCommon) => `${o.metadata?.namespace ?? ''}/${o.metadata?.name ?? ''}`;

export class Watch {
  state: WatchState;
  private listeners = new Set<() => void>();
  private items = new Map<string, K8sResourceCommon>();
  private resourceVersion = '';
  private socket?: WebSocket;
  private stopped = false;
  private attempt = 0;
  private flushTimer?: ReturnType<typeof setTimeout>;
  private retryTimer?: ReturnType<typeof setTimeout>;
  stopTimer?: ReturnType<typeof setTimeout>;

  constructor(readonly request: WatchRequest) {
    this.state = { data: request.isList ? [] : undefined, loaded: false, loadError: undefined };
  }

  subscribe(listener: () => void) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get listenerCount() {
    return this.listeners.size;
  }

  private query(extra: Record<string, string> = {}) {
    const { request } = this;
    const fieldSelectors = [request.fieldSelector];
    if (request.name) fieldSelectors.push(`metadata.name=${request.name}`);
    const query: Record<string, string | undefined> = {
      labelSelector: selectorToString(request.selector),
      fieldSelector: fieldSelectors.filter(Boolean).join(',') || undefined,
      ...extra,
    };
    if (request.limit && !extra.watch) query.limit = String(request.limit);
    return resourceURL(request.model, { ns: request.namespace, queryParams: query });
  }

  start() {
    this.stopped = false;
    void this.list();
  }

  stop() {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    clearTimeout(this.flushTimer);
    this.socket?.close();
    this.socket = undefined;
  }

  private async list() {
    try {
      const list = (await consoleFetchJSON(this.query())) as {
        items: K8sResourceCommon[];
        metadata?: { resourceVersion?: string };
      };
      if (this.stopped) return;
      // A list's items carry no kind/apiVersion; the console's k8sList adds them from the model, and
      // code that matches extensions by a resource's kind (tabs on a details page) relies on that.
      const { model } = this.request;
      const apiVersion = model.apiGroup
        ? `${model.apiGroup}/${model.apiVersion}`
        : model.apiVersion;
      this.items = new Map(
        list.items.map((o) => [keyOf(o), { kind: model.kind, apiVersion, ...o }]),
      );
      this.resourceVersion = list.metadata?.resourceVersion ?? '';
      this.attempt = 0;
      this.emit(undefined);
      this.openSocket();
    } catch (error) {
      if (this.stopped) return;
      this.state = { ...this.state, loaded: false, loadError: error };
      this.notify();
      // Forbidden and not-found lists do not heal by themselves quickly; retry slowly.
      this.retry((error as HttpError).code === 403 ? 30_000 : undefined, () => this.list());
    }
  }

  private openSocket() {
    const url = this.query({
      watch: 'true',
      resourceVersion: this.resourceVersion,
      allowWatchBookmarks: 'true',
    });
    const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
    const socket = new WebSocket(`${scheme}://${window.location.host}${url}`);
    this.socket = socket;
    socket.onopen = () => {
      this.attempt = 0;
    };
    socket.onmessage = (message) => this.onEvent(JSON.parse(String(message.data)) as WatchEvent);
    socket.onclose = () => {
      if (this.socket !== socket || this.stopped) return;
      this.socket = undefined;
      // The API server ends watches after a timeout; resume from where we were.
      this.retry(undefined, () => this.openSocket());
    };
  }

  private onEvent({ type, object }: WatchEvent) {
    if (type === 'ERROR') {
      this.socket?.close();
      this.socket = undefined;
      // 410 Gone: our resourceVersion is too old; only a fresh list can resync.
      this.retry(object.code === 410 ? 0 : undefined, () => this.list());
      return;
    }
    const rv = object.metadata?.resourceVersion;
    if (rv) this.resourceVersion = rv;
    if (type === 'BOOKMARK') return;
    if (type === 'DELETED') this.items.delete(keyOf(object));
    else this.items.set(keyOf(object), object);
    if (!this.flushTimer) {
      this.flushTimer = setTimeout(() => {
        this.flushTimer = undefined;
        this.emit(undefined);
      }, FLUSH_MS);
    }
  }

  private retry(delay: number | undefined, action: () => void) {
    clearTimeout(this.retryTimer);
    const wait = delay ?? Math.min(30_000, 1000 * 2 ** this.attempt);
    this.attempt += 1;
    this.retryTimer = setTimeout(() => !this.stopped && action(), wait);
  }

  private emit(loadError: unknown) {
    const items = [...this.items.values()];
    if (this.request.isList) {
      this.state = { data: items, loaded: true, loadError };
    } else {
      const found = items[0];
      this.state = found
        ? { data: found, loaded: true, loadError }
        : {
            data: undefined,
            loaded: true,
            loadError: new HttpError(
              `${this.request.model.kind} "${this.request.name}" not found`,
              404,
            ),
          };
    }
    this.notify();
  }

  private notify() {
    this.listeners.forEach((l) => l());
  }
}

const watches = new Map<string, Watch>();

export const watchKey = (r: WatchRequest) =>
  JSON.stringify([
    r.model.apiGroup,
    r.model.apiVersion,
    r.model.plural,
    r.namespace,
    r.name,
    r.isList,
    selectorToString(r.selector),
    r.fieldSelector,
    r.limit,
  ]);

const scheduleStop = (watch: Watch, key: string) => {
  clearTimeout(watch.stopTimer);
  watch.stopTimer = setTimeout(() => {
    if (watch.listenerCount === 0 && watches.get(key) === watch) {
      watch.stop();
      watches.delete(key);
    }
  }, STOP_AFTER_MS);
};

/** The shared watch for a request; it stops a few seconds after its last subscriber leaves. */
export const acquireWatch = (request: WatchRequest): Watch => {
  const key = watchKey(request);
  let watch = watches.get(key);
  if (!watch) {
    watch = new Watch(request);
    watches.set(key, watch);
    watch.start();
    // Acquired during render: stop it unless someone subscribes (a discarded render, say).
    scheduleStop(watch, key);
  }
  return watch;
};

export const subscribeWatch = (watch: Watch, listener: () => void) => {
  clearTimeout(watch.stopTimer);
  const unsubscribe = watch.subscribe(listener);
  return () => {
    unsubscribe();
    if (watch.listenerCount === 0) scheduleStop(watch, watchKey(watch.request));
  };
};
