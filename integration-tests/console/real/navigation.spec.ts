// The navigation in the real OpenShift console names no namespace: MetalLB's list items point at
// /metallb/list/<kind>, which opens the kind's list where MetalLB runs (useMetalLBNamespace), and the
// console keeps the item lit there and on the kind's other pages (startsWith). Expose a VM lives in the
// console's namespaced URL space (/k8s/ns/<ns>/metallb-expose-vm, a prefixNamespaced item): it opens in
// the active project under the console's own namespace bar (one: the wizard draws none).
// The cluster admin's console (the VM owner's goes blank in this build: integration-tests/openshift-console).
import {
  test,
  expect,
  applyPoolWhenFree,
  declaredNavItems,
  kubectlDelete,
  navLink,
  shootBothThemes,
} from './fixtures';

const POOL = 'e2e-nav';
const label = (name?: string) => (name ?? '').replace(/^%[^~]*~(.*)%$/, '$1');
const LISTS = declaredNavItems()
  .filter((item) => item.href?.startsWith('/metallb/list/'))
  .map((item) => ({ label: label(item.name), ref: item.href!.replace('/metallb/list/', '') }));

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  kubectlDelete('ipaddresspool', POOL, 'metallb-system');
  await applyPoolWhenFree({
    apiVersion: 'metallb.io/v1beta1',
    kind: 'IPAddressPool',
    metadata: { name: POOL, namespace: 'metallb-system' },
    spec: { addresses: ['192.168.123.165/32'], autoAssign: false },
  });
});
test.afterAll(() => kubectlDelete('ipaddresspool', POOL, 'metallb-system'));

test("MetalLB's items name no namespace, open the list where MetalLB runs and stay lit there", async ({
  page,
  issues,
}) => {
  // Every MetalLB kind the plugin lists has its item.
  expect(LISTS.map((l) => l.ref).sort()).toEqual(
    [
      'metallb.io~v1beta1~BFDProfile',
      'metallb.io~v1beta1~BGPAdvertisement',
      'metallb.io~v1beta1~Community',
      'metallb.io~v1beta1~IPAddressPool',
      'metallb.io~v1beta1~L2Advertisement',
      'metallb.io~v1beta2~BGPPeer',
    ].sort(),
  );
  await page.goto('/');
  for (const { label: name, ref } of LISTS) {
    const link = await navLink(page, 'Networking', name);
    await expect(link).toHaveAttribute('href', `/metallb/list/${ref}`);
    await link.click();
    await expect(page).toHaveURL(
      new RegExp(`/k8s/ns/metallb-system/${ref.replace(/[~.]/g, '\\$&')}$`),
    );
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(link).toHaveAttribute('aria-current', 'page');
  }
  // Lit on a pool's details page too, and only that item.
  await page.goto(`/k8s/ns/metallb-system/metallb.io~v1beta1~IPAddressPool/${POOL}`);
  await expect(page.getByRole('heading', { name: new RegExp(POOL), level: 1 })).toBeVisible();
  const pools = await navLink(page, 'Networking', 'IP address pools');
  await expect(pools).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('[data-test="nav"][aria-current="page"]')).toHaveCount(1);
  expect(issues).toEqual([]);
});

test('Expose a VM opens in the active project under the console namespace bar; with all projects it asks for one', async ({
  page,
  issues,
}) => {
  // The console's Services list in vmexamples makes vmexamples the active project.
  await page.goto('/k8s/ns/vmexamples/services');
  const link = await navLink(page, 'Networking', 'Expose a VM');
  await expect(link).toHaveAttribute('href', '/k8s/ns/vmexamples/metallb-expose-vm');
  await link.click();
  await expect(page).toHaveURL(/\/k8s\/ns\/vmexamples\/metallb-expose-vm$/);
  await expect(page.getByRole('heading', { name: 'Expose a VM', level: 1 })).toBeVisible();
  await expect(link).toHaveAttribute('aria-current', 'page');
  // No namespace text box: the console's namespace bar (one: the console draws it above every
  // /k8s/ns/ page, the wizard adds none) names the project, the wizard lists its VMs.
  const bar = page.locator('[data-test-id="namespace-bar-dropdown"]');
  await expect(bar).toHaveCount(1);
  await expect(bar).toContainText('vmexamples');
  await expect(page.getByTestId('expose-vm-select')).toContainText('database');
  await expect(page.getByRole('textbox', { name: /Namespace/ })).toHaveCount(0);
  await shootBothThemes(page, 'expose-vm-namespace-bar');

  // All projects: the wizard asks for one, in the console's bar above; the item follows the project.
  await page.goto('/k8s/all-namespaces/metallb-expose-vm');
  await expect(page.getByTestId('expose-choose-project')).toContainText(
    'Choose the project of the VirtualMachine',
  );
  await expect(bar).toHaveCount(1);
  // page.goto reloads the console, whose navigation starts collapsed: open Networking again
  const allProjectsLink = await navLink(page, 'Networking', 'Expose a VM');
  await expect(allProjectsLink).toHaveAttribute('href', '/k8s/all-namespaces/metallb-expose-vm');
  await shootBothThemes(page, 'expose-vm-choose-project');
  expect(issues).toEqual([]);
});
