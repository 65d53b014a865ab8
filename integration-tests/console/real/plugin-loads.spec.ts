// The console loads the built plugin: its own page of console plugins (the Console operator config's
// "Console plugins" tab) says Loaded, the plugin's files come through bridge's plugin proxy as JavaScript
// with nosniff, and the MetalLB navigation shows (its flag comes from API discovery).
import { test, expect, navLink } from './fixtures';

test("the console's plugin page says the plugin is loaded", async ({ page, issues }) => {
  await page.goto('/k8s/cluster/operator.openshift.io~v1~Console/cluster/console-plugins');
  const row = page.getByRole('row').filter({ hasText: 'metallb-console-plugin' });
  await expect(row).toContainText('Loaded');
  await expect(row).toContainText('0.1.0');
  // The plugin's JS came over /api/plugins/<name>/ with a JS MIME type and nosniff, as bridge serves it.
  const manifest = await page.request.get(
    '/api/plugins/metallb-console-plugin/plugin-manifest.json',
  );
  const entry = (await manifest.json()).loadScripts[0] as string;
  const script = await page.request.get(`/api/plugins/metallb-console-plugin/${entry}`);
  expect(script.headers()['content-type']).toMatch(/^application\/javascript/);
  expect(script.headers()['x-content-type-options']).toBe('nosniff');
  expect(issues).toEqual([]);
});

test('the MetalLB navigation shows once discovery finds the CRDs', async ({ page, issues }) => {
  await page.goto('/k8s/ns/metallb-system/metallb.io~v1beta1~IPAddressPool');
  await expect(await navLink(page, 'Networking', 'IP address pools')).toBeVisible();
  expect(issues).toEqual([]);
});
