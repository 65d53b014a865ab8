// The lab's BGP section in the real OpenShift console, on the local cluster with every process real (MetalLB
// in FRR-K8s mode, FRR-K8s on each node, FRR as the upstream router): a pool, a BGPPeer to the router and a
// BGPAdvertisement made through the plugin's forms; a Service gets an address; the assignments view shows
// every node announcing it and each node's session with the router; the peer's page shows the sessions from
// BGPSessionState. Then failures, each timed from the moment it is made to the moment the page shows it
// (seen in the page itself, by a MutationObserver), printed and written to
// integration-tests/results/bgp-failover-console.json:
//  - a node's MetalLB speaker killed: FRR-K8s keeps the session and the route (the page keeps Established);
//  - a node's FRR killed (its FRR-K8s pod's frr container): frr-status cannot read a dead FRR, so the
//    node's BGPSessionState keeps its last state; the pod turns not ready and the page marks the session
//    "not current"; up.sh brings FRR back (a kubelet restarting the container) and the page shows it up;
//  - the path between a node and the router cut (packets dropped in the node's namespace): the session goes
//    down on the page after the hold time (9 s, no BFD on this peer) and comes back when the path does.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from '@playwright/test';
import { test, expect, kubectl, kubectlApply, kubectlDelete, shootBothThemes } from './fixtures';

const ROOT = path.resolve(__dirname, '../../..');
const MLB = 'metallb-system';
const NS = 'vmexamples';
const BASE = `/k8s/ns/${MLB}`;
const POOLS = `${BASE}/metallb.io~v1beta1~IPAddressPool`;
const PEERS = `${BASE}/metallb.io~v1beta2~BGPPeer`;
const BGPADV = `${BASE}/metallb.io~v1beta1~BGPAdvertisement`;
const POOL = 'e2e-bgp-pool'; // 192.168.123.196-199: the BGP range's second half
const PEER = 'e2e-bgp-router';
const ADV = 'e2e-bgp-adv';
const SVC = 'e2e-bgp-database';
const ROUTER = process.env.LAB_ROUTER_IP ?? '192.168.123.2';
const NODES = (process.env.LAB_NODES ?? 'worker-1 worker-2 worker-3').split(' ');
const KILLED = 'worker-3'; // the node whose MetalLB speaker is killed
const FRR_KILLED = 'worker-1'; // the node whose FRR is killed
const CUT = 'worker-2'; // the node whose path to the router is cut
const FIGURES = path.join(ROOT, 'integration-tests/results/bgp-failover-console.json');
const figures: Record<string, number | string> = {};

const kill = (name: string) =>
  execFileSync('bash', [path.join(ROOT, 'integration-tests/cluster/kill.sh'), name]); // only that very process
const cleanUp = () => {
  kubectlDelete('service', SVC, NS);
  kubectlDelete('bgpadvertisement', ADV, MLB);
  kubectlDelete('bgppeer', PEER, MLB);
  kubectlDelete('ipaddresspool', POOL, MLB);
};
/** up.sh starts again what was killed (as a kubelet restarts a container). */
const upCluster = () =>
  execFileSync('bash', [path.join(ROOT, 'integration-tests/cluster/up.sh')], {
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 300_000,
  });
/** Drops every packet between a node and the router, in the node's namespace (or lets them through). */
const cutPath = (node: string, cut: boolean) => {
  for (const [chain, dir] of [
    ['INPUT', '-s'],
    ['OUTPUT', '-d'],
  ]) {
    execFileSync('ip', [
      'netns',
      'exec',
      `mlb-${node}`,
      'iptables',
      '-w',
      cut ? '-I' : '-D',
      chain,
      ...(cut ? ['1'] : []),
      dir,
      ROUTER,
      '-j',
      'DROP',
    ]);
  }
};
const seconds = (ms: number) => Number((ms / 1000).toFixed(1));

test.describe.configure({ mode: 'serial' });
test.beforeAll(() => {
  if (process.env.BGP !== 'yes') {
    throw new Error(
      'prerequisite missing: the BGP lab (BGP=yes in .cluster/cluster.env: FRR-K8s, the router); run the cluster as root',
    );
  }
  cleanUp();
});
test.afterAll(() => {
  try {
    cutPath(CUT, false);
  } catch {
    // not cut
  }
  upCluster();
  cleanUp();
  fs.mkdirSync(path.dirname(FIGURES), { recursive: true });
  fs.writeFileSync(FIGURES, JSON.stringify(figures, null, 2));
  console.log(`BGP failover in the console: ${JSON.stringify(figures)}`);
});

