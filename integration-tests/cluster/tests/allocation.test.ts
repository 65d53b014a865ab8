// The real MetalLB controller assigns addresses from the pools a test creates.
import {
  METALLB_NS,
  apply,
  deleteNamespaceAndServices,
  deleteQuietly,
  events,
  getJson,
  ingressIP,
  ipInRange,
  lbService,
  namespace,
  pool,
  waitFor,
} from './lab';

const NS = 'it-allocation';
const AUTO = 'it-alloc-auto'; // 192.168.123.200-203: 4 addresses
const MANUAL = 'it-alloc-manual'; // 192.168.123.210-211, autoAssign: false

beforeAll(async () => {
  await apply([
    namespace(NS),
    pool(AUTO, ['192.168.123.200-192.168.123.203']),
    pool(MANUAL, ['192.168.123.210-192.168.123.211'], false),
  ]);
});

afterAll(async () => {
  // pools last, once no Service holds their addresses
  await deleteNamespaceAndServices(NS);
  await deleteQuietly('ipaddresspools.metallb.io', '-n', METALLB_NS, AUTO, MANUAL);
});

test('a LoadBalancer Service gets an address from the pool, and the pool status counts it', async () => {
  await apply(lbService(NS, 'svc-1'));
  const ip = await waitFor('svc-1 ingress IP', () => ingressIP(NS, 'svc-1'));
  expect(ipInRange(ip, 200, 203)).toBe(true);

  const svc = await getJson('service', '-n', NS, 'svc-1');
  expect(svc.metadata.annotations['metallb.io/ip-allocated-from-pool']).toBe(AUTO);

  const ev = await waitFor('IPAllocated event', async () =>
    (await events(NS, 'svc-1')).find((e: { reason: string }) => e.reason === 'IPAllocated'),
  );
  expect(ev.message).toBe(`Assigned IP ["${ip}"]`);

  const status = await waitFor('pool status counts the address', async () => {
    const p = await getJson('ipaddresspools.metallb.io', '-n', METALLB_NS, AUTO);
    return p.status?.assignedIPv4 === 1 ? p.status : undefined;
  });
  expect(status).toMatchObject({ assignedIPv4: 1, availableIPv4: 3 });
});

test('a pool with autoAssign: false is used only when a Service asks for it', async () => {
  await apply(lbService(NS, 'svc-manual', { annotations: { 'metallb.io/address-pool': MANUAL } }));
  const ip = await waitFor('svc-manual ingress IP', () => ingressIP(NS, 'svc-manual'));
  expect(ipInRange(ip, 210, 211)).toBe(true);

  // fill the automatic pool: svc-1 holds one address, three more
  await apply(['svc-2', 'svc-3', 'svc-4'].map((n) => lbService(NS, n)));
  for (const n of ['svc-2', 'svc-3', 'svc-4']) {
    const got = await waitFor(`${n} ingress IP`, () => ingressIP(NS, n));
    expect(ipInRange(got, 200, 203)).toBe(true);
  }
  const p = await waitFor('manual pool status', async () => {
    const x = await getJson('ipaddresspools.metallb.io', '-n', METALLB_NS, MANUAL);
    return x.status?.assignedIPv4 === 1 ? x : undefined;
  });
  expect(p.status.availableIPv4).toBe(1);
});

test('an exhausted pool gives AllocationFailed, and the autoAssign: false pool is not used instead', async () => {
  await apply(lbService(NS, 'svc-5'));
  const ev = await waitFor('AllocationFailed event', async () =>
    (await events(NS, 'svc-5')).find((e: { reason: string }) => e.reason === 'AllocationFailed'),
  );
  expect(ev.type).toBe('Warning');
  expect(ev.message).toBe(`Failed to allocate IP for "${NS}/svc-5": no available IPs`);
  expect(await ingressIP(NS, 'svc-5')).toBeUndefined();
  const manual = await getJson('ipaddresspools.metallb.io', '-n', METALLB_NS, MANUAL);
  expect(manual.status.assignedIPv4).toBe(1);
});
