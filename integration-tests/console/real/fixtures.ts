// Shared pieces of the browser specs, which run in the real OpenShift console
// (integration-tests/openshift-console: bridge + the console's frontend built from its pinned source), one
// bridge per lab user: the cluster admin's console is the base URL, the VM owner's is VM_OWNER_CONSOLE_URL.
//   - the watchdog: fails a test on any console error, uncaught exception, failed request or HTTP error,
//     except the console's own requests for what this cluster does not run (CONSOLE_OWN, each with why);
//   - theme and language through the console's own user settings (its keys console.theme and
//     console.preferredLanguage in the user's settings ConfigMap, which the console watches), never a
//     button of ours;
//   - light+dark screenshots with axe, kubectl, the pages the plugin declares.
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../../..');
// Console 4.22 (the default) into screenshots/ and axe/; another console (CONSOLE_VERSION=4.20) beside them
// under the same file names, so the pages of both consoles can be compared side by side.
const VERSION_SUFFIX =
  process.env.CONSOLE_VERSION && process.env.CONSOLE_VERSION !== '4.22'
    ? `-${process.env.CONSOLE_VERSION}`
    : '';
export const SCREENSHOTS = path.join(
  ROOT,
  `integration-tests/results/screenshots${VERSION_SUFFIX}`,
);
export const AXE_REPORTS = path.join(ROOT, `integration-tests/results/axe${VERSION_SUFFIX}`);

// ---- the two users' consoles (integration-tests/openshift-console/run.sh prints and exports them)

export type LabUser = 'admin' | 'vm-owner';
const consoleBase = (user: LabUser): string => {
  const url = user === 'admin' ? process.env.ADMIN_CONSOLE_URL : process.env.VM_OWNER_CONSOLE_URL;
  if (!url) {
    throw new Error(
      `${user === 'admin' ? 'ADMIN' : 'VM_OWNER'}_CONSOLE_URL is not set: run the suite with npm run test:console (it starts the console)`,
    );
  }
  return url.replace(/\/$/, '');
};
/** Absolute URL of `path` in that user's console. */
export const consoleURL = (user: LabUser, p = '/') => `${consoleBase(user)}${p}`;
/** Whose console a page shows. */
export const userOf = (page: Page): LabUser =>
  process.env.VM_OWNER_CONSOLE_URL && page.url().startsWith(consoleBase('vm-owner'))
    ? 'vm-owner'
    : 'admin';

// ---- the watchdog

export type Issue = { kind: string; text: string; url?: string };

/**
 * What the console itself fails to get on this cluster, and why; the watchdog lets these pass and nothing
 * else. Found by opening every page in both users' consoles. None of these URLs is one the plugin asks for: its requests go to
 * /api/kubernetes for MetalLB, core, KubeVirt and authorization objects, and to
 * /api/plugins/metallb-console-plugin/. `user` limits an entry to one user's console.
 */
