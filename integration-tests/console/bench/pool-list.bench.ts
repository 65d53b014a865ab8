// The pool list with 500 pools and 5,000 LoadBalancer Services: time to render, against the console's
// own list page of the same 5,000 LoadBalancer Services (absolute times drift on a shared machine; the
// ratio less), and
// the time from a Service gaining an IP in the API to its pool's count changing on the page. The
// list shows a page of pools (50 by default); "rendered" is the first frame showing that page's rows
// as they settle, with utilization counted from Services and the warnings column filled.
import { test, type Page } from '@playwright/test';
import { POOLS, SERVICES, UPDATE_POOL, UPDATE_POOL_SIZE, serviceGainsIP } from './data';
import {
  installSampler,
  median,
  reportFigure,
  rowMatchedAt,
  timeRender,
  watchRow,
} from './measure';

const REF = 'metallb.io~v1beta1~IPAddressPool';
const LIST = `/k8s/ns/metallb-system/${REF}`;
/** The console's own Services list, all namespaces: the same 5,000 LoadBalancer Services. */
const REFERENCE = '/k8s/all-namespaces/services';
const RUNS = 3;
const UPDATES = 5;
/** A row whose utilization is counted from Services and whose warnings are known. */
const READY = 'tbody tr:has([data-source="services"]):has([data-test="pool-warnings"])';

/** The total the list's pagination reports on its per-page toggle ("1 - 50 of 500"). */
const poolsInList = async (page: Page) => {
  const toggle = page
    .getByTestId('pool-pagination-top')
    .getByRole('button', { name: 'Pools per page' });
  const text = (await toggle.textContent()) ?? '';
  return Number(/of\s*([\d,]+)\s*$/.exec(text.trim())?.[1]?.replace(/,/g, '') ?? NaN);
};

test('pool list: render and live update', async ({ page }) => {
  await installSampler(page);
  const ours: number[] = [];
  const reference: number[] = [];
  let rows = { ours: 0, reference: 0 };
  let total = 0;
  // interleaved, so that drift on the machine hits both alike
  for (let run = 0; run < RUNS; run++) {
    const a = await timeRender(page, LIST, { ready: READY });
    total = await poolsInList(page);
    const b = await timeRender(page, REFERENCE);
    ours.push(a.ms);
    reference.push(b.ms);
    rows = { ours: a.rows, reference: b.rows };
  }
  const label = `${POOLS} pools, ${SERVICES} LoadBalancer Services`;
  reportFigure(
    `pool list render (${label}; ${rows.ours} rows shown of ${total}), median of ${RUNS}`,
    `${Math.round(median(ours))} ms [${ours.map(Math.round).join(', ')}]`,
    'target < 1500 ms',
  );
  reportFigure(
    `reference: the console's Services list (${rows.reference} rows)`,
    `${Math.round(median(reference))} ms [${reference.map(Math.round).join(', ')}]`,
  );
  reportFigure('pool list / reference', `${(median(ours) / median(reference)).toFixed(2)}x`);

  await timeRender(page, LIST, { ready: READY });
  await watchRow(page, UPDATE_POOL);
  const updates: number[] = [];
  for (let i = 1; i <= UPDATES; i++) {
    const { at } = await serviceGainsIP(`bench-update-${i}`);
    const shown = await rowMatchedAt(
      page,
      new RegExp(`IPv4${i} of ${UPDATE_POOL_SIZE}(?!\\d)`),
      at,
    );
    updates.push(shown - at);
  }
  reportFigure(
    `Service gains an IP -> its pool's count changes, median of ${UPDATES}`,
    `${Math.round(median(updates))} ms [${updates.map(Math.round).join(', ')}]`,
    'target < 1000 ms',
  );
});
