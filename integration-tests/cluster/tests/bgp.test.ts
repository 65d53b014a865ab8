// BGP with every process real: MetalLB's speakers in FRR-K8s mode, FRR-K8s's pods (FRR, its controller and its
// status writer) in each node's namespace, and an upstream router (FRR, in its own namespace on the lab bridge)
// with a client behind it. Failover is measured three ways: a node's FRR killed (its TCP sessions close at
// once), the path between a node and the router cut silently (only BFD or the hold time notices), and a
// node's MetalLB speaker killed (FRR-K8s keeps what it was told).
import * as path from 'path';
import type { K8sObject } from './lab';
import {
  FRRK8S_NS,
  METALLB_NS,
  apply,
  bgpStatuses,
  clusterDir,
  deleteQuietly,
  env,
  getJson,
  ingressIP,
  ipInRange,
  killLabProcess,
  kubectl,
  lbService,
  nodeIP,
  nodes,
  routerIP,
  routerNextHops,
  run,
  sessionStates,
  sleep,
  vtyshJson,
  waitFor,
} from './lab';

const POOL = 'it-bgp-pool'; // 192.168.123.192-195 (the BGP range's first half; the browser walk uses the rest)
const PEER = 'it-bgp-router';
const BFD = 'it-bgp-bfd';
const ADV = 'it-bgp-adv';
const SVC = 'it-bgp-database';
const NS = 'vmexamples';
const HOLD_S = 9; // the peer's hold time (MetalLB's default is 90 s): what notices a silent failure without BFD

const BGP_MISSING =
  'prerequisite missing: the BGP lab (BGP=yes in .cluster/cluster.env: FRR-K8s in each node namespace, the ' +
  'router and its client). up.sh sets it up only as root with network namespaces; see .cluster/logs. Run ' +
  '`npm run cluster:up` as root.';

const upSh = () => run('bash', [path.join(clusterDir, 'up.sh')]);
const seconds = (ms: number) => (ms / 1000).toFixed(1);
const results: Record<string, number> = {};

/** The BGPSessionState of `node` with the router, as FRR-K8s's frr-status wrote it. */
const stateOf = async (node: string): Promise<K8sObject | undefined> =>
  (await sessionStates()).find((s) => s.status?.node === node && s.status?.peer === routerIP);

/** The router's view of its neighbours: address -> BGP state. */
const routerPeers = async (): Promise<Record<string, string>> => {
  const summary = await vtyshJson('router-frr', 'show bgp ipv4 unicast summary json');
  const peers: Record<string, K8sObject> = summary.peers ?? {};
  return Object.fromEntries(Object.entries(peers).map(([ip, p]) => [ip, p.state]));
};

const everyNodeEstablished = async (): Promise<boolean> => {
  const peers = await routerPeers();
  if (!nodes.every((n) => peers[nodeIP(n)] === 'Established')) return false;
  for (const n of nodes) if ((await stateOf(n))?.status?.bgpStatus !== 'Established') return false;
  return true;
};

const allNextHops = () => nodes.map(nodeIP).sort();

const peer = (bfd: boolean) => ({
  apiVersion: 'metallb.io/v1beta2',
  kind: 'BGPPeer',
  metadata: { name: PEER, namespace: METALLB_NS },
  spec: {
    myASN: Number(env.LAB_NODE_ASN ?? 64500),
    peerASN: Number(env.LAB_ROUTER_ASN ?? 64501),
    peerAddress: routerIP,
    holdTime: `${HOLD_S}s`,
    keepaliveTime: '3s',
    ...(bfd ? { bfdProfile: BFD } : {}),
  },
});

/** The lines of a node's running FRR configuration that turn BFD on for its session with the router. */
const nodeBfdLines = async (node: string): Promise<string[]> => {
  const r = await run('bash', [
    path.join(clusterDir, 'vtysh.sh'),
    `frrk8s-${node}-frr`,
    '-c',
    'show running-config',
  ]);
  if (r.code !== 0) throw new Error(`vtysh frrk8s-${node}-frr: ${r.stderr.trim()}`);
  return r.stdout.split('\n').filter((l) => l.trim().startsWith(`neighbor ${routerIP} bfd`));
};

/**
 * BFD on: the peer patched with the profile; FRR-K8s renders it and its reloader adds it to each node's FRR.
 * BFD off: the peer deleted, every node's session gone, then made again without the profile. A patch that
 * only removes the profile does not turn BFD off here (measured): FRR-K8s renders no BFD for the session,
 * but the reload (Debian FRR 8.4's frr-reload.py) removes only `neighbor <router> bfd profile <p>` and leaves
 * `neighbor <router> bfd`, so BFD stays up with FRR's default timers and frr-status keeps writing Up.
 * With BFD off on a node, FRR reports no BFD for the session and frr-status writes bfdStatus 'N/A'; the
 * router keeps `bfd` on its side, where the session never comes up (BFD takes down only a session it saw up).
 */
