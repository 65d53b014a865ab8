// npm run bench: what the pool list's utilization costs, at the size of a big cluster (1,000 pools,
// half IPv6, some /64; 10,000 LoadBalancer Services) and of a common one (20 pools, 200 Services).
// "first render" parses every pool and counts every Service (fresh pool objects each run, so no cache
// helps); "after a Service change" is the same count with the pool objects a watch keeps. The floor,
// for information only, is parsing every ingress IP once. Prints figures; asserts nothing.
import { parseIP } from '../ip';
import type { IPAddressPool, Service } from '../types';
import { poolUtilization } from '../utilization';

const RUNS = 41;

// mulberry32: small, seeded, the same cluster on every run
const seeded = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

interface Cluster {
  pools: IPAddressPool[];
  services: Service[];
}

const makeCluster = (poolCount: number, serviceCount: number): Cluster => {
  const random = seeded(20261128);
  const int = (n: number) => Math.floor(random() * n);
  const pools: IPAddressPool[] = [];
  const hosts: Array<(host: number) => string> = [];
  for (let i = 0; i < poolCount; i++) {
    const name = `ip-address-pool-${i}`;
    let addresses: string[];
    if (i % 2 === 0) {
      const [a, b] = [10 + (i >> 9), (i >> 1) & 255];
      addresses =
        i % 10 === 0
          ? [`${a}.${b}.0.10-${a}.${b}.1.200`]
          : [`${a}.${b}.0.0/24`, `${a}.${b}.1.0/25`];
      hosts.push((host) => `${a}.${b}.${host >> 8 ? 1 : 0}.${(host % 250) + 1}`);
    } else {
      const net = `2001:db8:${i.toString(16)}`;
      addresses = i % 3 === 0 ? [`${net}::/64`] : [`${net}::/120`, `${net}:1::100-${net}:1::1ff`];
      hosts.push((host) => `${net}::${(host % 250).toString(16)}`);
    }
    pools.push({
      metadata: { name, namespace: 'metallb-system' },
      spec: { addresses, avoidBuggyIPs: i % 4 === 0 },
    });
  }
  const services: Service[] = [];
  for (let i = 0; i < serviceCount; i++) {
    const shared = i > 0 && random() < 0.1 ? services[int(services.length)] : undefined;
    const at = int(poolCount);
    services.push({
      metadata: {
        name: `svc-${i}`,
        namespace: `ns-${i % 50}`,
        // a fifth carry no annotation, so containment decides
        annotations: shared
          ? shared.metadata?.annotations
          : i % 5 === 0
            ? undefined
            : { 'metallb.io/ip-allocated-from-pool': `ip-address-pool-${at}` },
      },
      spec: { type: 'LoadBalancer' },
      status: {
        loadBalancer: {
          ingress: shared ? shared.status?.loadBalancer?.ingress : [{ ip: hosts[at](int(400)) }],
        },
      },
    });
  }
  // what a watch hands over: objects and strings made by JSON.parse
  return JSON.parse(JSON.stringify({ pools, services })) as Cluster;
};

const now = () => Number(process.hrtime.bigint()) / 1e6;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Median milliseconds of `body`, each run given a fresh input made outside the timing. */
const time = <T>(prepare: () => T, body: (input: T) => unknown): number => {
  const samples: number[] = [];
  let sink = 0;
  for (let run = -5; run < RUNS; run++) {
    const input = prepare();
    const start = now();
    const out = body(input);
    const took = now() - start;
    if (out) sink++;
    if (run >= 0) samples.push(took);
  }
  if (sink < 0) console.log(sink);
  return median(samples);
};

const floor = (services: Service[]) => {
  let n = 0;
  for (const s of services)
    for (const ingress of s.status?.loadBalancer?.ingress ?? []) if (parseIP(ingress.ip ?? '')) n++;
  return n;
};

const fmt = (ms: number) => `${ms.toFixed(3)} ms`;
const rows: string[][] = [];
for (const [poolCount, serviceCount, goal] of [
  [1000, 10000, 10],
  [20, 200, 1],
] as const) {
  const { pools, services } = makeCluster(poolCount, serviceCount);
  const freshPools = () => pools.map((p) => ({ ...p }));
  const firstRender = time(freshPools, (ps) => poolUtilization(ps, services));
  const afterChange = time(
    () => [...services],
    (ss) => poolUtilization(pools, ss),
  );
  const floorMs = time(
    () => services,
    (ss) => floor(ss),
  );
  rows.push([
    `${poolCount} pools, ${serviceCount} Services`,
    fmt(firstRender),
    `< ${goal} ms: ${firstRender < goal ? 'met' : 'MISSED'}`,
    fmt(afterChange),
    fmt(floorMs),
  ]);
}

const header = [
  'cluster',
  'first render (median)',
  'goal',
  'after a Service change',
  'floor (parse IPs)',
];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
console.log(`poolUtilization, median of ${RUNS} runs (Node ${process.version})`);
console.log(line(header));
rows.forEach((r) => console.log(line(r)));
