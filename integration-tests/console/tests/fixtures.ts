// Shared pieces of the browser specs: console/network watchdog, light+dark screenshots with axe,
// kubectl against the local cluster, and the routes the plugin declares (read from the built manifest).
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../../..');
export const SCREENSHOTS = path.join(ROOT, 'integration-tests/results/screenshots');
export const AXE_REPORTS = path.join(ROOT, 'integration-tests/results/axe');

export type Issue = { kind: string; text: string; url?: string };

/** Console errors, uncaught exceptions, failed requests and HTTP errors seen by a page. */
export const watchPage = (page: Page, allow: (issue: Issue) => boolean = () => false) => {
  const issues: Issue[] = [];
  const add = (issue: Issue) => {
    if (!allow(issue)) issues.push(issue);
  };
  page.on('console', (m) => {
    // Chromium's "Failed to load resource" names the URL only in the message's location.
    if (m.type() === 'error') add({ kind: 'console.error', text: m.text(), url: m.location().url });
  });
  page.on('pageerror', (e) => add({ kind: 'pageerror', text: e.message }));
  page.on('requestfailed', (r) => {
    // Navigating away aborts in-flight fetches and watch sockets: not a failure of the page.
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') {
      add({ kind: 'requestfailed', text: `${r.url()} ${r.failure()?.errorText}` });
    }
  });
  page.on('response', (r) => {
    if (r.status() >= 400) add({ kind: `HTTP ${r.status()}`, text: r.url() });
  });
  return issues;
};

/**
 * What a user limited to namespaces is refused by design on every page: where MetalLB runs is looked
 * up from the MetalLB resources and MetalLB's pods cluster-wide, then from the pods of the default
 * namespace (useMetalLBNamespace); the page falls back to the default and says what it could not
 * check. A spec walking as such a user allows these 403s, and only these, with
 * `test.use({ allowed: FINDER_FORBIDDEN })`.
 */
export const FINDER_FORBIDDEN = [
  String.raw`/apis/metallb\.io/v1beta1/metallbs($|\?)`,
  // MetalLB's and FRR-K8s's pods: labelSelector=app in (metallb,frr-k8s)
  String.raw`/api/v1/pods\?.*labelSelector=app(%3D|\+in\+%28)metallb`,
  String.raw`/api/v1/namespaces/metallb-system/pods\?.*labelSelector=app(%3D|\+in\+%28)metallb`,
];

export const test = base.extend<{ issues: Issue[]; allowed: string[] }>({
  /** Regular expressions of URLs whose HTTP 403 the spec expects. */
  allowed: [[], { option: true }],
  issues: async ({ page, allowed }, provide) => {
    const issues = watchPage(
      page,
      (i) =>
        (i.kind === 'HTTP 403' && allowed.some((re) => new RegExp(re).test(i.text))) ||
        (i.kind === 'console.error' &&
          /status of 403/.test(i.text) &&
          allowed.some((re) => new RegExp(re).test(i.url ?? ''))),
    );
    await provide(issues);
    expect(issues, 'console errors or failed requests').toEqual([]);
  },
});
export { expect };

// ---- kubectl on the local cluster (env from .cluster/cluster.env, exported by test-e2e.sh)

export const kubectl = (args: string[], input?: string): string =>
  execFileSync(process.env.KUBECTL ?? 'kubectl', args, {
    input,
    encoding: 'utf-8',
    env: { ...process.env, KUBECONFIG: process.env.KUBECONFIG },
    stdio: ['pipe', 'pipe', 'pipe'],
  });

export const kubectlApply = (object: unknown) =>
  kubectl(['apply', '-f', '-'], JSON.stringify(object));

/**
 * Applies a pool, waiting while another suite's pool holds overlapping addresses (the cluster is shared
 * with the cluster and chart suites, and MetalLB's webhook refuses overlaps).
 */
export const applyPoolWhenFree = async (pool: unknown, timeoutMs = 120_000) => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return kubectlApply(pool);
    } catch (error) {
      const text = String((error as { stderr?: string }).stderr ?? error);
      if (!text.includes('overlaps') || Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 3000));
    }
  }
};

export const kubectlDelete = (kind: string, name: string, namespace: string) =>
  kubectl(['delete', kind, name, '-n', namespace, '--ignore-not-found', '--wait=true']);

// ---- theme, screenshots, axe

export type Theme = 'light' | 'dark';

/** The masthead's theme button names the theme it switches to. */
export const setTheme = async (page: Page, theme: Theme) => {
  const isDark = async () =>
    /pf-v6-theme-dark/.test((await page.locator('html').getAttribute('class')) ?? '');
  if ((await isDark()) !== (theme === 'dark')) {
    await page
      .getByRole('button', { name: theme === 'dark' ? 'Dark theme' : 'Light theme' })
      .click();
  }
  await expect.poll(isDark).toBe(theme === 'dark');
};

type AxeViolation = {
  id: string;
  impact?: string | null;
  help: string;
  nodes: Array<{ target: unknown }>;
};

