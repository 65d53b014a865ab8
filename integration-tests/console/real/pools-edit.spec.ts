// The lab's section 3.1 through the plugin's own pages, with no kubectl: create the web app's pool in
// the form and see it on its details page. Then the editing machinery against the real MetalLB: an
// overlap refused before saving and by the server's dry run, a kubectl change while the form is open
// raising the conflict path, the delete dialog naming the Service that holds an address, and the VM
// owner told why they cannot create pools. Screenshots (light, dark, Korean) of every screen.
import {
  test,
  expect,
  kubectl,
  kubectlApply,
  kubectlDelete,
  setYAMLText,
  shootBothThemes,
  shootDialog,
  shootKorean,
  watchPage,
  yamlText,
  VM_OWNER_FORBIDDEN,
} from './fixtures';

const LIST = '/k8s/ns/metallb-system/metallb.io~v1beta1~IPAddressPool';
const POOL = 'ip-addresspool-webapp';
const NS = 'e2e-pools';
const HOLDER = 'e2e-pool-holder';

const cleanUp = () => {
  kubectl(['delete', 'namespace', NS, '--ignore-not-found', '--wait=true']);
  kubectlDelete('ipaddresspool', POOL, 'metallb-system');
  kubectlDelete('ipaddresspool', 'e2e-overlap', 'metallb-system');
};

const poolJSON = () =>
  JSON.parse(kubectl(['get', 'ipaddresspool', POOL, '-n', 'metallb-system', '-o', 'json'])) as {
    metadata: { resourceVersion: string; labels?: Record<string, string> };
    spec: { addresses: string[] };
  };

test.describe.configure({ mode: 'serial' });
test.beforeAll(cleanUp);
test.afterAll(cleanUp);

test('lab 3.1 in the UI: create ip-addresspool-webapp with its 51 addresses, see 0 of 51', async ({
  page,
  issues,
}) => {
  await page.goto(LIST);
  await page.getByRole('link', { name: 'Create IP address pool' }).first().click();
  await expect(page).toHaveURL(new RegExp(`${LIST.replace(/[~.]/g, '\\$&')}/~new$`));
  await expect(
    page.getByRole('heading', { name: 'Create IP address pool', level: 1 }),
  ).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Namespace', exact: true })).toHaveValue(
    'metallb-system',
  );
  await page.getByTestId('pool-name').fill(POOL);
  await page.getByTestId('address-input-0').fill('192.168.123.200-192.168.123.250');
  await expect(page.getByTestId('address-row-0')).toContainText('51 addresses');
  await shootBothThemes(page, 'pool-form');
  await shootKorean(page, 'pool-form');
  await page.getByTestId('save-resource').click();
  await expect(page).toHaveURL(new RegExp(`IPAddressPool/${POOL}$`));
  await expect(page.getByTestId('pool-utilization')).toContainText('0 of 51');
  await expect(page.getByTestId('address-map').getByRole('img')).toHaveCount(51);
  await shootBothThemes(page, 'pool-details');
  await shootKorean(page, 'pool-details');
  expect(poolJSON().spec.addresses).toEqual(['192.168.123.200-192.168.123.250']);
  expect(issues).toEqual([]);
});

test("an overlapping pool is refused in MetalLB's words before saving, and by the server's dry run", async ({
  page,
}) => {
  // The dry run's refusal is a 403 from the webhook: expected here.
  const issues = watchPage(
    page,
    (i) => i.kind === 'HTTP 403' || (i.kind === 'console.error' && /403/.test(i.text)),
  );
  await page.goto(`${LIST}/~new`);
  await page.getByTestId('pool-name').fill('e2e-overlap');
  await page.getByTestId('address-input-0').fill('192.168.123.210/30');
  const words =
    'CIDR "192.168.123.208/30" in pool "e2e-overlap" overlaps with already defined CIDR "192.168.123.208/28"';
  await expect(page.getByTestId('address-row-0')).toContainText(words);
  await page.getByTestId('save-resource').click();
  const refusal = page.getByTestId('server-refusal');
  await expect(refusal).toContainText(
    'admission webhook "ipaddresspoolvalidationwebhook.metallb.io" denied the request',
  );
  await expect(refusal).toContainText(words);
  await expect(refusal).toContainText('dry run, nothing was saved');
  await expect(page.getByTestId('address-input-0')).toHaveValue('192.168.123.210/30');
  await shootBothThemes(page, 'pool-form-refused');
  expect(() => kubectl(['get', 'ipaddresspool', 'e2e-overlap', '-n', 'metallb-system'])).toThrow();
  expect(issues).toEqual([]);
});

