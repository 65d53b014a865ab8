// Timing a page the way a user waits for it, from inside the page: an init script samples the DOM
// once per animation frame after any change (performance.now() counts from the navigation's start),
// so "rendered" is the first frame in which the page shows what it finally shows. Used by every
// *.bench.ts; add a page by calling timeRender() with its URL and what "rendered" means there.
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from '@playwright/test';

export interface Sample {
  t: number;
  now: number;
  rows: number;
  ready: boolean;
  watched: string;
}

declare global {
  interface Window {
    __bench?: { samples: Sample[]; ready: string; watch: string };
  }
}

/** Installs the sampler; call once per page, before the first navigation. */
export const installSampler = async (page: Page) => {
  await page.addInitScript(() => {
    const state = { samples: [] as Sample[], ready: '', watch: '' };
    window.__bench = state;
    let scheduled = false;
    const sample = () => {
      scheduled = false;
      const rows = document.querySelectorAll('tbody tr').length;
      const ready = state.ready === '' || document.querySelector(state.ready) !== null;
      let watched = '';
      if (state.watch) {
        const row = [...document.querySelectorAll('tbody tr')].find((r) =>
          (r.textContent ?? '').includes(state.watch),
        );
        watched = row?.textContent ?? '';
      }
      const last = state.samples[state.samples.length - 1];
      if (!last || last.rows !== rows || last.ready !== ready || last.watched !== watched) {
        state.samples.push({ t: performance.now(), now: Date.now(), rows, ready, watched });
      }
    };
    new MutationObserver(() => {
      if (!scheduled) {
        scheduled = true;
        requestAnimationFrame(sample);
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
};

const settle = async (page: Page, quietMs: number, timeoutMs: number): Promise<Sample[]> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const samples = await page.evaluate(() => window.__bench?.samples ?? []);
    const last = samples[samples.length - 1];
    if (last && last.rows > 0 && last.ready && Date.now() - last.now > quietMs) return samples;
    if (Date.now() > deadline) throw new Error(`page did not settle: ${JSON.stringify(last)}`);
    await page.waitForTimeout(250);
  }
};

/**
 * Milliseconds from the start of navigation to `url` to the first frame showing the table rows the
 * page settles on, with `ready` (a CSS selector) present when given: e.g. a utilization bar counted
 * from Services, not the pool-status stand-in.
 */
export const timeRender = async (
  page: Page,
  url: string,
  { ready = '', timeoutMs = 120_000 }: { ready?: string; timeoutMs?: number } = {},
): Promise<{ ms: number; rows: number }> => {
  await page.addInitScript((r) => {
    // read by the sampler on the next page (addInitScript runs in order)
    if (window.__bench) window.__bench.ready = r;
  }, ready);
  await page.goto(url, { waitUntil: 'commit' });
  const samples = await settle(page, 2000, timeoutMs);
  const final = samples[samples.length - 1];
  const first = samples.find((s) => s.rows === final.rows && s.ready)!;
  return { ms: first.t, rows: final.rows };
};

/** Starts recording the text of the table row containing `text`, on the page already shown. */
export const watchRow = (page: Page, text: string) =>
  page.evaluate((t) => {
    if (window.__bench) window.__bench.watch = t;
  }, text);

/** Wall-clock time (ms) at which the watched row's text first matched `pattern` after `since`. */
export const rowMatchedAt = async (
  page: Page,
  pattern: RegExp,
  since: number,
  timeoutMs = 30_000,
): Promise<number> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const samples = await page.evaluate(() => window.__bench?.samples ?? []);
    const hit = samples.find((s) => s.now >= since - 50 && pattern.test(s.watched));
    if (hit) return hit.now;
    if (Date.now() > deadline) throw new Error(`row never matched ${pattern}`);
    await page.waitForTimeout(100);
  }
};

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const RESULTS = path.resolve(__dirname, '../../results/bench-ui.json');

/** Prints a figure with its target and keeps it in integration-tests/results/bench-ui.json. */
export const reportFigure = (name: string, value: string, target = '') => {
  console.log(`[bench:ui] ${name.padEnd(58)} ${value.padEnd(28)} ${target}`);
  const all = fs.existsSync(RESULTS) ? JSON.parse(fs.readFileSync(RESULTS, 'utf-8')) : {};
  all[name] = { value, target, at: new Date().toISOString() };
  fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
  fs.writeFileSync(RESULTS, JSON.stringify(all, null, 2));
};
