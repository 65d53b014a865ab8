// `npm run screenshots`: every page of the plugin in the real OpenShift console on the local cluster, in
// light, dark and Korean, into integration-tests/results/screenshots/pages/ (not committed), with axe on
// the light and dark ones; and the README's four pictures (light, cropped to the page's content, 1280
// wide) into docs/images/. The lab's objects are made first and removed after (back to the lab's
// starting point): three pools, an L2 advertisement, one object of each BGP kind (matching no node, so
// nothing peers), LoadBalancer Services of the lab's VMs and of a namespace "shop", and the Service the
// wizard creates. Every address lies in the lab subnet.
import type { Locator, Page } from '@playwright/test';
import * as fs from 'fs';
import * as path from 'path';
import {
  expect,
  kubectl,
  kubectlDelete,
  SCREENSHOTS,
  seriousViolations,
  setLanguage,
  setTheme,
  test,
} from '../real/fixtures';

/** SCREENSHOTS_README_ONLY=1 npm run screenshots -- -g 'pools|assignments|expose': the README's four only. */
const README_ONLY = process.env.SCREENSHOTS_README_ONLY === '1';
const IMAGES = path.resolve(__dirname, '../../../docs/images');
const PAGES = path.join(SCREENSHOTS, 'pages');
const MLB = 'metallb-system';
const NS = 'vmexamples';
const SHOP = 'shop';
const BASE = `/k8s/ns/${MLB}`;
const NO_NODE = [{ matchLabels: { 'screenshots.metallb-console-plugin/no-such-node': 'true' } }];

const meta = (name: string) => ({ name, namespace: MLB });
const pool = (name: string, addresses: string[], autoAssign = true) => ({
  apiVersion: 'metallb.io/v1beta1',
  kind: 'IPAddressPool',
  metadata: meta(name),
  spec: { addresses, autoAssign },
});
// "reserved" is in no advertisement on purpose: the list shows its "not announced" warning.
const LAB = [
  pool('web', ['192.168.123.200-192.168.123.215']),
  pool('database', ['192.168.123.216/29']),
  pool('reserved', ['192.168.123.240-192.168.123.250'], false),
  {
    apiVersion: 'metallb.io/v1beta1',
    kind: 'L2Advertisement',
    metadata: meta('lab'),
    spec: { ipAddressPools: ['web', 'database'] },
  },
];
// Made only while their pages are shot: a native-mode speaker judges its whole configuration invalid
// while a BFD profile exists ("bfd profiles section set"), and announces nothing new meanwhile.
const BGP_KINDS = [
  {
    apiVersion: 'metallb.io/v1beta1',
    kind: 'BFDProfile',
    metadata: meta('fast-failover'),
    spec: { receiveInterval: 200, transmitInterval: 200, detectMultiplier: 4 },
  },
  {
    apiVersion: 'metallb.io/v1beta1',
    kind: 'Community',
    metadata: meta('lab-communities'),
    spec: { communities: [{ name: 'no-advertise', value: '65535:65282' }] },
  },
  {
    apiVersion: 'metallb.io/v1beta2',
    kind: 'BGPPeer',
    metadata: meta('router'),
    spec: {
      myASN: 64500,
      peerASN: 64501,
      peerAddress: '192.168.123.254',
      bfdProfile: 'fast-failover',
      nodeSelectors: NO_NODE,
    },
  },
  {
    apiVersion: 'metallb.io/v1beta1',
    kind: 'BGPAdvertisement',
    metadata: meta('to-router'),
    spec: {
      ipAddressPools: ['reserved'],
      peers: ['router'],
      communities: ['no-advertise'],
      nodeSelectors: NO_NODE,
    },
  },
];
/** In reverse: advertisements and peers go before the BFD profile and pools they name. */
const remove = (objects: Array<{ kind: string; metadata: { name: string } }>) => {
  for (const o of [...objects].reverse())
    kubectlDelete(`${o.kind}.metallb.io`, o.metadata.name, MLB);
};

/** The label that selects a VM's launcher pod: vmi.kubevirt.io/id, else vm.kubevirt.io/name. */
const selectorOf = (vm: string): Record<string, string> => {
  const pods = JSON.parse(
    kubectl(['get', 'pods', '-n', NS, '-l', 'kubevirt.io=virt-launcher', '-o', 'json']),
  ) as { items: Array<{ metadata: { labels: Record<string, string> } }> };
  for (const key of ['vmi.kubevirt.io/id', 'vm.kubevirt.io/name']) {
    if (pods.items.some((p) => p.metadata.labels[key] === vm)) return { [key]: vm };
  }
  throw new Error(`no virt-launcher pod for the VM ${vm} in ${NS}`);
};

