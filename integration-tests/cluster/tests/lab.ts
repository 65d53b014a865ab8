// Helpers for the lab cluster tests: kubectl through execFile, polling, and the lab's network namespaces.
import { execFile, spawn } from 'child_process';
import { readFileSync } from 'fs';
import * as path from 'path';

const repoRoot = path.resolve(__dirname, '../../..');
export const clusterDir = path.join(repoRoot, 'integration-tests/cluster');
export const stateDir = process.env.CLUSTER_STATE ?? path.join(repoRoot, '.cluster');

const readEnv = (): Record<string, string> => {
  const text = readFileSync(path.join(stateDir, 'cluster.env'), 'utf8');
  const env: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = /^([A-Z_]+)=(.*)$/.exec(line);
    if (m) env[m[1]] = m[2].replace(/^"(.*)"$/, '$1');
  }
  return env;
};
export const env = readEnv();
export const METALLB_NS = 'metallb-system';
export const nodes = (env.LAB_NODES ?? '').split(' ').filter(Boolean);
export const clientNetns = env.LAB_CLIENT_NETNS ?? 'mlb-client';

export type Run = { stdout: string; stderr: string; code: number };

export const run = (file: string, args: string[], input?: string): Promise<Run> =>
  new Promise((resolve) => {
    const child = spawn(file, args, { env: { ...process.env, KUBECONFIG: env.KUBECONFIG } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ stdout, stderr, code: code ?? -1 }));
    if (input !== undefined) child.stdin.end(input);
    else child.stdin.end();
  });

export const kubectl = async (...args: string[]): Promise<string> => {
  const r = await run(env.KUBECTL, args);
  if (r.code !== 0) throw new Error(`kubectl ${args.join(' ')} failed: ${r.stderr.trim()}`);
  return r.stdout;
};

/** kubectl with a manifest on stdin; resolves to the whole result so callers can check refusals. */
export const kubectlIn = (input: string, ...args: string[]): Promise<Run> =>
  run(env.KUBECTL, args, input);

