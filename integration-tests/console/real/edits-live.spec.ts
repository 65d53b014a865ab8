// Editing a pool in the real OpenShift console while the cluster lives: LoadBalancer Services take and
// release addresses from the pool while its edit form is open (MetalLB's controller rewrites the
// pool's status each time, bumping its resourceVersion) and Save still lands the user's change;
// someone changes the spec underneath and the user applies their own edit onto it; both change the
// same address and the user chooses; the pool is deleted while its form is open and the draft stays.
// Screenshots (light and dark) of each.
import {
  test,
  expect,
  kubectl,
  kubectlApply,
  kubectlDelete,
  applyPoolWhenFree,
  setYAMLText,
  shootBothThemes,
  watchPage,
  yamlText,
} from './fixtures';

const POOL = 'e2e-live-edit';
const NS = 'e2e-live-edit';
const EDIT = `/k8s/ns/metallb-system/metallb.io~v1beta1~IPAddressPool/${POOL}/edit`;
const FIRST = '192.168.123.170-192.168.123.175';

type Pool = {
  metadata: { resourceVersion: string; labels?: Record<string, string> };
  spec: { addresses: string[]; autoAssign?: boolean; avoidBuggyIPs?: boolean };
  status?: { assignedIPv4?: number };
};
const poolJSON = () =>
  JSON.parse(kubectl(['get', 'ipaddresspool', POOL, '-n', 'metallb-system', '-o', 'json'])) as Pool;

const freshPool = async () => {
  kubectlDelete('ipaddresspool', POOL, 'metallb-system');
  // autoAssign off: only this spec's Services, which name it, take its addresses.
  await applyPoolWhenFree({
    apiVersion: 'metallb.io/v1beta1',
    kind: 'IPAddressPool',
    metadata: { name: POOL, namespace: 'metallb-system' },
    spec: { addresses: [FIRST], autoAssign: false },
  });
};

const service = (name: string) =>
  kubectlApply({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace: NS, annotations: { 'metallb.io/address-pool': POOL } },
    spec: { type: 'LoadBalancer', selector: { app: name }, ports: [{ port: 80 }] },
  });

const assigned = () => poolJSON().status?.assignedIPv4 ?? 0;

const cleanUp = () => {
  kubectl(['delete', 'namespace', NS, '--ignore-not-found', '--wait=true']);
  kubectlDelete('ipaddresspool', POOL, 'metallb-system');
};

test.describe.configure({ mode: 'serial' });
test.beforeAll(cleanUp);
test.afterAll(cleanUp);

test('Services take and release addresses while the edit form is open; Save lands the change', async ({
  page,
}) => {
  // A status write racing the save comes back as 409 and is sent again on the newer version: expected.
  const issues = watchPage(
    page,
    (i) => i.kind === 'HTTP 409' || (i.kind === 'console.error' && /409/.test(i.text)),
  );
  await freshPool();
  kubectlApply({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: NS } });
  await page.goto(EDIT);
  await expect(page.getByTestId('address-input-0')).toHaveValue(FIRST);
  const opened = poolJSON().metadata.resourceVersion;
  await page.getByTestId('pool-labels').fill('team=web');
  await page.getByTestId('add-address').click();
  await page.getByTestId('address-input-1').fill('192.168.123.176/30');

  // Two Services take addresses, one gives its address back: MetalLB rewrites the status each time.
  service('e2e-live-a');
  service('e2e-live-b');
  await expect.poll(assigned, { timeout: 30_000 }).toBe(2);
  kubectl(['delete', 'service', 'e2e-live-b', '-n', NS, '--wait=true']);
  await expect.poll(assigned, { timeout: 30_000 }).toBe(1);
  expect(poolJSON().metadata.resourceVersion).not.toBe(opened);
  // The form has taken those versions underneath the draft (its YAML shows MetalLB's newest status
  // beside the user's edit), without a word.
  await page.getByLabel('YAML view').click();
  await expect(page.getByLabel('YAML view')).toBeChecked();
  await expect.poll(() => yamlText(page)).toMatch(/assignedIPv4: 1\b/);
  expect(await yamlText(page)).toMatch(/team: web/);
  expect(await yamlText(page)).toContain('192.168.123.176/30');
  await page.getByLabel('Form view').click();
  await expect(page.getByLabel('Form view')).toBeChecked();
  await expect(page.getByTestId('conflict-alert')).toHaveCount(0);
  await expect(page.getByTestId('pool-labels')).toHaveValue('team=web');
  await expect(page.getByTestId('address-input-1')).toHaveValue('192.168.123.176/30');
  await page.getByTestId('address-row-1').scrollIntoViewIfNeeded();
  await shootBothThemes(page, 'pool-edit-while-allocating');

  // One more allocation races the save; the save still lands.
  service('e2e-live-c');
  await page.getByTestId('save-resource').click();
  await expect(page).toHaveURL(new RegExp(`IPAddressPool/${POOL}$`));
  const saved = poolJSON();
  expect(saved.metadata.labels).toEqual({ team: 'web' });
  expect(saved.spec.addresses).toEqual([FIRST, '192.168.123.176/30']);
  await expect.poll(assigned, { timeout: 30_000 }).toBe(2);
  expect(issues).toEqual([]);
});