// Two Services per Windows VM share one IP (same sharing key, other ports); the shop's Services select
// no pod, so they hold addresses that no node announces (the map colours them by namespace).
type LBService = {
  name: string;
  ns: string;
  port: number;
  pool: string;
  vm?: string;
  key?: string;
};
const SERVICES: LBService[] = [
  { name: 'database-lb', ns: NS, vm: 'database', port: 3306, pool: 'database' },
  { name: 'winweb01-http', ns: NS, vm: 'winweb01', port: 80, pool: 'web', key: 'winweb01' },
  { name: 'winweb01-rdp', ns: NS, vm: 'winweb01', port: 3389, pool: 'web', key: 'winweb01' },
  { name: 'winweb02-http', ns: NS, vm: 'winweb02', port: 80, pool: 'web', key: 'winweb02' },
  { name: 'winweb02-rdp', ns: NS, vm: 'winweb02', port: 3389, pool: 'web', key: 'winweb02' },
  { name: 'storefront', ns: SHOP, port: 80, pool: 'web' },
  { name: 'checkout', ns: SHOP, port: 443, pool: 'web' },
  { name: 'search', ns: SHOP, port: 9200, pool: 'web' },
];
/** What the wizard creates (the lab's section 4). */
const WIZARD_SERVICE = 'database-mysql';

const service = (s: LBService) => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: {
    name: s.name,
    namespace: s.ns,
    annotations: {
      'metallb.io/address-pool': s.pool,
      ...(s.key ? { 'metallb.io/allow-shared-ip': s.key } : {}),
    },
  },
  spec: {
    type: 'LoadBalancer',
    selector: s.vm ? selectorOf(s.vm) : { app: s.name },
    ports: [{ port: s.port, targetPort: s.port, protocol: 'TCP' }],
  },
});

/** Server-side apply: no last-applied annotation to show on the details pages. */
const create = (object: unknown) =>
  kubectl(
    ['apply', '--server-side', '--field-manager=screenshots', '-f', '-'],
    JSON.stringify(object),
  );

const cleanUp = () => {
  kubectlDelete('service', WIZARD_SERVICE, NS);
  for (const s of SERVICES) kubectlDelete('service', s.name, s.ns);
  kubectl(['delete', 'namespace', SHOP, '--ignore-not-found', '--wait=true']);
  remove(BGP_KINDS);
  remove(LAB);
};

// In order, one worker; a failed page does not stop the others (the lab is made again after a failure).

test.beforeAll(() => {
  cleanUp();
  for (const o of LAB) create(o);
  create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: SHOP } });
  for (const s of SERVICES) create(service(s));
});
test.afterAll(cleanUp);

// The console scrolls its content inside #content-scrollable, not the window: a full-page screenshot
// would stop at the viewport. Each picture is taken with the viewport as tall as the content.
const WIDTH = 1440;
const content = (page: Page) => page.locator('#content-scrollable');

const fitViewport = async (page: Page) => {
  const height = await content(page).evaluate((el) => {
    const top = el.getBoundingClientRect().top;
    // + the margin below the content card, which is outside the scrolling element
    return Math.ceil(top + el.scrollHeight + 48);
  });
  await page.setViewportSize({ width: WIDTH, height: Math.min(Math.max(height, 720), 6000) });
};

/** Nothing loading any more: no spinner, no skeleton. */
const settled = async (page: Page) => {
  // (a utilization bar is a progressbar too: spinners and skeletons only)
  await expect(page.locator('.pf-v6-c-spinner, .pf-v6-c-skeleton, .loading-box')).toHaveCount(0, {
    timeout: 30_000,
  });
  await expect(page.getByText('404: Page Not Found')).toHaveCount(0);
  await expect(page.getByText('Oh no! Something went wrong.')).toHaveCount(0);
};

const snap = async (page: Page, file: string) => {
  await settled(page);
  await fitViewport(page);
  await page.screenshot({ path: path.join(PAGES, file), animations: 'disabled' });
  await page.setViewportSize({ width: WIDTH, height: 720 });
};

/**
 * One page in light and dark (axe on each: a serious violation is reported, and the other pictures are
 * still taken) and in Korean (light), once `korean` shows; the page is left light and in English.
 */
