// MetalLB's own validating webhook (the real controller, registered by URL) refuses bad pools.
import { METALLB_NS, apply, deleteQuietly, kubectlIn, pool } from './lab';

const A = 'it-webhook-a';
const B = 'it-webhook-b';

afterAll(async () => {
  await deleteQuietly('ipaddresspools.metallb.io', '-n', METALLB_NS, A, B);
});

test('an overlapping pool is refused with MetalLB message', async () => {
  await apply(pool(A, ['192.168.123.240/30']));
  const r = await kubectlIn(
    JSON.stringify(pool(B, ['192.168.123.242-192.168.123.245'])),
    'create',
    '-f',
    '-',
  );
  expect(r.code).not.toBe(0);
  expect(r.stderr).toContain(
    'admission webhook "ipaddresspoolvalidationwebhook.metallb.io" denied the request',
  );
  expect(r.stderr).toMatch(
    /CIDR "192\.168\.123\.24\d\/\d+" in pool "it-webhook-b" overlaps with already defined CIDR "192\.168\.123\.240\/30"/,
  );
});

test('a server-side dry run returns the same refusal and creates nothing', async () => {
  const r = await kubectlIn(
    JSON.stringify(pool(B, ['192.168.123.241/32'])),
    'create',
    '--dry-run=server',
    '-f',
    '-',
  );
  expect(r.code).not.toBe(0);
  expect(r.stderr).toContain(
    'CIDR "192.168.123.241/32" in pool "it-webhook-b" overlaps with already defined CIDR "192.168.123.240/30"',
  );
});

test('a range that is not a range is refused', async () => {
  const r = await kubectlIn(
    JSON.stringify(pool(B, ['192.168.123.250-192.168.123.249'])),
    'create',
    '-f',
    '-',
  );
  expect(r.code).not.toBe(0);
  expect(r.stderr).toContain(
    'invalid CIDR "192.168.123.250-192.168.123.249" in pool "it-webhook-b"',
  );
});
