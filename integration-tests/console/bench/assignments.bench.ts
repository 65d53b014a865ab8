// The IP assignments view with 500 pools and 5,000 LoadBalancer Services: time from navigation to
// the rows it settles on (the first page, every row's pool, announcing node or not-announced reason
// and predicted next node resolved: the table appears only once every source has answered), and
// from a Service gaining an IP in the API to its row showing that IP.
import { test, type Page, type Request } from '@playwright/test';
import { NAMESPACES, POOLS, SERVICES, request, serviceGainsIP } from './data';
import {
  installSampler,
  median,
  reportFigure,
  rowMatchedAt,
  timeRender,
  watchRow,
} from './measure';
import { shootBothThemes } from '../real/fixtures';

const VIEW = '/metallb/assignments';
const READY = '[data-test="assignments-table"]';
/** The console's own Services list, all namespaces: the same 5,000 LoadBalancer Services. */
const REFERENCE = '/k8s/all-namespaces/services';
const RUNS = 3;
const UPDATES = 5;

/**
 * The list requests of one navigation, in ms from its start: is waiting for MetalLB's namespace (its
 * pods and MetalLB resource lists) before asking for the pools on the page's critical path?
 */
const listTimings = async (page: Page) => {
  const lists: Array<{ what: string; start: number; end: number }> = [];
  const done = (r: Request) => {
    const url = new URL(r.url());
    if (!url.pathname.startsWith('/api/kubernetes/') || url.searchParams.get('watch')) return;
    const timing = r.timing();
    lists.push({
      what: decodeURIComponent(url.pathname.replace('/api/kubernetes', '') + url.search),
      start: timing.startTime,
      end: timing.startTime + timing.responseEnd,
    });
  };
  page.on('requestfinished', done);
  const navigation = Date.now();
  await timeRender(page, VIEW, { ready: READY });
  page.off('requestfinished', done);
  const at = (ms: number) => Math.round(ms - navigation);
  const find = (test: RegExp) => lists.find((l) => test.test(l.what));
  const pods = find(/\/pods\?labelSelector=app/);
  const pools = find(/\/namespaces\/[^/]+\/ipaddresspools/);
  const slowest = [...lists].sort((a, b) => b.end - a.end)[0];
  return { pods, pools, slowest, at };
};

/** Where the main thread's time goes during one render: the plugin's chunks, the console's, V8's GC. */
const cpuDuringRender = async (page: Page) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.start');
  await timeRender(page, VIEW, { ready: READY });
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const ms: Record<string, number> = {};
  (profile.samples ?? []).forEach((id, i) => {
    const frame = byId.get(id);
    const where = frame?.url.includes('/api/plugins/')
      ? 'plugin'
      : frame?.url.includes('/static/')
        ? 'console'
        : frame?.functionName === '(garbage collector)'
          ? 'gc'
          : frame?.functionName === '(idle)'
            ? 'idle'
            : 'other';
    ms[where] = (ms[where] ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000;
  });
  return Object.entries(ms)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${Math.round(v)}`)
    .join(', ');
};

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('assignments view: render and live update', async ({ page }) => {
  await installSampler(page);
  const renders: number[] = [];
  const reference: number[] = [];
  let rows = 0;
  // The plugin files the first (cold) load fetches: the console provides PatternFly, so a page
  // needs its own chunks only; a console that stopped providing it would show ~30 here, not ~6.
  const pluginFiles = new Set<string>();
  const fetched = (r: Request) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith('/api/plugins/') && url.pathname.endsWith('.js')) {
      pluginFiles.add(url.pathname);
    }
  };
  page.on('request', fetched);
  // interleaved with the console's Services list, so that drift on the machine hits both
  for (let run = 0; run < RUNS; run++) {
    const r = await timeRender(page, VIEW, { ready: READY });
    renders.push(r.ms);
    rows = r.rows;
    if (run === 0) page.off('request', fetched);
    reference.push((await timeRender(page, REFERENCE)).ms);
  }
  reportFigure(
    `assignments render (${POOLS} pools, ${SERVICES} LoadBalancer Services, ${rows} tr), median of ${RUNS}`,
    `${Math.round(median(renders))} ms [${renders.map(Math.round).join(', ')}]`,
    'target < 1500 ms',
  );
  reportFigure('plugin files fetched by the first load (entry + chunks)', `${pluginFiles.size}`);
  reportFigure(
    "assignments / reference (the console's Services list)",
    `${(median(renders) / median(reference)).toFixed(2)}x [${reference.map(Math.round).join(', ')} ms]`,
  );
  reportFigure('main thread during one render (ms)', await cpuDuringRender(page));

  const { pods, pools, slowest, at } = await listTimings(page);
  if (pods && pools && slowest) {
    reportFigure(
      'MetalLB pods listed (namespace known) -> pools asked, answered',
      `${at(pods.end)} -> ${at(pools.start)}, ${at(pools.end)} ms`,
    );
    reportFigure(`slowest list: ${slowest.what.slice(0, 50)}`, `answered at ${at(slowest.end)} ms`);
  }

  await timeRender(page, VIEW, { ready: READY });
  const updates: number[] = [];
  for (let i = 1; i <= UPDATES; i++) {
    // Each update Service is removed after it is timed: the pool it draws from has 8 addresses,
    // shared with the pool list's bench.
    const name = `bench-assign-update-${i}`;
    await watchRow(page, name);
    const { at, ip } = await serviceGainsIP(name);
    const shown = await rowMatchedAt(page, new RegExp(`${escaped(ip)}(?!\\d)`), at);
    updates.push(shown - at);
    await request('DELETE', `/api/v1/namespaces/${NAMESPACES[0]}/services/${name}`);
  }
  reportFigure(
    `Service gains an IP -> its assignment row shows it, median of ${UPDATES}`,
    `${Math.round(median(updates))} ms [${updates.map(Math.round).join(', ')}]`,
    'target < 1000 ms',
  );

  // The paged table as 5,000 rows show it (the e2e suite's few rows need no pager), with axe.
  await timeRender(page, VIEW, { ready: READY });
  // the theme: the console's user setting
  await shootBothThemes(page, 'assignments-paged');
});
