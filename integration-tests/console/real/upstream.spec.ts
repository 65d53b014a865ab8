// The bundle as the packaged chart ships it (gzipped in ConfigMaps, written out as the kubelet mounts them,
// served by nginx with the chart's nginx.conf over TLS: integration-tests/chart/nginx-serve.sh) loads and
// renders in the console, which proxies /api/plugins/<name>/ to it as it does to the plugin's Service.
import { test, expect } from './fixtures';

const UPSTREAM = process.env.UPSTREAM_CONSOLE_URL;

test('the plugin loads from the chart nginx and renders the pool list', async ({
  page,
  issues,
}) => {
  // test-real.sh starts the chart's nginx and a second console in front of it; without them this fails.
  expect(UPSTREAM, 'UPSTREAM_CONSOLE_URL: the console in front of the chart nginx').toBeTruthy();
  await page.goto(`${UPSTREAM}/k8s/ns/metallb-system/metallb.io~v1beta1~IPAddressPool`);
  await expect(page.getByRole('heading', { name: 'IP address pools', level: 1 })).toBeVisible();
  const entry = await page.request.get(
    `${UPSTREAM}/api/plugins/metallb-console-plugin/plugin-manifest.json`,
  );
  expect(entry.ok()).toBe(true);
  expect(issues).toEqual([]);
});