export const CONSOLE_OWN: Array<{ url?: RegExp; text?: RegExp; user?: LabUser; why: string }> = [
  {
    url: /\/api\/kubernetes\/apis\/user\.openshift\.io\/v1\/users\/~$/,
    why: "the masthead asks OpenShift's user API who the user is; that API is served by openshift-apiserver (an aggregated API, not a CRD), which this cluster does not run: 404 (403 for the VM owner)",
  },
  {
    url: /\/api\/olm\/check-package-manifests\/?(\?|$)/,
    why: "bridge's OLM endpoint asks for package manifests of Operator Lifecycle Manager, which is not installed: 500",
  },
  {
    url: /\/api\/kubernetes\/apis\/config\.openshift\.io\/v1\/infrastructures\/cluster$/,
    why: "OpenShift's cluster infrastructure config (config.openshift.io), written by the installer on OpenShift; this cluster was not installed by it",
  },
  {
    url: /\/api\/kubernetes\/apis\/metal3\.io\/v1alpha1\/provisionings\/provisioning-configuration$/,
    why: "the console's bare-metal pages look for the Metal3 provisioning of an OpenShift bare-metal install",
  },
  {
    url: /\/api\/kubernetes\/apis\/image\.openshift\.io\/v1\/namespaces\/openshift\/imagestreams\/java$/,
    why: "the developer views look for OpenShift's Java sample ImageStream (image.openshift.io, served by openshift-apiserver)",
  },
  {
    text: /admission webhook "[a-z0-9.-]+" denied the request: failed to delete /,
    why: "the console's delete dialog (the SDK's useDeleteModal, public/components/modals/delete-modal.tsx) shows a refused delete in the dialog, then leaves the rejected promise unhandled (.then without .catch after usePromiseHandler rethrows): an uncaught rejection on every refused delete. The specs check the dialog's text",
  },
  {
    url: /\/api\/kubernetes\/apis\/ols\.openshift\.io\/v1alpha1\/olsconfigs\/cluster$/,
    why: "the console's YAML editor looks for OpenShift Lightspeed's configuration (OLSConfig cluster) to offer its assistant there; Lightspeed is not installed: 404",
  },
  {
    url: /\/api\/console\/crd-columns\/services\.undefined$/,
    why: 'the console\'s generic list of core Services asks bridge for the printer columns of a CRD named "services.undefined" (a core kind has no group): 404',
  },
  {
    url: /\/locales\/resource\.json\?lng=[a-z]+&ns=(notification-drawer|lso-plugin)$/,
    why: "console 4.20 loads translations for its own notification drawer and for the Local Storage Operator's plugin from bridge's /locales, which has neither (4.22 does not ask): 404",
  },
  {
    url: /\/api\/check-package-manifest\/\?name=lightspeed-operator&namespace=openshift-marketplace$/,
    why: 'console 4.20 asks bridge whether OLM offers OpenShift Lightspeed (4.22 asks /api/olm/check-package-manifests); OLM is not installed: 500',
  },
  {
    url: /\/api\/kubernetes\/apis\/operators\.coreos\.com\/v1alpha1\/namespaces\/([a-z0-9-]+|#ALL_NS#)?\/?(clusterserviceversions\?)?$/,
    why: "console 4.20's YAML editor, delete dialog and 'managed by' link (public/components/edit-yaml.tsx, modals/delete-modal.tsx, utils/managed-by.tsx) look for the operator that manages an object among OLM's ClusterServiceVersions; OLM is not installed: 404",
  },
  {
    url: /\/api\/kubernetes\/api\/v1\/namespaces(\?limit=\d+|\/[a-z0-9-]+)?$/,
    user: 'vm-owner',
    why: "the console's namespace menu lists namespaces and its namespace bar reads the active one; on OpenShift it asks for projects, which a project admin may list, but project.openshift.io is not served here, and the VM owner may not list namespaces (the plugin lists them only in its resource forms, whose VM-owner spec expects 403s)",
  },
];

/** A URL without its scheme and host: what CONSOLE_OWN's patterns match. */
const pathOf = (url: string) => url.replace(/^https?:\/\/[^/]+/, '');

/** Whether a URL (absolute or a path) is one the console itself fails to get on this cluster. */
export const consoleOwnURL = (url: string, user: LabUser = 'admin') =>
  CONSOLE_OWN.some((c) => c.url && (!c.user || c.user === user) && c.url.test(pathOf(url)));

const consoleOwn = (issue: Issue, user: LabUser) =>
  CONSOLE_OWN.some(
    (c) =>
      (!c.user || c.user === user) &&
      (c.url ? !!issue.url && c.url.test(pathOf(issue.url)) : true) &&
      (c.text ? c.text.test(issue.text) : true),
  );

/** Console errors, uncaught exceptions, failed requests and HTTP errors seen by a page. */
export const watchPage = (page: Page, allow: (issue: Issue) => boolean = () => false) => {
  const issues: Issue[] = [];
  const add = (issue: Issue) => {
    if (!consoleOwn(issue, userOf(page)) && !allow(issue)) issues.push(issue);
  };
  page.on('console', (m) => {
    // Chromium's "Failed to load resource" names the URL only in the message's location.
    if (m.type() === 'error') add({ kind: 'console.error', text: m.text(), url: m.location().url });
  });
  page.on('pageerror', (e) => add({ kind: 'pageerror', text: e.message }));
  page.on('requestfailed', (r) => {
    // Navigating away aborts in-flight fetches and watch sockets: not a failure of the page.
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') {
      add({ kind: 'requestfailed', text: `${r.url()} ${r.failure()?.errorText}`, url: r.url() });
    }
  });
  page.on('response', (r) => {
    if (r.status() >= 400) add({ kind: `HTTP ${r.status()}`, text: r.url(), url: r.url() });
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
  // MetalLB's and FRR-K8s's pods: labelSelector=app in (metallb,frr-k8s), however the console encodes it
  String.raw`/api/v1/pods\?.*labelSelector=app(%3D|(\+|%20)in(\+|%20)(%28|\())metallb`,
  String.raw`/api/v1/namespaces/metallb-system/pods\?.*labelSelector=app(%3D|(\+|%20)in(\+|%20)(%28|\())metallb`,
];

/**
 * What the lab's VM owner (admin of vmexamples only) may not read, by design of the lab's RBAC: the
 * MetalLB namespace finder's probes above, MetalLB's own objects in metallb-system (pools,
 * advertisements, BGP objects, the status objects), FRR-K8s's BGP session states (one cluster-wide
 * watch per page), nodes, and cluster-wide lists of Services, their events and EndpointSlices (the
 * pool list, the overview and the assignments view ask for them). The plugin's pages read them where
 * they can and say what they could not check; a spec walking as the VM owner allows these
 * 403s, and only these, with `test.use({ allowed: VM_OWNER_FORBIDDEN })`.
 */
export const VM_OWNER_FORBIDDEN = [
  ...FINDER_FORBIDDEN,
  String.raw`/apis/metallb\.io/v1beta[12]/namespaces/metallb-system/[a-z0-9]+($|\?)`,
  String.raw`/api/v1/nodes($|\?)`,
  String.raw`/apis/frrk8s\.metallb\.io/v1beta1/bgpsessionstates($|\?)`,
  // cluster-wide lists (no namespace in the path)
  String.raw`/api/v1/(services|events)\?`,
  String.raw`/apis/discovery\.k8s\.io/v1/endpointslices\?`,
];

export const test = base.extend<{ issues: Issue[]; allowed: string[]; settings: void }>({
  /** Regular expressions of URLs whose HTTP 403 the spec expects. */
  allowed: [[], { option: true }],
  /** Every test starts in light and English, whatever the one before it left. */
  settings: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, provide) => {
      resetUserSettings();
      await provide();
    },
    { auto: true },
  ],
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

// ---- kubectl on the local cluster (env from .cluster/cluster.env, exported by test-real.sh)

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

// ---- the console's user settings: theme and language

const SETTINGS_NS = 'openshift-console-user-settings';
/**
 * The settings ConfigMap the console under test reads for a user: console 4.22 names it after the
 * SHA-256 of the user name; 4.20 after the user's UID when there is one (the lab's token file gives
 * each user the UID of its name, integration-tests/cluster), else that hash.
 */
export const settingsConfigMap = (user: LabUser) =>
  process.env.CONSOLE_VERSION === '4.20'
    ? `user-settings-${user}`
    : `user-settings-${createHash('sha256').update(user).digest('hex')}`;

/**
 * Writes the console's user settings as its user-preferences page would (a merge patch of the user's
 * settings ConfigMap, which every open console page watches); null removes a key. The ConfigMap is made by
 * the console on the user's first visit (global-setup.ts visits both consoles first).
 */
export const setUserSettings = (user: LabUser, data: Record<string, string | null>) =>
  kubectl([
    'patch',
    'configmap',
    settingsConfigMap(user),
    '-n',
    SETTINGS_NS,
    '--type',
    'merge',
    '-p',
    JSON.stringify({ data }),
  ]);

/**
 * The console's welcome tour (console.guidedTour) counts as taken: console 4.20 opens it over whatever
 * page a new user lands on, a modal that hides the page under test. It is the console's, not the plugin's.
 */
const TOUR_TAKEN = JSON.stringify({ admin: { completed: true }, dev: { completed: true } });

export const resetUserSettings = () => {
  for (const user of ['admin', 'vm-owner'] as const) {
    setUserSettings(user, {
      'console.theme': 'light',
      'console.preferredLanguage': 'en',
      'console.guidedTour': TOUR_TAKEN,
    });
  }
};

export type Theme = 'light' | 'dark';

const isDark = async (page: Page) =>
  /pf-v6-theme-dark/.test((await page.locator('html').getAttribute('class')) ?? '');

/** The console's theme preference (console.theme) for the page's user; waits until the page shows it. */
export const setTheme = async (page: Page, theme: Theme) => {
  if ((await isDark(page)) !== (theme === 'dark')) {
    setUserSettings(userOf(page), { 'console.theme': theme });
  }
  await expect.poll(() => isDark(page)).toBe(theme === 'dark');
};

/** The console's language preference (console.preferredLanguage); the page changes language live. */
export const setLanguage = async (page: Page, language: 'en' | 'ko') => {
  setUserSettings(userOf(page), { 'console.preferredLanguage': language });
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('bridge/last-language')))
    .toBe(language);
  // the plugin's Korean catalogue arrives with the language change (/locales/resource.json)
  await page.waitForLoadState('networkidle').catch(() => undefined);
};

