// Every page and navigation item the plugin declares renders with no console error and no failed
// request, in light and dark, with no serious or critical axe violation; a screenshot of each.
import {
  test,
  expect,
  declaredNavItems,
  declaredPages,
  navLink,
  applyPoolWhenFree,
  kubectlDelete,
  shootBothThemes,
  yamlText,
} from './fixtures';
import { applyKindSamples, deleteKindSamples } from './kinds-samples';

// A pool that cannot take part in the live spec's counts: its own range, autoAssign off.
const SAMPLE_POOL = {
  apiVersion: 'metallb.io/v1beta1',
  kind: 'IPAddressPool',
  metadata: { name: 'e2e-sample', namespace: 'metallb-system' },
  spec: { addresses: ['192.168.123.160-192.168.123.169', 'fd00:123::/64'], autoAssign: false },
};

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  await applyPoolWhenFree(SAMPLE_POOL);
  applyKindSamples();
});

test.afterAll(() => {
  deleteKindSamples();
  kubectlDelete('ipaddresspool', 'e2e-sample', 'metallb-system');
});

for (const declared of declaredPages()) {
  // Titles must not depend on the cluster: Playwright lists tests in the runner and again in the worker.
  test(`page ${declared.name}`, async ({ page, issues }) => {
    const { url, skip } = declared.target();
    // beforeAll made a sample of every kind a details page shows: a missing one is a failure, not a skip.
    expect(skip).toBeUndefined();
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText('404: Page Not Found')).toHaveCount(0);
    await expect(page.getByText('Oh no! Something went wrong.')).toHaveCount(0);
    // Settled: no spinner left.
    await expect(page.getByRole('progressbar', { name: /Loading/ })).toHaveCount(0);
    await shootBothThemes(page, declared.name);
    expect(issues).toEqual([]);
  });
}

for (const item of declaredNavItems()) {
  test(`navigation item ${item.id}`, async ({ page, issues }) => {
    await page.goto('/');
    // The console's navigation: the item's label (its %plugin__...~Label% resolved) under Networking.
    const label = (item.name ?? '').replace(/^%[^~]*~(.*)%$/, '$1');
    await (await navLink(page, 'Networking', label)).click();
    // MetalLB's lists are reached through the namespace finder: they open where MetalLB runs.
    const href = item.href?.replace(/^\/metallb\/list\//, '/k8s/ns/metallb-system/');
    if (href) await expect(page).toHaveURL(new RegExp(`${href.replace(/[~.]/g, '\\$&')}$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText('404: Page Not Found')).toHaveCount(0);
    expect(issues).toEqual([]);
  });
}

test('a pool name links to its details page under the console URL convention', async ({
  page,
  issues,
}) => {
  await page.goto('/k8s/ns/metallb-system/metallb.io~v1beta1~IPAddressPool');
  await page
    .getByTestId('pool-row-e2e-sample')
    .getByRole('link', { name: 'e2e-sample', exact: true })
    .click();
  await expect(page).toHaveURL(
    /\/k8s\/ns\/metallb-system\/metallb\.io~v1beta1~IPAddressPool\/e2e-sample$/,
  );
  await expect(page.getByRole('heading', { name: /e2e-sample/, level: 1 })).toBeVisible();
  await page.getByRole('tab', { name: 'YAML' }).click();
  await expect.poll(() => yamlText(page)).toContain('192.168.123.160-192.168.123.169');
  expect(issues).toEqual([]);
});
