// Layer 2 with the real speakers: each node is a network namespace on the lab bridge, the client asks
// ARP from its own namespace. The VM is the simulator's (the only pretend part of the lab).
import * as path from 'path';
import type { K8sObject } from './lab';
import {
  METALLB_NS,
  apply,
  arpingMac,
  clusterDir,
  deleteNamespaceAndServices,
  deleteQuietly,
  env,
  getJson,
  ingressIP,
  ipInRange,
  killLabProcess,
  kubectl,
  l2Statuses,
  lbService,
  namespace,
  nodeMac,
  nodes,
  pool,
  run,
  waitFor,
} from './lab';

const NS = 'it-l2';
const POOL = 'it-l2-pool'; // 192.168.123.220-222
const ADV = 'it-l2-adv';
const VM = 'it-db';

const vm = (): object => ({
  apiVersion: 'kubevirt.io/v1',
  kind: 'VirtualMachine',
  metadata: { name: VM, namespace: NS },
  spec: {
    runStrategy: 'Always',
    template: {
      metadata: { labels: { app: 'it-db' } },
      spec: {
        domain: {
          devices: { interfaces: [{ name: 'default', masquerade: {}, ports: [{ port: 3306 }] }] },
          memory: { guest: '1Gi' },
        },
        networks: [{ name: 'default', pod: {} }],
      },
    },
  },
});

const announcer = async (svc: string, not?: string): Promise<string | undefined> => {
  const st: K8sObject[] = await l2Statuses(NS, svc);
  const nodesNow = st.map((s) => s.status?.node).filter((n: string | undefined) => n && n !== not);
  return nodesNow[0];
};

const vmiNode = async (): Promise<string> =>
  (await getJson('virtualmachineinstances.kubevirt.io', '-n', NS, VM)).status.nodeName;

// A missing prerequisite fails every test with its name; it never turns the suite into a skip.
const speakersRun = env.SPEAKERS === 'yes';
const SPEAKERS_MISSING =
  'prerequisite missing: MetalLB speakers (SPEAKERS=yes in .cluster/cluster.env). up.sh starts them only ' +
  'as root, in one network namespace per node: run `npm run cluster:up` and `npm run test:cluster` as root.';

