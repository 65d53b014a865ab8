// The lab's last step, over the real data path: ARP from the client finds the announcing node, kube-proxy
// (iptables mode, in that node's namespace) forwards to the database VM's pod IP, where a real MariaDB
// listens in a namespace of its own (the VM's "guest"; the VM itself is simulated).
import {
  METALLB_NS,
  apply,
  clientNetns,
  deleteQuietly,
  env,
  getJson,
  ingressIP,
  ipInRange,
  lbService,
  run,
  waitFor,
} from './lab';

const POOL = 'it-datapath-pool'; // 192.168.123.230-231
const ADV = 'it-datapath-adv';
const SVC = 'it-datapath-database';
const NS = 'vmexamples';

// A missing prerequisite fails the test with its name; it never turns the suite into a skip.
const dataPathRuns = env.DATAPATH === 'yes';
const DATAPATH_MISSING =
  'prerequisite missing: the data path (DATAPATH=yes in .cluster/cluster.env: kube-proxy in each node ' +
  'namespace and the MariaDB guest). up.sh sets it up only as root with network namespaces, unless ' +
  'LAB_DATAPATH=0; see .cluster/logs for why it did not. Run `npm run cluster:up` as root.';

describe('data path to the database guest', () => {
  beforeAll(async () => {
    if (!dataPathRuns) throw new Error(DATAPATH_MISSING);
    await apply([
      {
        apiVersion: 'metallb.io/v1beta1',
        kind: 'IPAddressPool',
        metadata: { name: POOL, namespace: METALLB_NS },
        spec: { addresses: ['192.168.123.230-192.168.123.231'] },
      },
      {
        apiVersion: 'metallb.io/v1beta1',
        kind: 'L2Advertisement',
        metadata: { name: ADV, namespace: METALLB_NS },
        spec: { ipAddressPools: [POOL] },
      },
    ]);
  });

  afterAll(async () => {
    if (!dataPathRuns) return; // nothing was made
    await deleteQuietly('service', '-n', NS, SVC);
    await waitFor('service gone', async () =>
      (await getJson('services', '-n', NS)).items.every(
        (s: { metadata: { name: string } }) => s.metadata.name !== SVC,
      ),
    ).catch(() => undefined);
    await deleteQuietly('l2advertisements.metallb.io', '-n', METALLB_NS, ADV);
    await deleteQuietly('ipaddresspools.metallb.io', '-n', METALLB_NS, POOL);
  });

  test('curl <LoadBalancer IP>:3306 from the client shows the MariaDB greeting', async () => {
    await apply(lbService(NS, SVC, { selector: { 'vmi.kubevirt.io/id': 'database' }, port: 3306 }));
    const ip = await waitFor('ingress IP', () => ingressIP(NS, SVC));
    expect(ipInRange(ip, 230, 231)).toBe(true);
    // the lab's command is `curl -s <IP>:3306 | cut -c1-16`; curl >= 7.66 needs --http0.9 to print a
    // non-HTTP answer. The greeting starts with 5 binary bytes, then MariaDB's version.
    const cmd = `curl -s --http0.9 --max-time 3 ${ip}:3306 | cut -c1-16 | tr -cd '[:print:]'`;
    const out = await waitFor(
      'MariaDB greeting through the LoadBalancer IP',
      async () => {
        const r = await run('ip', ['netns', 'exec', clientNetns, 'bash', '-c', cmd]);
        return /5\.5\.5-\d+\.\d+/.test(r.stdout) ? r.stdout : undefined;
      },
      60_000,
      500,
    );
    console.log(
      `curl -s ${ip}:3306 | cut -c1-16  ->  ${JSON.stringify(out)} (printable characters)`,
    );
    // Not anchored at the end: cut works per line, and the greeting's random salt holds a newline byte
    // (then a few more printable characters follow) in about one connection of twelve.
    expect(out).toMatch(/5\.5\.5-\d+\.\d+\.\d+-M/);
  });

  test('the guest answers from its new node after a live migration (and back)', async () => {
    const ip = (await ingressIP(NS, SVC)) as string;
    const vmiNode = async (): Promise<string> =>
      (await getJson('virtualmachineinstances.kubevirt.io', '-n', NS, 'database')).status.nodeName;
    const home = await vmiNode();
    const migrate = async (name: string, to?: string): Promise<string> => {
      await apply({
        apiVersion: 'kubevirt.io/v1',
        kind: 'VirtualMachineInstanceMigration',
        metadata: { name, namespace: NS },
        spec: {
          vmiName: 'database',
          ...(to ? { addedNodeSelector: { 'kubernetes.io/hostname': to } } : {}),
        },
      });
      await waitFor(`${name} Succeeded`, async () => {
        const m = await getJson('virtualmachineinstancemigrations.kubevirt.io', '-n', NS, name);
        return m.status?.phase === 'Succeeded';
      });
      return vmiNode();
    };
    const greeting = () =>
      waitFor(
        'MariaDB greeting',
        async () => {
          const r = await run('ip', [
            'netns',
            'exec',
            clientNetns,
            'bash',
            '-c',
            `curl -s --http0.9 --max-time 2 ${ip}:3306 | tr -cd '[:print:]'`,
          ]);
          return r.stdout.includes('MariaDB') ? r.stdout : undefined;
        },
        60_000,
        500,
      );
    // names of this run: a run that stopped half-way leaves its Succeeded migrations, and applying one of
    // those again would move nothing
    const tag = Date.now().toString(36);
    try {
      const away = await migrate(`it-datapath-away-${tag}`);
      expect(away).not.toBe(home);
      const t0 = Date.now();
      await greeting();
      console.log(
        `database migrated ${home} -> ${away}: MariaDB answers again after ${((Date.now() - t0) / 1000).toFixed(1)} s`,
      );
    } finally {
      // the lab's VM goes back where it was
      expect(await migrate(`it-datapath-back-${tag}`, home)).toBe(home);
      await greeting();
      await deleteQuietly(
        'virtualmachineinstancemigrations.kubevirt.io',
        '-n',
        NS,
        `it-datapath-away-${tag}`,
        `it-datapath-back-${tag}`,
      );
    }
  });
});
