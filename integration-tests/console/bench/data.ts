// The objects `npm run bench:ui` times pages on: 500 IPAddressPools and 5,000 LoadBalancer Services,
// made and removed through the API server directly (16 requests in flight), labelled so that one
// deletecollection per kind removes them. Every LoadBalancer IP stays in the lab subnet: the Services
// request addresses of eight /29 pools in 192.168.123.32-95 and share them (one sharing key, a port
// each); the other 492 pools (198.18.x.0/24 and 2001:db8:b0:x::/64) have autoAssign off and are never
// asked for. The Services carry service.kubernetes.io/service-proxy-name, so kube-proxy and the
// speakers leave them alone: no rules, no ARP.
import * as fs from 'fs';
import * as https from 'https';
import * as path from 'path';

const STATE = process.env.CLUSTER_STATE ?? path.resolve(__dirname, '../../../.cluster');
const env = Object.fromEntries(
  fs
    .readFileSync(path.join(STATE, 'cluster.env'), 'utf-8')
    .split('\n')
    .map((l) => /^([A-Z_]+)=(.*)$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => [m[1], m[2].replace(/^"(.*)"$/, '$1')]),
);

export const POOLS = 500;
export const SERVICES = 5000;
export const LABEL = 'metallb-console-plugin/bench';
export const NAMESPACES = Array.from({ length: 10 }, (_, i) => `bench-ui-${i}`);
/** Pools holding the Services' addresses; live pool 0 is kept free for the update timing. */
export const LIVE_POOLS = Array.from({ length: 8 }, (_, i) => `bench-a-live-${i}`);
export const UPDATE_POOL = LIVE_POOLS[0];
export const UPDATE_POOL_SIZE = 8;
const METALLB_NS = 'metallb-system';

const api = new URL(env.APISERVER_URL);
const agent = new https.Agent({
  ca: fs.readFileSync(env.CA_FILE),
  keepAlive: true,
  maxSockets: 16,
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- API JSON of many shapes
export const request = (method: string, urlPath: string, body?: unknown): Promise<any> =>
  new Promise((resolve, reject) => {
    const req = https.request(
      {
        host: api.hostname,
        port: api.port,
        path: urlPath,
        method,
        agent,
        headers: {
          Authorization: `Bearer ${env.ADMIN_TOKEN}`,
          'Content-Type': 'application/json',
          Accept: 'application/json',
        },
      },
      (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () => {
          if ((res.statusCode ?? 500) >= 400 && res.statusCode !== 404 && res.statusCode !== 409) {
            reject(new Error(`${method} ${urlPath}: ${res.statusCode} ${text.slice(0, 300)}`));
          } else if (!text) resolve(undefined);
          else resolve(res.headers['content-type']?.includes('json') ? JSON.parse(text) : text);
        });
      },
    );
    req.on('error', reject);
    if (body !== undefined) req.write(JSON.stringify(body));
    req.end();
  });

/** Runs `task` over `items`, `width` at a time. */
const inParallel = async <T>(items: T[], width: number, task: (item: T) => Promise<unknown>) => {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await task(items[next++]);
    }),
  );
};

const labels = { [LABEL]: 'ui' };

export const benchPools = () =>
  Array.from({ length: POOLS }, (_, i) => {
    if (i < LIVE_POOLS.length) {
      return {
        name: LIVE_POOLS[i],
        addresses: [`192.168.123.${32 + 8 * i}/29`],
      };
    }
    const n = i - LIVE_POOLS.length;
    return {
      name: `bench-z-idle-${String(n).padStart(3, '0')}`,
      addresses: [n % 2 === 0 ? `198.18.${n >> 1}.0/24` : `2001:db8:b0:${n.toString(16)}::/64`],
    };
  }).map(({ name, addresses }) => ({
    apiVersion: 'metallb.io/v1beta1',
    kind: 'IPAddressPool',
    metadata: { name, namespace: METALLB_NS, labels },
    spec: { addresses, autoAssign: false },
  }));

export const lbService = (
  namespace: string,
  name: string,
  port: number,
  annotations: Record<string, string>,
) => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: {
    name,
    namespace,
    labels: {
      ...labels,
      'service.kubernetes.io/service-proxy-name': 'metallb-console-plugin-bench',
    },
    annotations,
  },
  spec: {
    type: 'LoadBalancer',
    allocateLoadBalancerNodePorts: false,
    ports: [{ name: 'p', protocol: 'TCP', port, targetPort: port }],
  },
});

const servicesPath = (ns?: string) =>
  ns ? `/api/v1/namespaces/${ns}/services` : '/api/v1/services';
const poolsPath = `/apis/metallb.io/v1beta1/namespaces/${METALLB_NS}/ipaddresspools`;

/** LoadBalancer Services of the bench that have an IP, and all of them. */
export const assignedCount = async (): Promise<[number, number]> => {
  const list = await request(
    'GET',
    `${servicesPath()}?labelSelector=${encodeURIComponent(`${LABEL}=ui`)}`,
  );
  const items = (list?.items ?? []) as Array<{
    status?: { loadBalancer?: { ingress?: unknown[] } };
  }>;
  return [
    items.filter((s) => (s.status?.loadBalancer?.ingress ?? []).length > 0).length,
    items.length,
  ];
};

