import { renderHook } from '@testing-library/react-hooks';
import type { WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';
import { metallbPod, metallbResource } from '../../metallb/install-test-factories';
import { pool } from '../../metallb/test-factories';
import { useAnnouncementSources } from './useAnnouncementSources';
import { useMetalLBInstall } from './useMetalLBInstall';
import { useMetalLBNamespace } from './useMetalLBNamespace';
import { usePoolUtilization } from './usePoolUtilization';
import { recordWatches, serveEveryKind } from './watch-test-helpers';
import { useOverview } from '../../views/overview/useOverview';

type WatchResult = [unknown, boolean, unknown];
const ok = (items: unknown[]): WatchResult => [items, true, undefined];
const waiting: WatchResult = [undefined, false, undefined];
const forbidden: WatchResult = [[], false, Object.assign(new Error('forbidden'), { code: 403 })];

/** One answer for every unlisted watch, as the SDK keeps one state per watch. */
const EMPTY = ok([]);
const OTHER = 'metallb-other';
const otherPods = [
  metallbPod('controller', 'controller-1', 'worker-1', { namespace: OTHER }),
  metallbPod('speaker', 'speaker-1', 'worker-1', { namespace: OTHER }),
];

/** Answers by kind; `Pod` is the cluster-wide pod watch, `Pod@<ns>` a namespaced one. */
const cluster = (answers: Record<string, WatchResult>) => {
  serveEveryKind();
  return recordWatches((r: WatchK8sResource) => {
    const kind = r.groupVersionKind?.kind ?? '';
    const key = kind === 'Pod' && r.namespace ? `Pod@${r.namespace}` : kind;
    return answers[key] ?? EMPTY;
  });
};

/** The namespaces of the recorded watches of these kinds. */
const namespacesOf = (requests: Map<string, WatchK8sResource>, kinds: string[]) =>
  new Set(
    [...requests.values()]
      .filter((r) => kinds.includes(r.groupVersionKind?.kind ?? ''))
      .map((r) => r.namespace),
  );

const METALLB_KINDS = [
  'IPAddressPool',
  'L2Advertisement',
  'BGPAdvertisement',
  'ServiceL2Status',
  'ServiceBGPStatus',
];

describe('the MetalLB namespace, found from where MetalLB runs', () => {
  it('is the MetalLB resource’s namespace, then the controller pod’s, then metallb-system', () => {
    cluster({ MetalLB: ok([metallbResource('operator-ns')]), Pod: ok(otherPods) });
    expect(renderHook(() => useMetalLBNamespace()).result.current).toMatchObject({
      namespace: 'operator-ns',
      source: 'metallb-resource',
      loaded: true,
    });
    cluster({ MetalLB: ok([]), Pod: ok(otherPods) });
    expect(renderHook(() => useMetalLBNamespace()).result.current).toMatchObject({
      namespace: OTHER,
      source: 'controller-pod',
      loaded: true,
    });
    cluster({ MetalLB: ok([]), Pod: ok([]) });
    expect(renderHook(() => useMetalLBNamespace()).result.current).toMatchObject({
      namespace: 'metallb-system',
      source: 'default',
      loaded: true,
    });
  });

  it('pools, advertisements and statuses are watched in metallb-other when MetalLB runs there', () => {
    const requests = cluster({ MetalLB: ok([]), Pod: ok(otherPods), IPAddressPool: ok([]) });
    const { result } = renderHook(() => {
      usePoolUtilization();
      useOverview();
      return useAnnouncementSources();
    });
    expect(result.current.metallbNamespace).toBe(OTHER);
    expect(namespacesOf(requests, [...METALLB_KINDS, 'BGPPeer'])).toEqual(new Set([OTHER]));
    expect(namespacesOf(requests, ['ConfigurationState'])).toEqual(new Set([OTHER]));
    // The speakers are the pods of that namespace, read from the finder's one pod watch.
    expect(result.current.input.speakers?.map((p) => p.metadata?.name)).toEqual(['speaker-1']);
  });

  it('starts no namespace-scoped watch, and shows nothing loaded, until the namespace is settled', () => {
    const requests = cluster({ MetalLB: ok([]), Pod: waiting, IPAddressPool: ok([pool('p', [])]) });
    const { result } = renderHook(() => ({
      pools: usePoolUtilization(),
      sources: useAnnouncementSources(),
      install: useMetalLBInstall(),
      overview: useOverview(),
    }));
    expect(namespacesOf(requests, [...METALLB_KINDS, 'BGPPeer', 'ConfigurationState'])).toEqual(
      new Set(),
    );
    expect(result.current.overview.loaded).toBe(false);
    expect(result.current.pools.loaded).toBe(false);
    expect(result.current.pools.pools).toEqual([]);
    expect(result.current.sources.loaded).toBe(false);
    expect(result.current.install.loaded).toBe(false);
  });

  it('keeps the same rows across renders while a watch is not asked for yet (no render loop)', () => {
    // As the SDK answers: a watch not asked for (null) is loaded with no data, a new render each time.
    cluster({ MetalLB: ok([]), Pod: waiting, Node: [undefined, false, undefined] });
    const { result, rerender } = renderHook(() => useAnnouncementSources());
    const first = result.current;
    rerender();
    expect(result.current.rows).toBe(first.rows);
    expect(result.current.input).toBe(first.input);
  });

  it('a user who cannot list pods cluster-wide falls back to the default namespace’s pods', () => {
    const requests = cluster({
      MetalLB: forbidden,
      Pod: forbidden,
      'Pod@metallb-system': forbidden,
    });
    const { result } = renderHook(() => useAnnouncementSources());
    expect(namespacesOf(requests, ['Pod'])).toEqual(new Set([undefined, 'metallb-system']));
    expect(namespacesOf(requests, ['IPAddressPool'])).toEqual(new Set(['metallb-system']));
    expect(result.current.loaded).toBe(true);
    expect(result.current.unreadable).toContain('speakers');
  });
});
