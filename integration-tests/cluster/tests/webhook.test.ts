// MetalLB's own validating webhook (the real controller, registered by URL) refuses bad pools.
import { METALLB_NS, apply, deleteQuietly, kubectl, kubectlIn, pool } from './lab';

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

test('a pool outside the MetalLB namespace is refused', async () => {
  const p = pool('it-webhook-elsewhere', ['192.168.123.244/30']) as {
    metadata: { namespace: string };
  };
  p.metadata.namespace = 'default';
  const r = await kubectlIn(JSON.stringify(p), 'create', '--dry-run=server', '-f', '-');
  expect(r.code).not.toBe(0);
  expect(r.stderr).toContain(
    'admission webhook "ipaddresspoolvalidationwebhook.metallb.io" denied the request: resource must be created in metallb-system namespace',
  );
});

test('a BGPPeer written as v1beta2 reads back as v1beta1 through MetalLB conversion webhook', async () => {
  // nodeSelectors match no node, so no speaker tries to reach the peer
  const peer = {
    apiVersion: 'metallb.io/v1beta2',
    kind: 'BGPPeer',
    metadata: { name: 'it-webhook-peer', namespace: METALLB_NS },
    spec: {
      myASN: 64500,
      peerASN: 64501,
      peerAddress: '192.168.123.254',
      nodeSelectors: [{ matchLabels: { 'metallb-lab/no-such-node': 'true' } }],
    },
  };
  try {
    await apply(peer);
    const v1 = JSON.parse(
      await kubectl(
        'get',
        'bgppeers.v1beta1.metallb.io',
        '-n',
        METALLB_NS,
        'it-webhook-peer',
        '-o',
        'json',
      ),
    );
    expect(v1.apiVersion).toBe('metallb.io/v1beta1');
    expect(v1.spec).toMatchObject({ myASN: 64500, peerASN: 64501, peerAddress: '192.168.123.254' });
    // and it was the webhook that converted (not strategy None): the API server counts its calls
    const metrics = await kubectl('get', '--raw', '/metrics');
    expect(metrics).toMatch(
      /apiserver_crd_conversion_webhook_duration_seconds_count\{crd_name="bgppeers\.metallb\.io",from_version="v1beta2",succeeded="true",to_version="v1beta1"\} [1-9]/,
    );
    const r = await kubectlIn(
      JSON.stringify({
        ...peer,
        metadata: { ...peer.metadata, name: 'it-webhook-peer-bad' },
        spec: { myASN: 64500, peerAddress: '192.168.123.253' },
      }),
      'create',
      '--dry-run=server',
      '-f',
      '-',
    );
    expect(r.stderr).toContain('missing peer ASN and dynamicASN');
  } finally {
    await deleteQuietly('bgppeers.metallb.io', '-n', METALLB_NS, 'it-webhook-peer');
  }
});
