// The MetalLB overview on the local cluster: the install as the (simulated) operator reports it, the
// controller and one speaker per node, a pool no advertisement covers flagged with a link to it, a killed
// speaker shown not ready and ready again, Korean, and the VM owner's reduced view.
import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';
import * as path from 'path';
import {
  test,
  expect,
  applyPoolWhenFree,
  kubectl,
  kubectlDelete,
  navLink,
  setLanguage,
  shootBothThemes,
  VM_OWNER_FORBIDDEN,
  SCREENSHOTS,
} from './fixtures';

const OVERVIEW = '/metallb/overview';
const POOL = 'e2e-overview-unannounced';
const ROOT = path.resolve(__dirname, '../../..');
const STATE = process.env.CLUSTER_STATE ?? path.join(ROOT, '.cluster');

/** The MetalLB up.sh runs (v0.16.1, or v0.15.2 as OpenShift 4.20 ships it: no ConfigurationState). */
const METALLB_VERSION = readFileSync(path.join(STATE, 'metallb-version'), 'utf8').trim();
const REPORTS_CONFIGURATION = METALLB_VERSION !== 'v0.15.2';

const cleanUp = () => kubectlDelete('ipaddresspool', POOL, 'metallb-system');
test.describe.configure({ mode: 'serial' });
test.beforeAll(cleanUp);
test.afterAll(cleanUp);

test('shows the install, the controller and a speaker per node, and flags a pool no advertisement covers', async ({
  page,
  issues,
}) => {
  await page.goto('/');
  // first MetalLB item of the navigation
  const nav = await navLink(page, 'Networking', 'MetalLB overview');
  await expect(nav).toBeVisible();
  await nav.click();
  await expect(page).toHaveURL(new RegExp(`${OVERVIEW}$`));
  await expect(page.getByRole('heading', { name: 'MetalLB overview', level: 1 })).toBeVisible();

  await expect(page.getByTestId('install-namespace')).toContainText(
    'metallb-system (where the MetalLB resource is)',
  );
  await expect(page.getByTestId('condition-Available')).toContainText('Available: True');
  await expect(page.getByTestId('install-status')).toContainText('Running');
  // kube-scheduler places the controller's pod: its node is read back, not assumed
  const controllerNode = kubectl([
    'get',
    'pods',
    '-n',
    'metallb-system',
    '-l',
    'app=metallb,component=controller',
    '-o',
    'jsonpath={.items[0].spec.nodeName}',
  ]).trim();
  expect(controllerNode).toMatch(/^worker-\d$/);
  await expect(page.getByTestId(`component-controller-${controllerNode}`)).toContainText('Ready');
  for (const node of ['worker-1', 'worker-2', 'worker-3']) {
    const row = page.getByTestId(`component-speaker-${node}`);
    await expect(row).toContainText('Ready');
    await expect(row).toContainText(METALLB_VERSION);
    await expect(row).toContainText(
      REPORTS_CONFIGURATION ? 'Valid' : 'Not reported by this MetalLB version',
    );
  }
  // what this MetalLB cannot tell, said once; nothing said when it reports everything
  const notReported = page.getByTestId('overview-not-reported');
  if (REPORTS_CONFIGURATION) await expect(notReported).toHaveCount(0);
  else
    await expect(notReported.getByTestId('not-reported-configurationState')).toContainText(
      'whether MetalLB itself accepted its configuration was not checked',
    );

  await applyPoolWhenFree({
    apiVersion: 'metallb.io/v1beta1',
    kind: 'IPAddressPool',
    metadata: { name: POOL, namespace: 'metallb-system' },
    spec: { addresses: ['192.168.123.249-192.168.123.250'] },
  });
  const problem = page
    .getByTestId('problem-pool-not-advertised')
    .filter({ hasText: `Pool ${POOL} is not announced` });
  await expect(problem).toBeVisible();
  await expect(problem.getByRole('link', { name: POOL })).toHaveAttribute(
    'href',
    `/k8s/ns/metallb-system/metallb.io~v1beta1~IPAddressPool/${POOL}`,
  );
  await expect(page.getByTestId(`overview-pool-${POOL}`)).toContainText('0 of 2');
  await shootBothThemes(page, 'overview');
  // the cards below the fold (the console scrolls its content area, so a full-page shot stops at the fold)
  await page.getByTestId('pools-card').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'overview-lower-light.png') });

  await setLanguage(page, 'ko');
  await expect(page.getByRole('heading', { name: 'MetalLB 개요', level: 1 })).toBeVisible();
  await expect(problem).toHaveCount(0);
  await expect(page.getByTestId('problem-pool-not-advertised').first()).toContainText(
    `풀 ${POOL}이(가) 알려지지 않습니다`,
  );
  await shootBothThemes(page, 'overview-ko');
  await setLanguage(page, 'en');
  expect(issues).toEqual([]);
});

test('a speaker whose process dies shows as not ready, live, and ready again once restarted', async ({
  page,
  issues,
}) => {
  await page.goto(OVERVIEW);
  const row = page.getByTestId('component-speaker-worker-2');
  await expect(row.getByTestId('component-status')).toHaveText(/Ready/);
  try {
    execFileSync('bash', [
      path.join(ROOT, 'integration-tests/cluster/kill.sh'),
      'speaker-worker-2',
    ]); // only that very process (kill.sh)
    await expect(row.getByTestId('component-status')).toContainText('Not ready', {
      timeout: 20_000,
    });
    await expect(page.getByTestId('problem-speaker-not-ready')).toContainText('worker-2');
    await expect(page.getByTestId('condition-Available')).toContainText('Available: False');
    await shootBothThemes(page, 'overview-speaker-down');
  } finally {
    // up.sh starts what is not running (here: that speaker, as the same pod)
    execFileSync('bash', [path.join(ROOT, 'integration-tests/cluster/up.sh')], { stdio: 'ignore' });
  }
  await expect(row.getByTestId('component-status')).not.toContainText('Not ready', {
    timeout: 30_000,
  });
  await expect(page.getByTestId('problem-speaker-not-ready')).toHaveCount(0);
  expect(issues).toEqual([]);
});

// The VM owner's own console: 403s from what they may not read are the point, and only those pass.
test.describe('as the VM owner', () => {
  test.use({ baseURL: process.env.VM_OWNER_CONSOLE_URL, allowed: VM_OWNER_FORBIDDEN });
  test('the VM owner sees what they may read and what could not be checked', async ({
    page,
    issues,
  }) => {
    await page.goto(OVERVIEW);
    const alert = page.getByTestId('overview-forbidden');
    await expect(alert).toContainText('Some checks need more permission than your user has');
    await expect(alert).toContainText('MetalLB’s pods');
    await expect(page.getByTestId('overview-error')).toHaveCount(0);
    await expect(page.getByTestId('install-mode')).toContainText('Unknown');
    await expect(page.getByTestId('problems-card')).toContainText(
      'No problems found in what could be checked (see above for what was not).',
    );
    await expect(page.getByTestId('overview-own-assignments')).toBeVisible();
    await shootBothThemes(page, 'overview-vm-owner');
    expect(issues).toEqual([]);
  });
});