test('the YAML view keeps what the form does not show, both ways', async ({ page, issues }) => {
  await page.goto(`${LIST}/${POOL}/edit`);
  await page.getByTestId('pool-labels').fill('team=web');
  // The console loads its YAML editor (Monaco) on first use: the radio shows the switch once the view
  // has rendered, not within the click, so click and then expect it checked.
  await page.getByLabel('YAML view').click();
  await expect(page.getByLabel('YAML view')).toBeChecked();
  await expect.poll(() => yamlText(page)).toMatch(/team: web/);
  await shootBothThemes(page, 'pool-yaml');
  await shootKorean(page, 'pool-yaml');
  // The server defaulted avoidBuggyIPs to false: a second key would not parse (the page says so).
  await setYAMLText(
    page,
    (await yamlText(page)).replace('avoidBuggyIPs: false', 'avoidBuggyIPs: true'),
  );
  await page.getByLabel('Form view').check();
  await expect(page.getByLabel('Avoid buggy IPs')).toBeChecked();
  await expect(page.getByTestId('pool-labels')).toHaveValue('team=web');
  await page.getByTestId('save-resource').click();
  await expect(page).toHaveURL(new RegExp(`IPAddressPool/${POOL}$`));
  const saved = poolJSON();
  expect(saved.metadata.labels).toEqual({ team: 'web' });
  expect(issues).toEqual([]);
});

test('a kubectl change while the form is open raises the conflict; nothing is overwritten', async ({
  page,
}) => {
  const issues = watchPage(
    page,
    (i) => i.kind === 'HTTP 409' || (i.kind === 'console.error' && /409/.test(i.text)),
  );
  await page.goto(`${LIST}/${POOL}/edit`);
  await page.getByTestId('pool-labels').fill('team=mine');
  kubectl(['label', 'ipaddresspool', POOL, '-n', 'metallb-system', 'team=theirs', '--overwrite']);
  await expect(page.getByTestId('conflict-alert')).toContainText('changed since you opened it');
  await page.getByTestId('save-resource').click();
  await expect(page.getByTestId('conflict-alert')).toContainText('Nothing was overwritten');
  expect(poolJSON().metadata.labels).toEqual({ team: 'theirs' });
  await expect(page.getByTestId('pool-labels')).toHaveValue('team=mine');
  await page.getByTestId('conflict-compare').click();
  await expect(page.getByTestId('conflict-diff')).toContainText('team: theirs');
  await expect(page.getByTestId('conflict-diff')).toContainText('team: mine');
  await shootBothThemes(page, 'pool-conflict');
  await shootKorean(page, 'pool-conflict');
  await page.getByTestId('conflict-reload').click();
  await expect(page.getByTestId('pool-labels')).toHaveValue('team=theirs');
  expect(issues).toEqual([]);
});

test('delete names the Service holding an address, and MetalLB clears it', async ({
  page,
  issues,
}) => {
  kubectlApply({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: NS } });
  kubectlApply({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name: HOLDER,
      namespace: NS,
      annotations: { 'metallb.io/address-pool': POOL },
    },
    spec: {
      type: 'LoadBalancer',
      selector: { app: HOLDER },
      ports: [{ port: 80 }],
    },
  });
  const ingress = () =>
    kubectl([
      'get',
      'service',
      HOLDER,
      '-n',
      NS,
      '-o',
      'jsonpath={.status.loadBalancer.ingress[0].ip}',
    ]);
  await expect.poll(ingress, { timeout: 30_000 }).toMatch(/^192\.168\.123\.2\d\d$/);
  const ip = ingress();
  await page.goto(LIST);
  await page.getByRole('button', { name: `Actions for ${POOL}` }).click();
  await page.getByRole('menuitem', { name: 'Delete IPAddressPool' }).click();
  const dialog = page.getByRole('dialog').last(); // console 4.20 nests two role=dialog elements
  await expect(dialog.getByTestId('delete-dependents')).toContainText(
    `${HOLDER} in ${NS} holds ${ip}`,
  );
  await expect(dialog).toContainText('each Service loses its external IP');
  await expect(dialog).toContainText('stays pending');
  await shootDialog(page, 'pool-delete-modal');
  await dialog.getByTestId('confirm-action').click();
  await expect(page.getByTestId(`pool-row-${POOL}`)).toHaveCount(0);
  await expect.poll(ingress, { timeout: 30_000 }).toBe('');
  expect(issues).toEqual([]);
});

// The VM owner's own console: 403s from what they may not read are the point, and only those pass.
test.describe('as the VM owner', () => {
  test.use({ baseURL: process.env.VM_OWNER_CONSOLE_URL, allowed: VM_OWNER_FORBIDDEN });
  test('the VM owner cannot create pools, and the form says why', async ({ page, issues }) => {
    await page.goto(`${LIST}/~new`);
    await expect(page.getByTestId('save-forbidden')).toContainText(
      'Your user cannot create IPAddressPools in metallb-system',
    );
    await expect(page.getByTestId('save-resource')).toHaveAttribute('aria-disabled', 'true');
    await shootBothThemes(page, 'pool-form-vm-owner');
    expect(issues).toEqual([]);
  });
});