/** axe-core on the page as it stands; returns serious and critical violations. */
export const seriousViolations = async (page: Page, name: string): Promise<AxeViolation[]> => {
  const results = await new AxeBuilder({ page }).analyze();
  fs.mkdirSync(AXE_REPORTS, { recursive: true });
  fs.writeFileSync(
    path.join(AXE_REPORTS, `${name}.json`),
    JSON.stringify(
      results.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.length,
      })),
      null,
      2,
    ),
  );
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
};

/** Screenshot and axe in light and in dark, leaving the page in light. */
/** A dialog: the theme switch sits behind it, so one picture in the current (light) theme, and axe. */
export const shootDialog = async (page: Page, name: string) => {
  await page.screenshot({
    path: path.join(SCREENSHOTS, `${name}-light.png`),
    fullPage: true,
    animations: 'disabled',
  });
  expect(await seriousViolations(page, `${name}-light`), `axe on ${name}`).toEqual([]);
};

export const shootBothThemes = async (page: Page, name: string) => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    // Finish PatternFly's colour transitions, so the picture shows the theme, not the fade into it.
    await page.screenshot({
      path: path.join(SCREENSHOTS, `${name}-${theme}.png`),
      fullPage: true,
      animations: 'disabled',
    });
    expect(await seriousViolations(page, `${name}-${theme}`), `axe on ${name} (${theme})`).toEqual(
      [],
    );
  }
  await setTheme(page, 'light');
};

// ---- what the plugin declares

type Manifest = {
  extensions: Array<{ type: string; properties: Record<string, unknown>; flags?: unknown }>;
};

export const manifest = (): Manifest =>
  JSON.parse(fs.readFileSync(path.join(ROOT, 'dist/plugin-manifest.json'), 'utf-8')) as Manifest;

type GVK = { group?: string; version?: string; kind: string };
const ref = (m: GVK) => (m.group ? `${m.group}~${m.version}~${m.kind}` : m.kind);

export interface DeclaredPage {
  name: string;
  /** Resolved when the test runs (details pages look for an object of their kind then). */
  target: () => { url: string; skip?: string };
}

const kubectlType = (m: GVK) => (m.group ? `${m.kind}.${m.version}.${m.group}` : m.kind);

/** `namespace/name` of some existing object of a kind, preferring `namespace`. */
export const sampleObject = (
  m: GVK,
  namespace?: string,
): { namespace: string; name: string } | undefined => {
  for (const scope of namespace ? [['-n', namespace], ['-A']] : [['-A']]) {
    try {
      const out = kubectl([
        'get',
        kubectlType(m),
        ...scope,
        '-o',
        'jsonpath={.items[0].metadata.namespace}/{.items[0].metadata.name}',
      ]).trim();
      const [ns, name] = out.split('/');
      if (name) return { namespace: ns, name };
    } catch {
      // kind not served, or not listable: no sample
    }
  }
  return undefined;
};

/**
 * The pages the plugin's manifest declares, with URLs under the console's conventions. Details pages
 * and horizontal-nav tabs need an object of their kind: the first one the cluster has.
 */
export const declaredPages = (): DeclaredPage[] => {
  const pages: DeclaredPage[] = [];
  const detailsURL = (m: GVK, tab?: string): { url: string; skip?: string } => {
    const sample = sampleObject(m, 'metallb-system');
    if (!sample) return { url: '', skip: `no ${m.kind} on the cluster to show` };
    // The console's URL segment: group~version~Kind for CRDs, the plural for core kinds (services).
    const segment = m.group ? ref(m) : `${m.kind.toLowerCase()}s`;
    const base = `/k8s/ns/${sample.namespace}/${segment}/${sample.name}`;
    return { url: tab ? `${base}/${tab}` : base };
  };
  for (const e of manifest().extensions) {
    const p = e.properties as {
      model?: GVK;
      path?: string | string[];
      page?: { href: string };
    };
    if (e.type === 'console.page/resource/list' && p.model) {
      const model = p.model;
      pages.push({
        name: `list-${model.kind}`,
        target: () => ({ url: `/k8s/ns/metallb-system/${ref(model)}` }),
      });
      pages.push({
        name: `list-${model.kind}-all-namespaces`,
        target: () => ({ url: `/k8s/all-namespaces/${ref(model)}` }),
      });
    }
    if (e.type === 'console.page/resource/details' && p.model) {
      const model = p.model;
      pages.push({ name: `details-${model.kind}`, target: () => detailsURL(model) });
    }
    if (e.type === 'console.tab/horizontalNav' && p.model && p.page) {
      const { model, page } = p;
      pages.push({
        name: `tab-${model.kind}-${page.href}`,
        target: () => detailsURL(model, page.href),
      });
    }
    if (e.type === 'console.page/route' && p.path) {
      for (const route of Array.isArray(p.path) ? p.path : [p.path]) {
        if (route.includes(':')) continue; // parameterised routes are reached through their pages
        pages.push({
          name: `route${route.replace(/[^a-zA-Z0-9]+/g, '-')}`,
          target: () => ({ url: route }),
        });
      }
    }
  }
  return pages;
};

export const declaredNavItems = () =>
  manifest()
    .extensions.filter(
      (e) => e.type.startsWith('console.navigation/') && e.type !== 'console.navigation/section',
    )
    .map((e) => e.properties as { id: string; name?: string; href?: string });