test('someone changes the spec underneath; the user applies their edit onto it and saves', async ({
  page,
  issues,
}) => {
  await freshPool();
  await page.goto(EDIT);
  await expect(page.getByTestId('address-input-0')).toHaveValue(FIRST);
  await page.getByTestId('pool-labels').fill('team=web');
  kubectl([
    'patch',
    'ipaddresspool',
    POOL,
    '-n',
    'metallb-system',
    '--type',
    'merge',
    '-p',
    JSON.stringify({ spec: { addresses: [FIRST, '192.168.123.184/30'] } }),
  ]);
  const alert = page.getByTestId('conflict-alert');
  await expect(alert).toContainText(`${POOL} changed since you opened it`);
  await expect(alert.getByTestId('their-changes')).toContainText(
    `spec.addresses: [${FIRST}] → [${FIRST}, 192.168.123.184/30]`,
  );
  await alert.scrollIntoViewIfNeeded();
  await shootBothThemes(page, 'pool-conflict-their-changes');
  await page.getByTestId('conflict-compare').click();
  await expect(page.getByTestId('conflict-diff')).toContainText('192.168.123.184/30');
  await page.getByTestId('conflict-compare').click();

  await page.getByTestId('conflict-apply').click();
  await expect(alert).toHaveCount(0);
  await expect(page.getByTestId('merge-applied')).toBeVisible();
  await expect(page.getByTestId('address-input-1')).toHaveValue('192.168.123.184/30');
  await expect(page.getByTestId('pool-labels')).toHaveValue('team=web');
  await page.getByTestId('merge-applied').scrollIntoViewIfNeeded();
  await shootBothThemes(page, 'pool-conflict-applied');
  await page.getByTestId('save-resource').click();
  await expect(page).toHaveURL(new RegExp(`IPAddressPool/${POOL}$`));
  const saved = poolJSON();
  expect(saved.metadata.labels).toEqual({ team: 'web' });
  expect(saved.spec.addresses).toEqual([FIRST, '192.168.123.184/30']);
  expect(issues).toEqual([]);
});