const openCreate = async (page: Page, list: string, label: string) => {
  await page.goto(list);
  await page.getByRole('link', { name: label }).first().click();
  await expect(page).toHaveURL(/~new$/);
};
const save = (page: Page) => page.getByTestId('save-resource').click();
const session = (page: Page, node: string) =>
  page.getByTestId(`bgp-session-${node}-${PEER}`).first();
const bgpRow = (page: Page) => page.locator('[data-test^="assignment-192.168.123.19"]').first();

/** The assignments view with the BGP address's route open. */
const openRoute = async (page: Page) => {
  await page.goto('/metallb/assignments');
  await bgpRow(page).locator('td').first().getByRole('button').click();
};

/**
 * Records, in the page, the first moment the node's session shows a health other than `from`
 * (window.__changedAt, Date.now() of the browser, same clock as the test's on this machine).
 */
const watchHealth = (page: Page, node: string, from: string) =>
  page.evaluate(
    ([sel, was]) => {
      const w = window as unknown as { __changedAt?: number; __changedTo?: string };
      w.__changedAt = undefined;
      w.__changedTo = undefined;
      new MutationObserver(() => {
        const health = document.querySelector(sel)?.getAttribute('data-health');
        if (health && health !== was && !w.__changedAt) {
          w.__changedAt = Date.now();
          w.__changedTo = health;
        }
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    },
    [`[data-test="bgp-session-${node}-${PEER}"]`, from],
  );
const changedAt = async (page: Page) =>
  (await page.evaluate(() => (window as unknown as { __changedAt?: number }).__changedAt)) ?? 0;

test('the BGP lab through the forms: every node announces the address, each session Established', async ({
  page,
  issues,
}) => {
  test.setTimeout(300_000);
  // a pool: the form, with the BGP range's second half
  await openCreate(page, POOLS, 'Create IP address pool');
  await page.getByTestId('pool-name').fill(POOL);
  await page.getByTestId('address-input-0').fill('192.168.123.196-192.168.123.199');
  await expect(page.getByTestId('address-row-0')).toContainText('4 addresses');
  await save(page);
  await expect(page).toHaveURL(new RegExp(`IPAddressPool/${POOL}$`));

  // the router as a BGPPeer
  await openCreate(page, PEERS, 'Create BGP peer');
  await page.getByTestId('resource-name').fill(PEER);
  await page.getByTestId('peer-myASN').fill(process.env.LAB_NODE_ASN ?? '64500');
  await page.getByTestId('peer-peerASN').fill(process.env.LAB_ROUTER_ASN ?? '64501');
  await page.getByTestId('peer-peerAddress').fill(ROUTER);
  await page.getByTestId('peer-holdTime').fill('9s');
  await page.getByTestId('peer-keepaliveTime').fill('3s');
  await expect(page.getByTestId('native-bgp-limit')).toHaveCount(0); // FRR-K8s mode
  await save(page);
  await expect(page).toHaveURL(new RegExp(`BGPPeer/${PEER}$`));

  // the advertisement of the pool
  await openCreate(page, BGPADV, 'Create BGP advertisement');
  await page.getByTestId('resource-name').fill(ADV);
  await page.getByLabel(POOL, { exact: true }).check();
  await save(page);
  await expect(page).toHaveURL(new RegExp(`BGPAdvertisement/${ADV}$`));

  // the peer's page: a session from every node, Established, as FRR-K8s reports it
  await page.goto(`${PEERS}/${PEER}`);
  for (const n of NODES) {
    await expect(page.getByTestId(`session-${n}`).getByTestId('session-bgp')).toHaveText(
      'Established',
      { timeout: 90_000 },
    );
  }
  await page.getByTestId('peer-sessions').scrollIntoViewIfNeeded();
  await shootBothThemes(page, 'bgp-peer-sessions');

  // a Service gets an address; every node announces it to the router
  kubectlApply({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: SVC, namespace: NS, annotations: { 'metallb.io/address-pool': POOL } },
    spec: {
      type: 'LoadBalancer',
      selector: { 'vmi.kubevirt.io/id': 'database' },
      ports: [{ name: 'mysql', protocol: 'TCP', port: 3306, targetPort: 3306 }],
    },
  });
  await page.goto('/metallb/assignments');
  const row = bgpRow(page);
  await expect(row.getByTestId('owner-node')).toHaveText(NODES.join(', '), { timeout: 60_000 });
  await expect(row).toContainText('BGP');
  await shootBothThemes(page, 'bgp-assignments');
  await row.locator('td').first().getByRole('button').click();
  for (const n of NODES) await expect(session(page, n)).toContainText('Established');
  await shootBothThemes(page, 'bgp-assignments-route');
  expect(issues).toEqual([]);
});

test("a node's speaker killed: FRR-K8s keeps its session, the page keeps it Established", async ({
  page,
  issues,
}) => {
  test.setTimeout(300_000);
  await openRoute(page);
  await expect(session(page, KILLED)).toHaveAttribute('data-health', 'up', { timeout: 60_000 });
  await watchHealth(page, KILLED, 'up');
  kill(`speaker-${KILLED}`);
  // the speaker's pod turns not ready within seconds; its FRRConfiguration, FRR and the session stay
  await expect
    .poll(
      () =>
        kubectl([
          'get',
          'pods',
          '-n',
          MLB,
          '-l',
          'component=speaker',
          '--field-selector',
          `spec.nodeName=${KILLED}`,
          '-o',
          'jsonpath={.items[0].status.conditions[?(@.type=="Ready")].status}',
        ]),
      { timeout: 15_000 },
    )
    .toBe('False');
  await page.waitForTimeout(10_000);
  await expect(session(page, KILLED)).toHaveAttribute('data-health', 'up');
  await expect(session(page, KILLED)).toContainText('Established');
  await expect(bgpRow(page).getByTestId('sessions-down')).toHaveCount(0);
  expect(await changedAt(page), 'the session changed on the page').toBe(0);
  upCluster();
  expect(issues).toEqual([]);
});

test("a node's FRR killed: the page marks its session not current within seconds, and up again once FRR is back", async ({
  page,
  issues,
}) => {
  test.setTimeout(300_000);
  await openRoute(page);
  await expect(session(page, FRR_KILLED)).toHaveAttribute('data-health', 'up', {
    timeout: 60_000,
  });
  await watchHealth(page, FRR_KILLED, 'up');
  const killedAt = Date.now();
  kill(`frrk8s-${FRR_KILLED}-frr`);
  await expect(session(page, FRR_KILLED)).toHaveAttribute('data-health', 'stale', {
    timeout: 60_000,
  });
  const shownAt = await changedAt(page);
  expect(shownAt).toBeGreaterThan(killedAt);
  figures.frrKilledNode = FRR_KILLED;
  figures.frrKilledToPageS = seconds(shownAt - killedAt);
  // the other nodes' sessions stay up
  for (const n of NODES.filter((x) => x !== FRR_KILLED)) {
    await expect(session(page, n)).toHaveAttribute('data-health', 'up');
  }
  await shootBothThemes(page, 'bgp-frr-killed');
  const restartAt = Date.now();
  upCluster();
  await expect(session(page, FRR_KILLED)).toHaveAttribute('data-health', 'up', {
    timeout: 120_000,
  });
  figures.frrRestartToPageUpS = seconds(Date.now() - restartAt);
  console.log(
    `FRR on ${FRR_KILLED} killed: the page marked its session not current ${figures.frrKilledToPageS} s ` +
      `after the kill; up again ${figures.frrRestartToPageUpS} s after up.sh started restoring it`,
  );
  expect(issues).toEqual([]);
});

test('the path between a node and the router cut: the session goes down on the page, and comes back', async ({
  page,
  issues,
}) => {
  test.setTimeout(300_000);
  await openRoute(page);
  await expect(session(page, CUT)).toHaveAttribute('data-health', 'up', { timeout: 60_000 });
  await watchHealth(page, CUT, 'up');
  const cutAt = Date.now();
  cutPath(CUT, true);
  let restoredAt = 0;
  try {
    await expect(session(page, CUT)).toHaveAttribute('data-health', 'down', { timeout: 90_000 });
    figures.pathCutNode = CUT;
    figures.pathCutToPageDownS = seconds((await changedAt(page)) - cutAt);
    await expect(bgpRow(page).getByTestId('sessions-down')).toContainText(`${CUT} → ${PEER}`);
    await shootBothThemes(page, 'bgp-session-down');
    await page.goto('/metallb/overview');
    await expect(page.getByTestId(`session-down-${CUT}-${PEER}`)).toContainText(
      `The session of ${CUT} with ${PEER} (${ROUTER}) is down`,
    );
    await shootBothThemes(page, 'bgp-overview-session-down');
    await openRoute(page);
  } finally {
    restoredAt = Date.now();
    cutPath(CUT, false);
  }
  await expect(session(page, CUT)).toHaveAttribute('data-health', 'up', { timeout: 120_000 });
  figures.pathRestoredToPageUpS = seconds(Date.now() - restoredAt);
  console.log(
    `path ${CUT} <-> router cut: the page showed the session down ${figures.pathCutToPageDownS} s ` +
      `after the cut; Established again ${figures.pathRestoredToPageUpS} s after the path came back`,
  );
  expect(issues).toEqual([]);
});