const shootAll = async (page: Page, name: string, korean: () => Promise<void>) => {
  if (README_ONLY) return;
  fs.mkdirSync(PAGES, { recursive: true });
  for (const theme of ['light', 'dark'] as const) {
    await setTheme(page, theme);
    await snap(page, `${name}-${theme}.png`);
    expect
      .soft(await seriousViolations(page, `pages-${name}-${theme}`), `axe on ${name} (${theme})`)
      .toEqual([]);
  }
  await setTheme(page, 'light');
  await setLanguage(page, 'ko');
  await korean();
  await snap(page, `${name}-ko.png`);
  await setLanguage(page, 'en');
};

/** A heading of the page in Korean: the usual proof that the page (not only the console) switched. */
const koHeading = (page: Page, name: string | RegExp) => () =>
  expect(page.getByRole('heading', { name }).first()).toBeVisible();

/**
 * A README picture: light, English, the console's content area (no masthead or navigation) from its
 * top to the bottom of `until`, 1280 wide.
 */
const shootReadme = async (
  page: Page,
  name: string,
  until: Locator,
  prepare: () => Promise<unknown> = async () => undefined,
) => {
  fs.mkdirSync(IMAGES, { recursive: true });
  await settled(page);
  // the navigation and margins take the rest: widen the window so that the content is 1280 wide
  const around = WIDTH - (await content(page).boundingBox())!.width;
  await page.setViewportSize({ width: 1280 + Math.round(around), height: 1400 });
  await until.scrollIntoViewIfNeeded();
  await prepare();
  const box = (await content(page).boundingBox())!;
  const end = (await until.boundingBox())!;
  await page.screenshot({
    path: path.join(IMAGES, `${name}.png`),
    animations: 'disabled',
    clip: {
      x: box.x,
      y: box.y,
      width: box.width,
      height: Math.min(end.y + end.height + 24, box.y + box.height) - box.y,
    },
  });
  await page.setViewportSize({ width: WIDTH, height: 720 });
};

test.use({ viewport: { width: WIDTH, height: 720 } });
test.setTimeout(300_000);

test('overview', async ({ page, issues }) => {
  await page.goto('/metallb/overview');
  await expect(page.getByTestId('install-status')).toContainText('Running');
  await shootAll(page, '01-overview', koHeading(page, 'MetalLB 개요'));
  expect(issues).toEqual([]);
});

test('pools: list, details with the address map, form', async ({ page, issues }) => {
  await page.goto(`${BASE}/metallb.io~v1beta1~IPAddressPool`);
  await expect(page.getByTestId('pool-row-web')).toContainText('5 of 16');
  await expect(page.getByTestId('pool-row-database')).toContainText('1 of 8');
  await expect(page.getByTestId('pool-row-reserved')).toContainText('Not announced');
  // down to the last row by name
  await shootReadme(page, 'pool-list', page.getByTestId('pool-row-web'));
  await shootAll(page, '02-pools-list', koHeading(page, 'IP 주소 풀'));

  await page.goto(`${BASE}/metallb.io~v1beta1~IPAddressPool/web`);
  const map = page.getByTestId('address-map');
  await expect(map).toContainText('5 of 16 used');
  await shootAll(page, '03-pool-details', koHeading(page, '주소 지도'));
  // the seat's tooltip says who holds it
  await shootReadme(page, 'address-map', map, () =>
    page.getByTestId('seat-192.168.123.200').hover(),
  );

  await page.goto(`${BASE}/metallb.io~v1beta1~IPAddressPool/~new`);
  await expect(page.getByRole('button', { name: 'Create' })).toBeVisible();
  await shootAll(page, '04-pool-form', koHeading(page, /IP 주소 풀/));
  expect(issues).toEqual([]);
});

test('assignments with owner and next owner, and the Service tab', async ({ page, issues }) => {
  await page.goto('/metallb/assignments');
  const table = page.getByTestId('assignments-table');
  for (const s of SERVICES.filter((x) => x.vm)) {
    const row = table.locator('tr', { hasText: s.name });
    await expect(row.getByTestId('owner-node')).toHaveText(/worker-\d/, { timeout: 60_000 });
    await expect(row.getByTestId('next-node')).toHaveText(/worker-\d/);
  }
  await shootReadme(page, 'assignments', table);
  await shootAll(page, '20-assignments', koHeading(page, 'IP 할당'));

  await page.goto(`/k8s/ns/${NS}/services/database-lb/metallb`);
  await expect(page.getByTestId('tab-owner')).toHaveText(/worker-\d/, { timeout: 60_000 });
  await shootAll(page, '21-service-tab', koHeading(page, /[가-힣]/));
  expect(issues).toEqual([]);
});