export const apply = async (manifest: object | object[]): Promise<void> => {
  const items = Array.isArray(manifest) ? manifest : [manifest];
  const r = await kubectlIn(
    JSON.stringify({ apiVersion: 'v1', kind: 'List', items }),
    'apply',
    '-f',
    '-',
  );
  if (r.code !== 0) throw new Error(`kubectl apply failed: ${r.stderr.trim()}`);
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type K8sObject = any;

export const getJson = async (...args: string[]): Promise<K8sObject> =>
  JSON.parse(await kubectl('get', '-o', 'json', ...args));

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `fn` until it returns a value other than undefined/false, or fails after `timeoutMs`. */
export const waitFor = async <T>(
  what: string,
  fn: () => Promise<T | undefined | false>,
  timeoutMs = 60_000,
  intervalMs = 250,
): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v !== undefined && v !== false) return v as T;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`,
      );
    }
    await sleep(intervalMs);
  }
};

export const execFileP = (file: string, args: string[]): Promise<string> =>
  new Promise((resolve, reject) =>
    execFile(file, args, (err, stdout, stderr) =>
      err
        ? reject(new Error(`${file} ${args.join(' ')}: ${stderr || err.message}`))
        : resolve(stdout),
    ),
  );

/** The MAC address of eth0 inside a node's network namespace. */
export const nodeMac = async (node: string): Promise<string> =>
  (await execFileP('ip', ['netns', 'exec', `mlb-${node}`, 'cat', '/sys/class/net/eth0/address']))
    .trim()
    .toLowerCase();

/** Who answers ARP for `ip`, asked from the lab's client namespace (never from the host). */
export const arpingMac = async (ip: string): Promise<string | undefined> => {
  const r = await run('ip', [
    'netns',
    'exec',
    clientNetns,
    'arping',
    '-c',
    '1',
    '-w',
    '2',
    '-I',
    'eth0',
    ip,
  ]);
  const m = /\[([0-9A-Fa-f:]{17})\]/.exec(r.stdout);
  return m ? m[1].toLowerCase() : undefined;
};

export const l2Statuses = async (ns: string, svc: string): Promise<K8sObject[]> =>
  (
    await getJson(
      'servicel2statuses.metallb.io',
      '-n',
      METALLB_NS,
      '-l',
      `metallb.io/service-name=${svc},metallb.io/service-namespace=${ns}`,
    )
  ).items;

export const ingressIP = async (ns: string, svc: string): Promise<string | undefined> => {
  const s = await getJson('service', '-n', ns, svc);
  return s.status?.loadBalancer?.ingress?.[0]?.ip;
};

export const events = async (ns: string, name: string): Promise<K8sObject[]> =>
  (await getJson('events', '-n', ns, '--field-selector', `involvedObject.name=${name}`)).items;

export const pool = (name: string, addresses: string[], autoAssign = true): object => ({
  apiVersion: 'metallb.io/v1beta1',
  kind: 'IPAddressPool',
  metadata: { name, namespace: METALLB_NS },
  spec: { addresses, autoAssign },
});

export const lbService = (
  ns: string,
  name: string,
  opts: {
    selector?: Record<string, string>;
    annotations?: Record<string, string>;
    port?: number;
    local?: boolean;
  } = {},
): object => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name, namespace: ns, annotations: opts.annotations ?? {} },
  spec: {
    type: 'LoadBalancer',
    selector: opts.selector ?? { 'lab-test': name },
    ports: [{ name: 'p', port: opts.port ?? 80, protocol: 'TCP', targetPort: opts.port ?? 80 }],
    ...(opts.local ? { externalTrafficPolicy: 'Local' } : {}),
  },
});

export const namespace = (name: string): object => ({
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: { name, labels: { 'metallb-lab/test': 'true' } },
});

export const deleteQuietly = async (...args: string[]): Promise<void> => {
  await run(env.KUBECTL, ['delete', '--ignore-not-found', '--wait=false', ...args]);
};

/**
 * Deletes a test namespace and waits (up to a minute) until its Services are gone, so the pools the
 * test made can be deleted next without a Service still holding their addresses.
 */
export const deleteNamespaceAndServices = async (ns: string): Promise<void> => {
  await deleteQuietly('namespace', ns);
  await waitFor(
    'test services gone',
    async () => (await getJson('services', '-n', ns)).items.length === 0,
    60_000,
  ).catch(() => undefined);
};

export const ipInRange = (ip: string, from: number, to: number): boolean => {
  const last = Number(ip.split('.')[3]);
  return ip.startsWith('192.168.123.') && last >= from && last <= to;
};

// ---------------------------------------------------------------- the BGP lab (bgp.sh)
export const FRRK8S_NS = env.FRRK8S_NAMESPACE ?? 'frr-k8s-system';
export const routerIP = env.LAB_ROUTER_IP ?? '192.168.123.2';
/** A node's address on the lab bridge (worker-N is 192.168.123.1N). */
export const nodeIP = (node: string): string => `192.168.123.1${nodes.indexOf(node) + 1}`;

/** vtysh inside a lab FRR (`router-frr`, or `frrk8s-<node>-frr`): its JSON answer. */
export const vtyshJson = async (frr: string, command: string): Promise<K8sObject> => {
  const r = await run('bash', [path.join(clusterDir, 'vtysh.sh'), frr, '-c', command]);
  if (r.code !== 0) throw new Error(`vtysh ${frr} -c '${command}': ${r.stderr.trim()}`);
  return JSON.parse(r.stdout);
};

/**
 * Sends `signal` to the lab process recorded as `name` (.cluster/pids), only while that very process runs
 * (kill.sh checks its start time, so a pid the kernel gave to another process is never signalled); fails when
 * it does not run. `speaker-<node>`, `frrk8s-<node>-frr` (that FRR container, its daemons with it), ...
 * Returns the pid signalled.
 */
export const killLabProcess = async (name: string, signal = 'KILL'): Promise<number> => {
  const r = await run('bash', [path.join(clusterDir, 'kill.sh'), name, signal]);
  if (r.code !== 0) throw new Error(`kill.sh ${name} ${signal}: ${r.stderr.trim()}`);
  return Number(r.stdout.trim());
};

/** The router's next hops for `ip` (its FIB, as the kernel of the router's namespace has it). */
export const routerNextHops = async (ip: string): Promise<string[]> => {
  const r = await run('ip', [
    '-n',
    env.LAB_ROUTER_NETNS ?? 'mlb-router',
    '-j',
    'route',
    'show',
    `${ip}/32`,
  ]);
  if (r.code !== 0) throw new Error(`ip route show ${ip}: ${r.stderr.trim()}`);
  const routes: K8sObject[] = JSON.parse(r.stdout || '[]');
  const hops: string[] = [];
  for (const route of routes) {
    if (route.gateway) hops.push(route.gateway);
    for (const nh of route.nexthops ?? []) if (nh.gateway) hops.push(nh.gateway);
  }
  return hops.sort();
};

export const sessionStates = async (): Promise<K8sObject[]> =>
  (await getJson('bgpsessionstates.frrk8s.metallb.io', '-n', FRRK8S_NS)).items;

export const bgpStatuses = async (ns: string, svc: string): Promise<K8sObject[]> =>
  (
    await getJson(
      'servicebgpstatuses.metallb.io',
      '-n',
      METALLB_NS,
      '-l',
      `metallb.io/service-name=${svc},metallb.io/service-namespace=${ns}`,
    )
  ).items;
