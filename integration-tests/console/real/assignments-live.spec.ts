// On the local cluster, with the real MetalLB speakers: the IP assignments view shows each IP's
// announcing node and the predicted failover node; `kill -9` of the owner's speaker moves the row to
// the new owner live, and the new owner is the predicted one (for IPs whose owners and successors span
// every node). Also: a Service in an exhausted pool with its reason, a stopped VM's IP "assigned, not
// announced", the VM owner's reduced view, the Service tab, and screenshots in light, dark and Korean.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from '@playwright/test';
import {
  test,
  expect,
  applyPoolWhenFree,
  kubectl,
  kubectlApply,
  kubectlDelete,
  setLanguage,
  shootBothThemes,
  VM_OWNER_FORBIDDEN,
} from './fixtures';

const ROOT = path.resolve(__dirname, '../../..');
const VIEW = '/metallb/assignments';
const NS = 'vmexamples';
const MLB = 'metallb-system';

const pool = (name: string, addresses: string[], autoAssign = true) => ({
  apiVersion: 'metallb.io/v1beta1',
  kind: 'IPAddressPool',
  metadata: { name, namespace: MLB },
  spec: { addresses, autoAssign },
});
const LAB_POOL = pool('e2e-assign-lab', ['192.168.123.200-192.168.123.240']);
const FULL_POOL = pool('e2e-assign-full', ['192.168.123.245/32'], false);
const ADVERTISEMENT = {
  apiVersion: 'metallb.io/v1beta1',
  kind: 'L2Advertisement',
  metadata: { name: 'e2e-assign-l2', namespace: MLB },
  spec: { ipAddressPools: ['e2e-assign-lab', 'e2e-assign-full'] },
};

/** The label that selects the database VM's launcher pod: vmi.kubevirt.io/id, else vm.kubevirt.io/name. */
const databaseSelector = (): Record<string, string> => {
  const pods = JSON.parse(
    kubectl(['get', 'pods', '-n', NS, '-l', 'kubevirt.io=virt-launcher', '-o', 'json']),
  ) as { items: Array<{ metadata: { labels: Record<string, string> } }> };
  for (const key of ['vmi.kubevirt.io/id', 'vm.kubevirt.io/name']) {
    if (pods.items.some((p) => p.metadata.labels[key] === 'database')) return { [key]: 'database' };
  }
  throw new Error('no virt-launcher pod for the database VM in vmexamples');
};

const lbService = (name: string, annotations: Record<string, string>) => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name, namespace: NS, annotations },
  spec: {
    type: 'LoadBalancer',
    selector: databaseSelector(),
    ports: [{ name: 'mysql', port: 3306, targetPort: 3306, protocol: 'TCP' }],
  },
});

// IP -> Service. By the hash (src/metallb/testdata/election-vectors.json): .200 worker-3 > worker-1,
// .206 worker-3 > worker-2, .203 worker-2 > worker-3, .208 worker-2 > worker-1.
const FAILOVER: Record<string, string> = {
  '192.168.123.200': 'database-e2e',
  '192.168.123.206': 'failover-e2e-206',
  '192.168.123.203': 'failover-e2e-203',
  '192.168.123.208': 'failover-e2e-208',
};
const SERVICES = [...Object.values(FAILOVER), 'full-e2e-a', 'full-e2e-b'];

const cleanUp = () => {
  for (const s of SERVICES) kubectlDelete('service', s, NS);
  kubectlDelete('l2advertisement', 'e2e-assign-l2', MLB);
  kubectlDelete('ipaddresspool', 'e2e-assign-lab', MLB);
  kubectlDelete('ipaddresspool', 'e2e-assign-full', MLB);
};

const upCluster = () =>
  execFileSync('bash', [path.join(ROOT, 'integration-tests/cluster/up.sh')], {
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 180_000,
  });