const setBFD = async (on: boolean, ip: string): Promise<void> => {
  if (on) {
    await kubectl(
      'patch',
      'bgppeers.metallb.io',
      PEER,
      '-n',
      METALLB_NS,
      '--type',
      'json',
      '-p',
      JSON.stringify([{ op: 'add', path: '/spec/bfdProfile', value: BFD }]),
    );
  } else {
    await kubectl('delete', 'bgppeers.metallb.io', PEER, '-n', METALLB_NS, '--wait=true');
    await waitFor(
      "every node's session with the router gone (FRR-K8s's frr-status deletes its BGPSessionState)",
      async () => (await sessionStates()).every((s) => s.status?.peer !== routerIP),
      90_000,
      500,
    );
    await apply([peer(false)]);
  }
  await waitFor(
    `BFD ${on ? 'up' : 'off'} on every node's session`,
    async () => {
      for (const n of nodes) {
        const s = await stateOf(n);
        if (s?.status?.bgpStatus !== 'Established') return false;
        if (s.status.bfdStatus !== (on ? 'Up' : 'N/A')) return false;
      }
      return true;
    },
    90_000,
    500,
  );
  for (const n of nodes) {
    if (on) expect(await nodeBfdLines(n)).toContain(` neighbor ${routerIP} bfd`);
    else expect(await nodeBfdLines(n)).toEqual([]);
    const bfd = await vtyshJson('router-frr', `show bfd peer ${nodeIP(n)} json`);
    if (on) expect(bfd.status).toBe('up');
    else expect(bfd.status).not.toBe('up');
  }
  await waitFor(
    'every node a next hop for the address',
    async () => JSON.stringify(await routerNextHops(ip)) === JSON.stringify(allNextHops()),
    90_000,
    200,
  );
};

/** Waits until the router's next hops for `ip` leave out `gone`; the time from `t0`, in ms. */
const withdrawn = async (ip: string, gone: string, t0: number, timeoutMs = 60_000) => {
  await waitFor(
    `the router to withdraw ${gone} as a next hop for ${ip}`,
    async () => !(await routerNextHops(ip)).includes(gone),
    timeoutMs,
    50,
  );
  return Date.now() - t0;
};

/** The lab brought back (up.sh restarts what was killed) and every node's next hop back at the router. */
const restore = async (ip: string) => {
  const r = await upSh();
  expect(r.code).toBe(0);
  const t0 = Date.now();
  await waitFor(
    'every node a next hop again',
    async () => JSON.stringify(await routerNextHops(ip)) === JSON.stringify(allNextHops()),
    90_000,
    200,
  );
  await waitFor('every session Established again', everyNodeEstablished, 90_000, 500);
  return Date.now() - t0;
};

const frrPodReady = async (node: string): Promise<boolean> => {
  const pods = (
    await getJson(
      'pods',
      '-n',
      FRRK8S_NS,
      '-l',
      'app=frr-k8s',
      '--field-selector',
      `spec.nodeName=${node}`,
    )
  ).items;
  return pods.some((p: K8sObject) =>
    p.status?.conditions?.some((c: K8sObject) => c.type === 'Ready' && c.status === 'True'),
  );
};

