// The user switch: the VM owner (admin of vmexamples only) may not list pools in metallb-system; the
// page says so instead of failing, and the admin gets the list back.
import { test as base, expect } from '@playwright/test';
import { shootBothThemes, watchPage } from './fixtures';

const LIST = '/k8s/ns/metallb-system/metallb.io~v1beta1~IPAddressPool';

base(
  'the VM owner is told they cannot list pools; switching back restores the list',
  async ({ page }) => {
    // 403s are the point here; anything else is still a failure.
    const issues = watchPage(
      page,
      (i) => i.kind === 'HTTP 403' || (i.kind === 'console.error' && /403/.test(i.text)),
    );
    await page.goto(LIST);
    await page.getByRole('combobox', { name: 'User' }).selectOption('vm-owner');
    await expect(page.getByTestId('pools-error')).toContainText('You cannot list IP address pools');
    await expect(page.getByRole('combobox', { name: 'User' })).toHaveValue('vm-owner');
    await shootBothThemes(page, 'pools-vm-owner');
    await page.getByRole('combobox', { name: 'User' }).selectOption('admin');
    await expect(page.getByRole('heading', { name: 'IP address pools', level: 1 })).toBeVisible();
    await expect(page.getByTestId('pools-error')).toHaveCount(0);
    expect(issues).toEqual([]);
  },
);