// ---- the console's navigation

/** A link of the console's side navigation, its section (e.g. Networking) expanded first if collapsed. */
export const navLink = async (page: Page, section: string, label: string) => {
  const nav = page.locator('[data-test="nav"]');
  const link = nav.getByRole('link', { name: label, exact: true });
  await expect(nav.first()).toBeVisible();
  if (!(await link.isVisible())) await nav.getByRole('button', { name: section }).click();
  return link;
};

// ---- screenshots, axe

type AxeViolation = {
  id: string;
  impact?: string | null;
  help: string;
  nodes: Array<{ target: unknown }>;
};

/**
 * What axe finds in the console's own parts, not the plugin's, and why; seriousViolations drops these
 * nodes and nothing else (as CONSOLE_OWN does for requests).
 */
export const CONSOLE_OWN_AXE: Array<{ id: string; target: RegExp; console?: string; why: string }> =
  [
    {
      id: 'color-contrast',
      target: /\.mtk\d+$/, // Monaco's token classes
      why: "the console's YAML editor (Monaco, which a plugin gets as the SDK's YAMLEditor) colours YAML with PatternFly's code-editor theme: in light, keys #b98412 and values #63993d on white, about 3.3:1 and 3.4:1 (below 4.5:1). The same on the console's own YAML pages",
    },
    {
      id: 'color-contrast',
      target: /\.co-m-resource-[a-z0-9-]+(\.co-m-resource-icon)?(\[title="[A-Za-z]+"\])?$/,
      console: '4.20',
      why: "console 4.20 gives a model the metadata of plugins' console.model-metadata only from extensions in use when API discovery defines the models (getExtensionsInUse in public/module/k8s/get-resources.ts); discovery comes before the plugin is in use, so the badge colour the plugin declares for metallb.io (--pf-t--color--blue--60) is not applied and every MetalLB badge stays white on #2b9af3 (about 2.9:1). Console 4.22 reads every extension (getExtensions) and the badge passes",
    },
  ];