const vmStatus = () =>
  JSON.parse(kubectl(['get', 'virtualmachines.kubevirt.io', '-n', NS, 'database', '-o', 'json']))
    .status?.printableStatus as string | undefined;

const setRunStrategy = (strategy: string) =>
  kubectl([
    'patch',
    'virtualmachines.kubevirt.io',
    'database',
    '-n',
    NS,
    '--type=merge',
    '-p',
    JSON.stringify({ spec: { runStrategy: strategy } }),
  ]);

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  cleanUp();
  await applyPoolWhenFree(LAB_POOL);
  await applyPoolWhenFree(FULL_POOL);
  kubectlApply(ADVERTISEMENT);
  for (const [ip, name] of Object.entries(FAILOVER)) {
    kubectlApply(lbService(name, { 'metallb.io/loadBalancerIPs': ip }));
  }
  kubectlApply(lbService('full-e2e-a', { 'metallb.io/address-pool': 'e2e-assign-full' }));
});
/** A speaker this file killed and has not brought back yet: afterAll brings it back if a test failed. */
let speakerDown = false;
test.afterAll(() => {
  if (vmStatus() !== 'Running') setRunStrategy('Always');
  if (speakerDown) upCluster();
  cleanUp();
});

const row = (page: Page, ip: string) => page.getByTestId(`assignment-${ip}`);
const ownerOf = (page: Page, ip: string) => row(page, ip).getByTestId('owner-node');
const nextOf = (page: Page, ip: string) => row(page, ip).getByTestId('next-node');

/** SIGKILL to the node's speaker, only that very process (kill.sh checks the pid is still the one recorded). */
const killSpeaker = (node: string) =>
  execFileSync('bash', [path.join(ROOT, 'integration-tests/cluster/kill.sh'), `speaker-${node}`]);

/** Node of the newest ServiceL2Status of a Service other than `not`, from kubectl. */
const statusNode = (service: string, not: string): string | undefined => {
  const items = JSON.parse(
    kubectl([
      'get',
      'servicel2statuses.metallb.io',
      '-n',
      MLB,
      '-l',
      `metallb.io/service-name=${service},metallb.io/service-namespace=${NS}`,
      '-o',
      'json',
    ]),
  ).items as Array<{ status?: { node?: string } }>;
  return items.map((s) => s.status?.node).find((n) => n && n !== not);
};

/**
 * Node of a nodeAssigned event of the Service, since `since` (ms; events keep whole seconds), other than
 * `not`. MetalLB v0.15 (OpenShift 4.20) cannot hand the dead speaker's ServiceL2Status to the new leader
 * (status.node is immutable): there the new leader's event is MetalLB's word that the address moved.
 */
const eventNode = (service: string, not: string, since: number): string | undefined => {
  const items = JSON.parse(
    kubectl([
      'get',
      'events',
      '-n',
      NS,
      '--field-selector',
      `involvedObject.name=${service},reason=nodeAssigned`,
      '-o',
      'json',
    ]),
  ).items as Array<{ lastTimestamp?: string; message?: string }>;
  return items
    .filter((e) => Date.parse(e.lastTimestamp ?? '') >= Math.floor(since / 1000) * 1000)
    .map((e) => /announcing from node "([^"]+)" with protocol "layer2"/.exec(e.message ?? '')?.[1])
    .find((n) => n && n !== not);
};

test('each IP shows its announcing node and the predicted next node', async ({ page, issues }) => {
  await page.goto(VIEW);
  await expect(page.getByRole('heading', { name: 'IP assignments', level: 1 })).toBeVisible();
  await expect(ownerOf(page, '192.168.123.200')).toHaveText('worker-3', { timeout: 60_000 });
  await expect(nextOf(page, '192.168.123.200')).toHaveText('worker-1');
  await expect(row(page, '192.168.123.200')).toContainText('ServiceL2Status');
  await expect(row(page, '192.168.123.200')).toContainText('database-e2e');
  await expect(row(page, '192.168.123.200')).toContainText('e2e-assign-lab');
  await shootBothThemes(page, 'assignments');
  await row(page, '192.168.123.200').locator('td').first().getByRole('button').click();
  await expect(page.getByTestId('route-failover').first()).toContainText('worker-3');
  await shootBothThemes(page, 'assignments-route');
  expect(issues).toEqual([]);
});