test('both change the same address: the user chooses, and their choice is saved', async ({
  page,
  issues,
}) => {
  await freshPool();
  await page.goto(EDIT);
  const input = page.getByTestId('address-input-0');
  await expect(input).toHaveValue(FIRST);
  await input.fill('192.168.123.170/31');
  await page.getByTestId('pool-labels').fill('team=web');
  kubectl([
    'patch',
    'ipaddresspool',
    POOL,
    '-n',
    'metallb-system',
    '--type',
    'merge',
    '-p',
    JSON.stringify({ spec: { addresses: ['192.168.123.170/30'] } }),
  ]);
  await page.getByTestId('conflict-apply').click();
  const review = page.getByTestId('merge-review');
  await expect(review.getByTestId('overlap-0')).toContainText('spec.addresses[0]');
  await expect(review.getByTestId('overlap-0')).toContainText('Keep yours: 192.168.123.170/31');
  await expect(review.getByTestId('overlap-0')).toContainText('Take theirs: 192.168.123.170/30');
  await expect(input).toHaveValue('192.168.123.170/31');
  await page.getByTestId('save-resource').click();
  await expect(page.getByTestId('merge-undecided')).toBeVisible();
  await page.getByTestId('merge-undecided').scrollIntoViewIfNeeded();
  await shootBothThemes(page, 'pool-merge-overlap');
  await review.getByTestId('overlap-0-theirs').check();
  await expect(input).toHaveValue('192.168.123.170/30');
  await page.getByTestId('save-resource').click();
  await expect(page).toHaveURL(new RegExp(`IPAddressPool/${POOL}$`));
  const saved = poolJSON();
  expect(saved.spec.addresses).toEqual(['192.168.123.170/30']);
  expect(saved.metadata.labels).toEqual({ team: 'web' });
  expect(issues).toEqual([]);
});

test('in the YAML view: someone changes the spec underneath; the typed edit is applied onto it', async ({
  page,
  issues,
}) => {
  await freshPool();
  await page.goto(EDIT);
  await page.getByLabel('YAML view').click();
  await expect(page.getByLabel('YAML view')).toBeChecked();
  await expect.poll(() => yamlText(page)).toContain(FIRST);
  // The server defaulted avoidBuggyIPs to false; the user types true.
  await setYAMLText(
    page,
    (await yamlText(page)).replace('avoidBuggyIPs: false', 'avoidBuggyIPs: true'),
  );
  kubectl([
    'patch',
    'ipaddresspool',
    POOL,
    '-n',
    'metallb-system',
    '--type',
    'merge',
    '-p',
    JSON.stringify({ spec: { addresses: [FIRST, '192.168.123.184/30'] } }),
  ]);
  const alert = page.getByTestId('conflict-alert');
  await expect(alert.getByTestId('their-changes')).toContainText(
    `spec.addresses: [${FIRST}] → [${FIRST}, 192.168.123.184/30]`,
  );
  await page.getByTestId('conflict-apply').click();
  await expect(alert).toHaveCount(0);
  await expect.poll(() => yamlText(page)).toContain('192.168.123.184/30');
  expect(await yamlText(page)).toMatch(/avoidBuggyIPs: true/);
  await page.getByTestId('save-resource').click();
  await expect(page).toHaveURL(new RegExp(`IPAddressPool/${POOL}$`));
  const saved = poolJSON();
  expect(saved.spec.addresses).toEqual([FIRST, '192.168.123.184/30']);
  expect(saved.spec.avoidBuggyIPs).toBe(true);
  expect(issues).toEqual([]);
});

test('the pool is deleted while its form is open: an alert above the form stays in view, the draft stays', async ({
  page,
  issues,
}) => {
  await freshPool();
  await page.goto(EDIT);
  await expect(page.getByTestId('address-input-0')).toHaveValue(FIRST);
  await page.getByTestId('pool-labels').fill('team=web');
  await page.getByTestId('address-input-0').fill('192.168.123.170/31');
  kubectlDelete('ipaddresspool', POOL, 'metallb-system');
  await expect(page.getByTestId('edited-object-deleted')).toContainText(
    `${POOL} was deleted while you were editing it`,
  );
  await expect(page.getByTestId('pool-labels')).toHaveValue('team=web');
  await expect(page.getByTestId('address-input-0')).toHaveValue('192.168.123.170/31');
  // the alert stays in view where the user is, at the bottom of the long form by the Save button
  await page.getByTestId('save-resource').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('edited-object-deleted')).toBeInViewport();
  await shootBothThemes(page, 'pool-edit-deleted');
  expect(issues).toEqual([]);
});