test('expose a VM: every step of the wizard, the result, the VM tab', async ({ page, issues }) => {
  const next = (name = 'Next') =>
    page.getByTestId('expose-wizard').getByRole('button', { name, exact: true });
  const koStep = koHeading(page, /[가-힣]/);
  await page.goto(`/k8s/ns/${NS}/metallb-expose-vm?vm=database`);
  await expect(page.getByTestId('expose-vm-select')).toHaveValue('database');
  await expect(page.getByTestId('expose-vm-selector')).toHaveText(/database/);
  await shootAll(page, '22-expose-1-vm', koStep);
  await next().click();
  await page.getByTestId('expose-preset-mysql').click();
  await expect(page.getByTestId('expose-port-0-port')).toHaveValue('3306');
  await shootAll(page, '23-expose-2-ports', koStep);
  await next().click();
  await page.getByTestId('expose-address-pool').check();
  await page.getByTestId('expose-pool-select').selectOption('database');
  await shootReadme(page, 'expose-vm', page.getByTestId('expose-wizard'));
  await shootAll(page, '24-expose-3-address', koStep);
  await next().click();
  await expect(page.getByTestId('expose-policy-cluster')).toBeChecked();
  await shootAll(page, '25-expose-4-traffic', koStep);
  await next().click();
  await expect(page.getByTestId('expose-name')).toHaveValue(WIZARD_SERVICE);
  await expect(page.getByText('The API server accepts this Service (dry run).')).toBeVisible();
  await shootAll(page, '26-expose-5-review', koStep);
  await next('Create').click();
  await expect(page.getByTestId('expose-ip')).toHaveText(/^192\.168\.123\.2(1[6-9]|2[0-3])$/, {
    timeout: 60_000,
  });
  await expect(page.getByTestId('expose-node')).toBeVisible({ timeout: 60_000 });
  await shootAll(page, '27-expose-6-result', koStep);

  await page.goto(`/k8s/ns/${NS}/kubevirt.io~v1~VirtualMachine/database/metallb-services`);
  await expect(page.getByTestId(`vm-service-${WIZARD_SERVICE}`)).toBeVisible();
  await shootAll(page, '28-vm-tab', koStep);
  expect(issues).toEqual([]);
});

const KINDS = [
  { ref: 'metallb.io~v1beta1~L2Advertisement', name: 'lab', file: 'l2advertisement' },
  { ref: 'metallb.io~v1beta1~BGPAdvertisement', name: 'to-router', file: 'bgpadvertisement' },
  { ref: 'metallb.io~v1beta2~BGPPeer', name: 'router', file: 'bgppeer' },
  { ref: 'metallb.io~v1beta1~BFDProfile', name: 'fast-failover', file: 'bfdprofile' },
  { ref: 'metallb.io~v1beta1~Community', name: 'lab-communities', file: 'community' },
];
test.describe('the other kinds', () => {
  test.beforeAll(() => BGP_KINDS.forEach(create));
  test.afterAll(() => remove(BGP_KINDS));
  KINDS.forEach((kind, i) => {
    test(`${kind.file}: list, details, form`, async ({ page, issues }) => {
      const n = String(30 + i * 3).padStart(2, '0');
      await page.goto(`${BASE}/${kind.ref}`);
      await expect(page.getByRole('link', { name: kind.name, exact: true })).toBeVisible();
      await shootAll(page, `${n}-${kind.file}-list`, koHeading(page, /[가-힣]/));
      await page.goto(`${BASE}/${kind.ref}/${kind.name}`);
      await expect(
        page.getByRole('heading', { name: new RegExp(kind.name), level: 1 }),
      ).toBeVisible();
      await shootAll(page, `${Number(n) + 1}-${kind.file}-details`, koHeading(page, /[가-힣]/));
      await page.goto(`${BASE}/${kind.ref}/~new`);
      await expect(page.getByRole('button', { name: 'Create' })).toBeVisible();
      await shootAll(page, `${Number(n) + 2}-${kind.file}-form`, koHeading(page, /[가-힣]/));
      expect(issues).toEqual([]);
    });
  });
});
