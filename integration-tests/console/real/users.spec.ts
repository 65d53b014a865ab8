// Each lab user has their own console (one bridge per user token, as OAuth gives each user a session
// on OpenShift). The VM owner (admin of vmexamples only) may not list pools in metallb-system: the page
// says so instead of failing; the cluster admin's console lists them.
import { test, expect, shootBothThemes, VM_OWNER_FORBIDDEN } from './fixtures';

const LIST = '/k8s/ns/metallb-system/metallb.io~v1beta1~IPAddressPool';

test.describe('as the VM owner', () => {
  test.use({ baseURL: process.env.VM_OWNER_CONSOLE_URL, allowed: VM_OWNER_FORBIDDEN });
  test('the VM owner is told they cannot list pools', async ({ page, issues }) => {
    await page.goto(LIST);
    await expect(page.getByTestId('pools-error')).toContainText('You cannot list IP address pools');
    await shootBothThemes(page, 'pools-vm-owner');
    expect(issues).toEqual([]);
  });
});

test('the cluster admin lists them', async ({ page, issues }) => {
  await page.goto(LIST);
  await expect(page.getByRole('heading', { name: 'IP address pools', level: 1 })).toBeVisible();
  await expect(page.getByTestId('pools-error')).toHaveCount(0);
  expect(issues).toEqual([]);
});