const log = (text: string) => console.log(`[bench:ui] ${text}`);

const waitUntil = async (what: string, check: () => Promise<boolean>, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 2000));
  }
};

/** The lab cluster at rest writes about one object a second (leases, node heartbeats). */
const QUIET_WRITES_PER_S = 5;

/** Writes the API server has served since it started, from its own metrics. */
const writesServed = async (): Promise<number> => {
  const metrics = (await request('GET', '/metrics')) as string;
  return metrics
    .split('\n')
    .filter((l) => /^apiserver_request_total\{.*verb="(POST|PUT|PATCH|DELETE|APPLY)"/.test(l))
    .reduce((sum, l) => sum + Number(l.slice(l.lastIndexOf(' ') + 1)), 0);
};

export const createBenchData = async () => {
  const started = Date.now();
  await inParallel(NAMESPACES, 4, (ns) =>
    request('POST', '/api/v1/namespaces', {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: ns, labels },
    }),
  );
  await inParallel(benchPools(), 8, (pool) => request('POST', poolsPath, pool));
  log(`${POOLS} pools in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const services = Array.from({ length: SERVICES }, (_, i) =>
    lbService(NAMESPACES[i % NAMESPACES.length], `bench-svc-${i}`, 10000 + i, {
      // pools 1-7 (192.168.123.40-95): 56 addresses, about 90 Services on each
      'metallb.io/loadBalancerIPs': `192.168.123.${40 + (i % 56)}`,
      'metallb.io/allow-shared-ip': 'metallb-console-plugin-bench',
    }),
  );
  await inParallel(services, 16, (svc) =>
    request('POST', servicesPath(svc.metadata.namespace), svc),
  );
  log(`${SERVICES} Services created after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await waitUntil(
    `MetalLB to assign all ${SERVICES} Services`,
    async () => {
      const [assigned, all] = await assignedCount();
      return assigned === SERVICES && all === SERVICES;
    },
    600_000,
  );
  log(`all assigned after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  // MetalLB's controller, the speakers and kube-proxy go on writing for a while after the last IP
  // (about 20 s of a busy API server here), which would land in the first timed runs.
  await waitUntil(
    `the API server to go quiet (under ${QUIET_WRITES_PER_S} writes a second)`,
    async () => {
      const before = await writesServed();
      await new Promise((r) => setTimeout(r, 3000));
      return ((await writesServed()) - before) / 3 < QUIET_WRITES_PER_S;
    },
    600_000,
  );
  log(`API server quiet after ${((Date.now() - started) / 1000).toFixed(1)} s`);
};

export const deleteBenchData = async () => {
  const started = Date.now();
  const selector = `labelSelector=${encodeURIComponent(`${LABEL}=ui`)}`;
  await inParallel(NAMESPACES, 4, (ns) => request('DELETE', `${servicesPath(ns)}?${selector}`));
  await request('DELETE', `${poolsPath}?${selector}`);
  await inParallel(NAMESPACES, 4, (ns) => request('DELETE', `/api/v1/namespaces/${ns}`));
  await waitUntil(
    'bench objects to go',
    async () => {
      const [, services] = await assignedCount();
      const pools = await request('GET', `${poolsPath}?${selector}`);
      const namespaces = await request('GET', `/api/v1/namespaces?${selector}`);
      return services === 0 && pools.items.length === 0 && namespaces.items.length === 0;
    },
    300_000,
  );
  log(`bench objects removed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
};

/**
 * Creates a Service that MetalLB gives a fresh address of UPDATE_POOL, and resolves with the wall
 * clock time (ms) at which its IP appeared in the API (seen by a watch on it), and the IP.
 */
export const serviceGainsIP = (name: string): Promise<{ at: number; ip: string }> =>
  new Promise((resolve, reject) => {
    const ns = NAMESPACES[0];
    const watchPath = `${servicesPath(ns)}?watch=1&fieldSelector=${encodeURIComponent(`metadata.name=${name}`)}`;
    const req = https.request(
      {
        host: api.hostname,
        port: api.port,
        path: watchPath,
        method: 'GET',
        agent: new https.Agent({ ca: fs.readFileSync(env.CA_FILE) }),
        headers: { Authorization: `Bearer ${env.ADMIN_TOKEN}` },
      },
      (res) => {
        let buffer = '';
        res.on('data', (d) => {
          const at = Date.now();
          buffer += d;
          let nl;
          while ((nl = buffer.indexOf('\n')) >= 0) {
            const line = buffer.slice(0, nl);
            buffer = buffer.slice(nl + 1);
            const ip = JSON.parse(line)?.object?.status?.loadBalancer?.ingress?.[0]?.ip;
            if (ip) {
              req.destroy();
              resolve({ at, ip });
            }
          }
        });
      },
    );
    req.on('error', (e) => (e.message.includes('socket hang up') ? undefined : reject(e)));
    req.end();
    // create it once the watch is open
    setTimeout(() => {
      request(
        'POST',
        servicesPath(ns),
        lbService(ns, name, 80, { 'metallb.io/address-pool': UPDATE_POOL }),
      ).catch(reject);
    }, 500);
  });
