// On the local cluster: a pool created with kubectl appears in the list, and a LoadBalancer Service
// for the database VM moves its utilization, live, with no reload.
import {
  test,
  expect,
  applyPoolWhenFree,
  kubectl,
  kubectlApply,
  kubectlDelete,
  setLanguage,
  shootBothThemes,
} from './fixtures';

const LIST = '/k8s/ns/metallb-system/metallb.io~v1beta1~IPAddressPool';
const POOL = {
  apiVersion: 'metallb.io/v1beta1',
  kind: 'IPAddressPool',
  metadata: { name: 'ip-addresspool-webapp', namespace: 'metallb-system' },
  spec: { addresses: ['192.168.123.200-192.168.123.250'] },
};
const SERVICE_NAME = 'database-mysql-e2e';

/** The label that selects the running VM's launcher pod: vmi.kubevirt.io/id, else vm.kubevirt.io/name. */
const databaseSelector = (): Record<string, string> => {
  const pods = JSON.parse(
    kubectl(['get', 'pods', '-n', 'vmexamples', '-l', 'kubevirt.io=virt-launcher', '-o', 'json']),
  ) as {
    items: Array<{ metadata: { labels: Record<string, string> } }>;
  };
  for (const key of ['vmi.kubevirt.io/id', 'vm.kubevirt.io/name']) {
    if (pods.items.some((p) => p.metadata.labels[key] === 'database')) return { [key]: 'database' };
  }
  throw new Error('no virt-launcher pod for the database VM in vmexamples');
};

const cleanUp = () => {
  kubectlDelete('service', SERVICE_NAME, 'vmexamples');
  kubectlDelete('ipaddresspool', 'ip-addresspool-webapp', 'metallb-system');
};

test.describe.configure({ mode: 'serial' });
test.beforeAll(cleanUp);
test.afterAll(cleanUp);

test('a pool created with kubectl appears, and a Service for the database VM moves its utilization', async ({
  page,
  issues,
}) => {
  await page.goto(LIST);
  await expect(page.getByRole('heading', { name: 'IP address pools', level: 1 })).toBeVisible();
  const existing = JSON.parse(
    kubectl(['get', 'ipaddresspools', '-n', 'metallb-system', '-o', 'json']),
  ) as { items: unknown[] };
  if (existing.items.length === 0) {
    await expect(page.getByTestId('pools-empty')).toBeVisible();
    await shootBothThemes(page, 'pools-empty');
  }

  await applyPoolWhenFree(POOL);
  const row = page.getByTestId('pool-row-ip-addresspool-webapp');
  await expect(row).toBeVisible();
  await expect(row).toContainText('192.168.123.200-192.168.123.250');
  await expect(row.getByTestId('utilization-IPv4')).toContainText('0 of 51');

  kubectlApply({
    apiVersion: 'v1',
    kind: 'Service',
    // Named pool: other suites' autoAssign pools cannot take this Service.
    metadata: {
      name: SERVICE_NAME,
      namespace: 'vmexamples',
      annotations: { 'metallb.io/address-pool': 'ip-addresspool-webapp' },
    },
    spec: {
      type: 'LoadBalancer',
      selector: databaseSelector(),
      ports: [{ name: 'mysql', protocol: 'TCP', port: 3306, targetPort: 3306 }],
    },
  });
  await expect(row.getByTestId('utilization-IPv4')).toContainText('1 of 51');
  const ip = kubectl([
    'get',
    'service',
    SERVICE_NAME,
    '-n',
    'vmexamples',
    '-o',
    'jsonpath={.status.loadBalancer.ingress[0].ip}',
  ]);
  expect(ip).toBe('192.168.123.200');
  await shootBothThemes(page, 'pools-live-assigned');

  kubectlDelete('service', SERVICE_NAME, 'vmexamples');
  await expect(row.getByTestId('utilization-IPv4')).toContainText('0 of 51');
  kubectlDelete('ipaddresspool', 'ip-addresspool-webapp', 'metallb-system');
  await expect(row).toHaveCount(0);
  expect(issues).toEqual([]);
});

test('the list speaks Korean after the language switch', async ({ page, issues }) => {
  await applyPoolWhenFree(POOL);
  await page.goto(LIST);
  await setLanguage(page, 'ko');
  await expect(page.getByRole('heading', { name: 'IP 주소 풀', level: 1 })).toBeVisible();
  await expect(page.getByTestId('pool-row-ip-addresspool-webapp')).toContainText('51개 중 0개');
  await shootBothThemes(page, 'pools-ko');
  await setLanguage(page, 'en');
  await expect(page.getByRole('heading', { name: 'IP address pools', level: 1 })).toBeVisible();
  expect(issues).toEqual([]);
});
