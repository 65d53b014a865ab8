// The same page on the MetalLB the cluster runs: v0.16.1, or v0.15.2 as OpenShift 4.20 ships it
// (integration-tests/cluster: METALLB_VERSION=v0.15.2 up.sh). v0.15.2's L2Advertisement has no
// serviceSelectors: a selector the user adds is refused in the API server's words (the form saves with
// strict field validation) and the form keeps what was typed; on v0.16.1 it is saved.
import { readFileSync } from 'fs';
import * as path from 'path';
import { test, expect, kubectl, kubectlDelete } from './fixtures';

const ROOT = path.resolve(__dirname, '../../..');
const STATE = process.env.CLUSTER_STATE ?? path.join(ROOT, '.cluster');
const METALLB_VERSION = readFileSync(path.join(STATE, 'metallb-version'), 'utf8').trim();
const NAME = 'e2e-versions-l2';
const L2 = '/k8s/ns/metallb-system/metallb.io~v1beta1~L2Advertisement';

const cleanUp = () => kubectlDelete('l2advertisements.metallb.io', NAME, 'metallb-system');
test.beforeAll(cleanUp);
test.afterAll(cleanUp);

test(`an L2 advertisement's Service selector on MetalLB ${METALLB_VERSION}`, async ({
  page,
  issues,
}) => {
  await page.goto(`${L2}/~new`);
  await page.getByTestId('resource-name').fill(NAME);
  await page.getByTestId('service-selectors-add').click();
  await page.getByLabel('Service selectors 1').fill('app=web');
  await page.getByTestId('save-resource').click();
  if (METALLB_VERSION === 'v0.15.2') {
    await expect(page.getByTestId('server-refusal')).toContainText(
      'unknown field "spec.serviceSelectors"',
    );
    await expect(page).toHaveURL(/~new$/);
    await expect(page.getByTestId('resource-name')).toHaveValue(NAME);
    await expect(page.getByLabel('Service selectors 1')).toHaveValue('app=web');
    expect(
      kubectl(['get', 'l2advertisements.metallb.io', '-n', 'metallb-system', '-o', 'name']),
    ).not.toContain(NAME);
    // the strict dry run's refusal is an HTTP 400 by design
    const refused = issues.filter(
      (i) =>
        (i.kind === 'HTTP 400' && /l2advertisements\?dryRun=All/.test(i.text)) ||
        (i.kind === 'console.error' && /status of 400/.test(i.text)),
    );
    expect(refused.length).toBeGreaterThan(0);
    issues.splice(0, issues.length, ...issues.filter((i) => !refused.includes(i)));
  } else {
    await expect(page).toHaveURL(new RegExp(`${L2}/${NAME}$`));
    const saved = JSON.parse(
      kubectl(['get', 'l2advertisements.metallb.io', NAME, '-n', 'metallb-system', '-o', 'json']),
    ) as { spec: { serviceSelectors?: unknown } };
    expect(saved.spec.serviceSelectors).toEqual([{ matchLabels: { app: 'web' } }]);
  }
  expect(issues).toEqual([]);
});