describe('BGP: FRR-K8s on every node, a router, a client behind it', () => {
  let ip = '';

  beforeAll(async () => {
    if (env.BGP !== 'yes') throw new Error(BGP_MISSING);
    await apply([
      {
        apiVersion: 'metallb.io/v1beta1',
        kind: 'IPAddressPool',
        metadata: { name: POOL, namespace: METALLB_NS },
        spec: { addresses: ['192.168.123.192-192.168.123.195'], autoAssign: false },
      },
      {
        apiVersion: 'metallb.io/v1beta1',
        kind: 'BFDProfile',
        metadata: { name: BFD, namespace: METALLB_NS },
        spec: { receiveInterval: 300, transmitInterval: 300, detectMultiplier: 3 },
      },
      peer(true),
      {
        apiVersion: 'metallb.io/v1beta1',
        kind: 'BGPAdvertisement',
        metadata: { name: ADV, namespace: METALLB_NS },
        spec: { ipAddressPools: [POOL] },
      },
    ]);
  });

  afterAll(async () => {
    if (env.BGP !== 'yes') return; // nothing was made
    await upSh();
    await deleteQuietly('service', '-n', NS, SVC);
    await waitFor('service gone', async () =>
      (await getJson('services', '-n', NS)).items.every(
        (s: { metadata: { name: string } }) => s.metadata.name !== SVC,
      ),
    ).catch(() => undefined);
    await deleteQuietly('bgpadvertisements.metallb.io', '-n', METALLB_NS, ADV);
    await deleteQuietly('bgppeers.metallb.io', '-n', METALLB_NS, PEER);
    await deleteQuietly('bfdprofiles.metallb.io', '-n', METALLB_NS, BFD);
    await deleteQuietly('ipaddresspools.metallb.io', '-n', METALLB_NS, POOL);
    console.log(`BGP failover figures: ${JSON.stringify(results)}`);
  });

  test('every node has its session Established: the router and BGPSessionState agree', async () => {
    await waitFor('sessions Established from every node', everyNodeEstablished, 120_000, 500);
    // BFD comes up after BGP, and frr-status writes what FRR says every few seconds: wait for both
    // ends to report it before checking each node
    await waitFor(
      'BFD up from every node, in BGPSessionState and on the router',
      async () => {
        for (const n of nodes) {
          if ((await stateOf(n))?.status?.bfdStatus !== 'Up') return false;
          if ((await vtyshJson('router-frr', `show bfd peer ${nodeIP(n)} json`)).status !== 'up')
            return false;
        }
        return true;
      },
      60_000,
      500,
    );
    const peers = await routerPeers();
    for (const n of nodes) {
      expect(peers[nodeIP(n)]).toBe('Established');
      const s = await stateOf(n);
      expect(s.metadata.labels).toMatchObject({
        'frrk8s.metallb.io/node': n,
        'frrk8s.metallb.io/peer': routerIP,
      });
      expect(s.status).toMatchObject({ bgpStatus: 'Established', bfdStatus: 'Up' }); // frr-status writes the default VRF as ''
      // the router sees the BFD session from that node up too
      const bfd = await vtyshJson('router-frr', `show bfd peer ${nodeIP(n)} json`);
      expect(bfd.status).toBe('up');
    }
  });

  test('a LoadBalancer address is routed through every node that announces it', async () => {
    await apply(
      lbService(NS, SVC, {
        selector: { 'vmi.kubevirt.io/id': 'database' },
        port: 3306,
        annotations: { 'metallb.io/address-pool': POOL },
      }),
    );
    ip = await waitFor('ingress IP', () => ingressIP(NS, SVC));
    expect(ipInRange(ip, 192, 195)).toBe(true);
    // one ServiceBGPStatus per announcing node, naming the peer
    const statuses = await waitFor(
      'a ServiceBGPStatus from every node',
      async () => {
        const st = await bgpStatuses(NS, SVC);
        return st.length === nodes.length ? st : undefined;
      },
      60_000,
      500,
    );
    expect(statuses.map((s) => s.status.node).sort()).toEqual([...nodes].sort());
    for (const s of statuses) expect(s.status.peers).toEqual([PEER]);
    // the router holds the /32 with every one of them as a next hop, in BGP and in its kernel
    await waitFor(
      'the router to route the address through every node',
      async () => JSON.stringify(await routerNextHops(ip)) === JSON.stringify(allNextHops()),
      60_000,
      200,
    );
    const rib = await vtyshJson('router-frr', `show ip route ${ip}/32 json`);
    const entry = rib[`${ip}/32`][0];
    expect(entry.protocol).toBe('bgp');
    expect(entry.nexthops.map((h: K8sObject) => h.ip).sort()).toEqual(allNextHops());
    console.log(`${ip}: router next hops ${(await routerNextHops(ip)).join(', ')}`);
  });

  test('from the client behind the router, the address answers with the MariaDB greeting', async () => {
    const cmd = `curl -s --http0.9 --max-time 3 ${ip}:3306 | cut -c1-16 | tr -cd '[:print:]'`;
    const out = await waitFor(
      'MariaDB greeting through the router',
      async () => {
        const r = await run('ip', ['netns', 'exec', env.LAB_BGP_CLIENT_NETNS, 'bash', '-c', cmd]);
        return /5\.5\.5-\d+\.\d+/.test(r.stdout) ? r.stdout : undefined;
      },
      60_000,
      500,
    );
    console.log(`from ${env.LAB_BGP_CLIENT_IP}: curl ${ip}:3306 -> ${JSON.stringify(out)}`);
    expect(out).toMatch(/5\.5\.5-\d+\.\d+\.\d+-M$/);
  });

  test.each([
    ['on', true],
    ['off', false],
  ])(
    "a node's FRR killed (BFD %s): the router withdraws that next hop at once",
    async (label, bfd) => {
      await setBFD(bfd, ip);
      const node = nodes[0];
      const hop = nodeIP(node);
      expect(await routerNextHops(ip)).toContain(hop);
      const t0 = Date.now();
      await killLabProcess(`frrk8s-${node}-frr`);
      const ms = await withdrawn(ip, hop, t0);
      results[`frrKilledBfd${label === 'on' ? 'On' : 'Off'}Ms`] = ms;
      expect((await routerNextHops(ip)).sort()).toEqual(allNextHops().filter((h) => h !== hop));
      // the node's FRR-K8s pod turns not ready (its frr container is gone)
      await waitFor(
        'the FRR-K8s pod not ready',
        async () => !(await frrPodReady(node)),
        10_000,
        200,
      );
      const back = await restore(ip);
      console.log(
        `FRR on ${node} killed, BFD ${label}: router withdrew ${hop} after ${seconds(ms)} s; ` +
          `back ${seconds(back)} s after up.sh restarted it`,
      );
    },
    240_000,
  );

  test.each([
    ['on', true],
    ['off', false],
  ])(
    'the path between a node and the router cut silently (BFD %s): the router withdraws it, BGPSessionState follows, ServiceBGPStatus stays',
    async (label, bfd) => {
      await setBFD(bfd, ip);
      const node = nodes[1];
      const hop = nodeIP(node);
      const netns = `mlb-${node}`;
      const rules = [
        ['INPUT', '-s', routerIP],
        ['OUTPUT', '-d', routerIP],
      ];
      const iptables = async (op: '-I' | '-D') => {
        for (const [chain, dir, addr] of rules) {
          const args = ['netns', 'exec', netns, 'iptables', '-w', op, chain];
          if (op === '-I') args.push('1');
          const r = await run('ip', [...args, dir, addr, '-j', 'DROP']);
          if (r.code !== 0) throw new Error(`iptables ${op} ${chain}: ${r.stderr}`);
        }
      };
      const t0 = Date.now();
      await iptables('-I');
      try {
        const ms = await withdrawn(ip, hop, t0, (HOLD_S + 30) * 1000);
        results[`pathCutBfd${label === 'on' ? 'On' : 'Off'}Ms`] = ms;
        // FRR-K8s's frr-status (polling FRR every 5 s here) writes the session down
        const state = await waitFor(
          `BGPSessionState of ${node} not Established`,
          async () => {
            const s = await stateOf(node);
            return s && s.status.bgpStatus !== 'Established' ? s : undefined;
          },
          (HOLD_S + 30) * 1000,
          200,
        );
        const stateMs = Date.now() - t0;
        results[`pathCutBfd${label === 'on' ? 'On' : 'Off'}SessionStateMs`] = stateMs;
        // MetalLB's ServiceBGPStatus is intent: the node still means to announce to the peer
        const st = (await bgpStatuses(NS, SVC)).find((s) => s.status.node === node);
        expect(st?.status.peers).toEqual([PEER]);
        console.log(
          `path ${node} <-> router cut, BFD ${label}: router withdrew ${hop} after ${seconds(ms)} s; ` +
            `BGPSessionState ${state.status.bgpStatus} (BFD ${state.status.bfdStatus}) after ${seconds(stateMs)} s`,
        );
      } finally {
        await iptables('-D');
      }
      const t1 = Date.now();
      await waitFor(
        'the next hop back',
        async () => (await routerNextHops(ip)).includes(hop),
        120_000,
        200,
      );
      await waitFor('every session Established again', everyNodeEstablished, 120_000, 500);
      console.log(
        `path restored: ${hop} back as a next hop, session Established, ${seconds(Date.now() - t1)} s`,
      );
    },
    300_000,
  );

  test("a node's MetalLB speaker killed: FRR-K8s keeps announcing, the router keeps the next hop", async () => {
    const node = nodes[2];
    const hop = nodeIP(node);
    await killLabProcess(`speaker-${node}`);
    // the speaker's pod turns not ready, and nothing else changes: its FRRConfiguration stays
    await waitFor(
      'the speaker pod not ready',
      async () => {
        const pods = (
          await getJson(
            'pods',
            '-n',
            METALLB_NS,
            '-l',
            'component=speaker',
            '--field-selector',
            `spec.nodeName=${node}`,
          )
        ).items;
        return pods.every(
          (p: K8sObject) =>
            !p.status?.conditions?.some(
              (c: K8sObject) => c.type === 'Ready' && c.status === 'True',
            ),
        );
      },
      10_000,
      200,
    );
    for (let i = 0; i < 10; i++) {
      expect(await routerNextHops(ip)).toContain(hop);
      await sleep(1000);
    }
    expect((await stateOf(node))?.status.bgpStatus).toBe('Established');
    const r = await upSh();
    expect(r.code).toBe(0);
    expect(JSON.stringify(await routerNextHops(ip))).toBe(JSON.stringify(allNextHops()));
  }, 120_000);
});