describe('layer 2 announcement by the real speakers', () => {
  beforeAll(async () => {
    if (!speakersRun) throw new Error(SPEAKERS_MISSING);
    await apply([
      namespace(NS),
      pool(POOL, ['192.168.123.220-192.168.123.222']),
      {
        apiVersion: 'metallb.io/v1beta1',
        kind: 'L2Advertisement',
        metadata: { name: ADV, namespace: METALLB_NS },
        spec: { ipAddressPools: [POOL] },
      },
    ]);
    await apply(vm());
    await waitFor(
      'test VM running',
      async () =>
        (await getJson('virtualmachines.kubevirt.io', '-n', NS, VM)).status?.printableStatus ===
        'Running',
    );
  });

  afterAll(async () => {
    if (!speakersRun) return; // nothing was made
    // every speaker back (idempotent up.sh restarts only what is not running)
    await run('bash', [path.join(clusterDir, 'up.sh')]);
    await deleteNamespaceAndServices(NS);
    await deleteQuietly('l2advertisements.metallb.io', '-n', METALLB_NS, ADV);
    await deleteQuietly('ipaddresspools.metallb.io', '-n', METALLB_NS, POOL);
  });

  test('a ServiceL2Status names the announcing node, and ARP from a client sees that node', async () => {
    await apply(lbService(NS, 'db', { selector: { 'vmi.kubevirt.io/id': VM }, port: 3306 }));
    const ip = await waitFor('db ingress IP', () => ingressIP(NS, 'db'));
    expect(ipInRange(ip, 220, 222)).toBe(true);
    const node = await waitFor('ServiceL2Status for db', () => announcer('db'), 60_000);
    expect(nodes).toContain(node);
    const st = (await l2Statuses(NS, 'db'))[0];
    expect(st.metadata.labels['metallb.io/node']).toBe(node);
    expect(st.status.serviceName).toBe('db');
    expect(st.status.serviceNamespace).toBe(NS);

    const mac = await waitFor('ARP reply', () => arpingMac(ip), 30_000);
    expect(mac).toBe(await nodeMac(node));
    console.log(`db ${ip} announced by ${node} (${mac})`);
  });

  test('killing the owner speaker moves the announcement to another node', async () => {
    const ip = (await ingressIP(NS, 'db')) as string;
    const owner = (await announcer('db')) as string;
    const t0 = Date.now();
    await killLabProcess(`speaker-${owner}`);
    const next = await waitFor(
      'a new ServiceL2Status on another node',
      () => announcer('db', owner),
      120_000,
      200,
    );
    const statusMs = Date.now() - t0;
    const mac = await waitFor(
      'ARP answered by the new owner',
      async () => {
        const m = await arpingMac(ip);
        return m && m === (await nodeMac(next)) ? m : undefined;
      },
      60_000,
      200,
    );
    const arpMs = Date.now() - t0;
    console.log(
      `failover: speaker on ${owner} killed; ServiceL2Status on ${next} after ${(statusMs / 1000).toFixed(1)} s, ` +
        `ARP answered by ${next} (${mac}) after ${(arpMs / 1000).toFixed(1)} s`,
    );
    expect(next).not.toBe(owner);
    // bring the killed speaker back for what follows
    const r = await run('bash', [path.join(clusterDir, 'up.sh')]);
    expect(r.code).toBe(0);
  });

  test('with externalTrafficPolicy: Local the announcement follows the VM when it migrates', async () => {
    await apply(
      lbService(NS, 'db-local', {
        selector: { 'vmi.kubevirt.io/id': VM },
        port: 3306,
        local: true,
      }),
    );
    const ip = await waitFor('db-local ingress IP', () => ingressIP(NS, 'db-local'));
    const from = await vmiNode();
    await waitFor(
      'db-local announced from the VM node',
      async () => (await announcer('db-local')) === from,
      60_000,
    );
    expect(
      await waitFor(
        'ARP from the VM node',
        async () => (await arpingMac(ip)) === (await nodeMac(from)),
        30_000,
      ),
    ).toBe(true);

    await apply({
      apiVersion: 'kubevirt.io/v1',
      kind: 'VirtualMachineInstanceMigration',
      metadata: { name: 'it-db-migration', namespace: NS },
      spec: { vmiName: VM },
    });
    const to = await waitFor('VMI on another node', async () => {
      const n = await vmiNode();
      return n !== from ? n : undefined;
    });
    const t0 = Date.now();
    await waitFor(
      'announcement moved to the new node',
      async () => (await announcer('db-local', from)) === to,
      60_000,
      200,
    );
    await waitFor(
      'ARP answered by the new node',
      async () => (await arpingMac(ip)) === (await nodeMac(to)),
      30_000,
      200,
    );
    console.log(
      `migration ${from} -> ${to}: announcement followed in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
    );
    const mig = await getJson(
      'virtualmachineinstancemigrations.kubevirt.io',
      '-n',
      NS,
      'it-db-migration',
    );
    expect(mig.status.phase).toBe('Succeeded');
    // the launcher pod on the old node is gone; the one on the new node carries KubeVirt's labels
    const pods = (await getJson('pods', '-n', NS, '-l', `vmi.kubevirt.io/id=${VM}`)).items;
    expect(pods.map((p: K8sObject) => p.spec.nodeName)).toEqual([to]);
    expect(pods[0].metadata.labels).toMatchObject({
      'kubevirt.io': 'virt-launcher',
      'vm.kubevirt.io/name': VM,
    });
    await kubectl('get', 'servicel2statuses.metallb.io', '-n', METALLB_NS);
  });
});
