import { test, expect } from './fixtures';

test('the host loads the built plugin through the plugin store', async ({ page, issues }) => {
  await page.goto('/');
  const row = page.getByTestId('plugin-metallb-console-plugin');
  await expect(row.getByTestId('plugin-status')).toHaveText('loaded');
  // The store resolved @console/pluginAPI and registered every extension of the manifest.
  const info = await page.evaluate(() => {
    const store = (
      window as unknown as {
        pluginStore: {
          getPluginInfo(): Array<{
            manifest: { name: string; extensions: unknown[] };
            status: string;
          }>;
        };
      }
    ).pluginStore;
    return store.getPluginInfo().map((p) => ({
      name: p.manifest.name,
      status: p.status,
      extensions: p.manifest.extensions.length,
    }));
  });
  expect(info).toEqual([
    expect.objectContaining({ name: 'metallb-console-plugin', status: 'loaded' }),
  ]);
  // The plugin's JS came over /api/plugins/<name>/ with a JS MIME type and nosniff, as the console serves it.
  const manifest = await page.request.get(
    '/api/plugins/metallb-console-plugin/plugin-manifest.json',
  );
  const entry = (await manifest.json()).loadScripts[0] as string;
  const script = await page.request.get(`/api/plugins/metallb-console-plugin/${entry}`);
  expect(script.headers()['content-type']).toMatch(/^application\/javascript/);
  expect(script.headers()['x-content-type-options']).toBe('nosniff');
  expect(issues).toEqual([]);
});

test('the MetalLB flag comes from API discovery and shows the navigation item', async ({
  page,
  issues,
}) => {
  await page.goto('/');
  const flags = await page.evaluate(() =>
    (
      window as unknown as { pluginStore: { getFeatureFlags(): Record<string, boolean> } }
    ).pluginStore.getFeatureFlags(),
  );
  expect(flags.METALLB_IPADDRESSPOOL).toBe(true);
  await expect(page.getByRole('link', { name: 'IP address pools' })).toBeVisible();
  expect(issues).toEqual([]);
});