for (const victim of ['worker-3', 'worker-2']) {
  test(`kill -9 of ${victim}'s speaker: the rows move live to the predicted nodes`, async ({
    page,
    issues,
  }) => {
    test.setTimeout(300_000);
    await page.goto(VIEW);
    const ips = Object.keys(FAILOVER);
    for (const ip of ips) await expect(ownerOf(page, ip)).not.toHaveText('', { timeout: 90_000 });
    // Wait until every IP this node should own is owned by it (it may be back from an earlier kill).
    const owned: Record<string, string> = {};
    await expect
      .poll(
        async () => {
          for (const ip of ips) owned[ip] = (await ownerOf(page, ip).textContent()) ?? '';
          return ips.filter((ip) => owned[ip] === victim).length;
        },
        { timeout: 120_000 },
      )
      .toBeGreaterThanOrEqual(2);
    const mine = ips.filter((ip) => owned[ip] === victim);
    const predicted: Record<string, string> = {};
    for (const ip of mine) predicted[ip] = (await nextOf(page, ip).textContent()) ?? '';
    await page.evaluate(
      (watch) => {
        const w = window as unknown as { __changes: Record<string, { node: string; at: number }> };
        w.__changes = {};
        const check = () => {
          for (const [ip, before] of Object.entries(watch)) {
            if (w.__changes[ip]) continue;
            const cell = document.querySelector(
              `[data-test="assignment-${ip}"] [data-test="owner-node"]`,
            );
            const text = cell?.textContent ?? '';
            if (text && text !== before) w.__changes[ip] = { node: text, at: Date.now() };
          }
        };
        new MutationObserver(check).observe(document.body, {
          subtree: true,
          childList: true,
          characterData: true,
        });
      },
      Object.fromEntries(mine.map((ip) => [ip, victim])),
    );

    const killedAt = Date.now();
    speakerDown = true;
    killSpeaker(victim);
    // MetalLB's side: when a new ServiceL2Status names another node, or (MetalLB v0.15) the new leader's
    // nodeAssigned event does (kubectl polled every ~0.2 s).
    const statusAt: Record<string, number> = {};
    while (Object.keys(statusAt).length < mine.length && Date.now() - killedAt < 120_000) {
      for (const ip of mine) {
        if (statusAt[ip]) continue;
        const service = FAILOVER[ip];
        if (statusNode(service, victim) || eventNode(service, victim, killedAt))
          statusAt[ip] = Date.now();
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    for (const ip of mine) {
      await expect(ownerOf(page, ip)).toHaveText(predicted[ip], { timeout: 60_000 });
      await expect(row(page, ip).getByTestId('owner-change')).toContainText(`was ${victim}`);
    }
    const changes = await page.evaluate(
      () =>
        (window as unknown as { __changes: Record<string, { node: string; at: number }> })
          .__changes,
    );
    const timings = mine.map((ip) => ({
      ip,
      killed: victim,
      predicted: predicted[ip],
      newOwner: changes[ip]?.node,
      killToStatusS: (statusAt[ip] - killedAt) / 1000,
      killToRowS: (changes[ip]?.at - killedAt) / 1000,
      statusToRowS: (changes[ip]?.at - statusAt[ip]) / 1000,
    }));
    for (const t of timings) {
      console.log(
        `failover ${t.ip}: speaker on ${t.killed} killed; row shows ${t.newOwner} (predicted ${t.predicted}) ` +
          `${t.killToRowS.toFixed(1)} s after the kill; MetalLB said so after ${t.killToStatusS.toFixed(1)} s; ` +
          `then the row ${t.statusToRowS.toFixed(1)} s`,
      );
      expect(t.newOwner).toBe(t.predicted);
    }
    const out = path.join(ROOT, 'integration-tests/results/assignments-failover.json');
    const previous = fs.existsSync(out)
      ? (JSON.parse(fs.readFileSync(out, 'utf8')) as unknown[])
      : [];
    fs.writeFileSync(out, JSON.stringify([...previous, ...timings], null, 2));
    if (victim === 'worker-3') await shootBothThemes(page, 'assignments-after-failover');
    upCluster(); // the killed speaker back
    speakerDown = false;
    expect(issues).toEqual([]);
  });
}

test('a Service in an exhausted pool says why it has no IP', async ({ page, issues }) => {
  kubectlApply(lbService('full-e2e-b', { 'metallb.io/address-pool': 'e2e-assign-full' }));
  await page.goto(`${VIEW}?status=pending`);
  await expect(page.getByTestId(`pending-${NS}-full-e2e-b`)).toContainText(
    'Every pool that fits is full: e2e-assign-full.',
    { timeout: 30_000 },
  );
  await shootBothThemes(page, 'assignments-pending');
  expect(issues).toEqual([]);
});

test('the Service tab shows pool, node, next in line and MetalLB events', async ({
  page,
  issues,
}) => {
  await page.goto(`/k8s/ns/${NS}/services/database-e2e/metallb`);
  await expect(page.getByTestId('tab-pool')).toHaveText('e2e-assign-lab', { timeout: 30_000 });
  await expect(page.getByTestId('tab-owner')).not.toHaveText('');
  await expect(page.getByTestId('metallb-events')).toContainText('IPAllocated');
  await shootBothThemes(page, 'service-tab-metallb');
  expect(issues).toEqual([]);
});

test('the view speaks Korean', async ({ page, issues }) => {
  await page.goto(VIEW);
  await setLanguage(page, 'ko');
  await expect(page.getByRole('heading', { name: 'IP 할당', level: 1 })).toBeVisible();
  await expect(row(page, '192.168.123.200')).toContainText('예측');
  await shootBothThemes(page, 'assignments-ko');
  await setLanguage(page, 'en');
  expect(issues).toEqual([]);
});

test('stopping the database VM: assigned, not announced, no ready endpoint', async ({
  page,
  issues,
}) => {
  test.setTimeout(240_000);
  await page.goto(VIEW);
  await expect(ownerOf(page, '192.168.123.200')).not.toHaveText('', { timeout: 60_000 });
  setRunStrategy('Halted');
  await expect(row(page, '192.168.123.200')).toContainText(
    'Assigned, not announced: no ready endpoint.',
    { timeout: 60_000 },
  );
  await shootBothThemes(page, 'assignments-vm-stopped');
  setRunStrategy('Always');
  await expect.poll(vmStatus, { timeout: 120_000 }).toBe('Running');
  upCluster(); // rewires the database guest to the new launcher pod
  await expect(ownerOf(page, '192.168.123.200')).not.toHaveText('', { timeout: 90_000 });
  expect(issues).toEqual([]);
});

// The VM owner's own console: 403s from what they may not read are the point, and only those pass.
test.describe('as the VM owner', () => {
  test.use({ baseURL: process.env.VM_OWNER_CONSOLE_URL, allowed: VM_OWNER_FORBIDDEN });
  test('the VM owner sees their namespace with the node from events, and what was not checked', async ({
    page,
    issues,
  }) => {
    await page.goto(`${VIEW}?namespace=${NS}`);
    await expect(page.getByTestId('reduced-view')).toContainText(
      'the announcing node comes from MetalLB’s nodeAssigned events',
    );
    await expect(row(page, '192.168.123.200')).toContainText('from event', { timeout: 30_000 });
    await shootBothThemes(page, 'assignments-vm-owner');
    expect(issues).toEqual([]);
  });
});