/** axe-core on the page as it stands; returns serious and critical violations. */
export const seriousViolations = async (page: Page, name: string): Promise<AxeViolation[]> => {
  const results = await new AxeBuilder({ page }).analyze();
  const own = (id: string, target: unknown) =>
    CONSOLE_OWN_AXE.some(
      (c) =>
        c.id === id &&
        (!c.console || c.console === (process.env.CONSOLE_VERSION ?? '4.22')) &&
        c.target.test(String(target)),
    );
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
      nodes: v.nodes.filter((n) => !own(v.id, n.target)).map((n) => ({ target: n.target })),
    }))
    .filter((v) => v.nodes.length > 0);
};

const shoot = (page: Page, file: string) =>
  page.screenshot({
    path: path.join(SCREENSHOTS, file),
    fullPage: true,
    animations: 'disabled',
  });

/** A dialog: one picture in the current (light) theme, and axe. */
export const shootDialog = async (page: Page, name: string) => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await shoot(page, `${name}-light.png`);
  expect(await seriousViolations(page, `${name}-light`), `axe on ${name}`).toEqual([]);
};

/** Screenshot and axe in light and in dark, leaving the page in light. */
export const shootBothThemes = async (page: Page, name: string) => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    await shoot(page, `${name}-${theme}.png`);
    expect(await seriousViolations(page, `${name}-${theme}`), `axe on ${name} (${theme})`).toEqual(
      [],
    );
  }
  await setTheme(page, 'light');
};

/** A Korean screenshot (light) once `visible` shows in Korean; the page is left in English. */
export const shootKorean = async (page: Page, name: string, visible?: () => Promise<void>) => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await setLanguage(page, 'ko');
  if (visible) await visible();
  await shoot(page, `${name}-ko.png`);
  await setLanguage(page, 'en');
};

// ---- the YAML editor (the console's Monaco editor; the console keeps window.monaco for tests)

/** The text of the page's YAML editors; '' until the console has loaded Monaco (it sets window.monaco then). */
export const yamlText = (page: Page) =>
  page.evaluate(() => {
    const monaco = (
      window as unknown as {
        monaco?: { editor: { getModels(): Array<{ getValue(): string }> } };
      }
    ).monaco;
    if (!monaco) return '';
    return monaco.editor
      .getModels()
      .map((m) => m.getValue())
      .join('\n');
  });

/** Replaces the text of the page's (only) YAML editor, as typing would: the editor reports the change. */
export const setYAMLText = (page: Page, text: string) =>
  page.evaluate((t) => {
    const monaco = (
      window as unknown as {
        monaco: {
          editor: {
            getEditors(): Array<{
              getModel(): { getFullModelRange(): unknown } | null;
              executeEdits(source: string, edits: Array<{ range: unknown; text: string }>): void;
            }>;
          };
        };
      }
    ).monaco;
    const editor = monaco.editor.getEditors()[0];
    const model = editor.getModel();
    if (!model) throw new Error('no YAML editor on the page');
    editor.executeEdits('e2e', [{ range: model.getFullModelRange(), text: t }]);
  }, text);

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
