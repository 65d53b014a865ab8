// What MetalLB does to the Services holding a pool's addresses when the pool is deleted (what the
// pool's delete dialog tells the user): it clears their address at once; a Service that names the
// pool stays pending, a Service that was auto-assigned gets an address from another matching pool.
import {
  METALLB_NS,
  apply,
  deleteNamespaceAndServices,
  deleteQuietly,
  getJson,
  ingressIP,
  kubectl,
  lbService,
  namespace,
  waitFor,
} from './lab';

const NS = 'it-pool-delete';
const NAMED = 'it-pooldel-named'; // 192.168.123.150, asked for by name
const AUTO = 'it-pooldel-auto'; // 192.168.123.152-153, auto-assigned to this namespace only
const SPARE = 'it-pooldel-spare'; // 192.168.123.156-157, the same, second choice

const scopedPool = (name: string, addresses: string[], priority: number, autoAssign = true) => ({
  apiVersion: 'metallb.io/v1beta1',
  kind: 'IPAddressPool',
  metadata: { name, namespace: METALLB_NS },
  // serviceAllocation keeps other suites' Services out of these pools
  spec: { addresses, autoAssign, serviceAllocation: { priority, namespaces: [NS] } },
});

afterAll(async () => {
  await deleteNamespaceAndServices(NS);
  await deleteQuietly('ipaddresspools.metallb.io', '-n', METALLB_NS, NAMED, AUTO, SPARE);
});

test('deleting a pool clears its Services: a Service naming it stays pending, an auto-assigned one moves', async () => {
  await apply(namespace(NS));
  await apply([
    scopedPool(NAMED, ['192.168.123.150/32'], 1, false),
    scopedPool(AUTO, ['192.168.123.152-192.168.123.153'], 1),
    scopedPool(SPARE, ['192.168.123.156-192.168.123.157'], 2),
  ]);
  await apply([
    lbService(NS, 'named', { annotations: { 'metallb.io/address-pool': NAMED } }),
    lbService(NS, 'auto'),
  ]);
  expect(await waitFor('named gets its IP', () => ingressIP(NS, 'named'))).toBe('192.168.123.150');
  expect(await waitFor('auto gets an IP', () => ingressIP(NS, 'auto'))).toMatch(
    /^192\.168\.123\.15[23]$/,
  );

  await kubectl(
    'delete',
    'ipaddresspools.metallb.io',
    '-n',
    METALLB_NS,
    NAMED,
    AUTO,
    '--wait=true',
  );

  // The named Service loses its address and the controller's allocated-from annotation.
  await waitFor('named cleared', async () => (await ingressIP(NS, 'named')) === undefined, 30_000);
  const named = await getJson('service', '-n', NS, 'named');
  expect(named.metadata.annotations['metallb.io/ip-allocated-from-pool']).toBeUndefined();
  // The auto-assigned one is moved to the pool that still matches it.
  const moved = await waitFor(
    'auto moved to the spare pool',
    async () => {
      const ip = await ingressIP(NS, 'auto');
      return ip && /^192\.168\.123\.15[67]$/.test(ip) ? ip : undefined;
    },
    30_000,
  );
  expect(moved).toMatch(/^192\.168\.123\.15[67]$/);
  const auto = await getJson('service', '-n', NS, 'auto');
  expect(auto.metadata.annotations['metallb.io/ip-allocated-from-pool']).toBe(SPARE);
  // Still pending a while later: nothing else hands the named Service an address.
  await new Promise((r) => setTimeout(r, 3000));
  expect(await ingressIP(NS, 'named')).toBeUndefined();
});
