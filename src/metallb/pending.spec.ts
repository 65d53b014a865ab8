import { endpointSlice, event, node, nodeAssigned, speaker } from './announcement-factories';
import type { AnnouncedService } from './announcement-types';
import { electL2 } from './election';
import { pendingReason, unannouncedReason, type PendingInput } from './pending';
import { bgpAdvertisement, l2Advertisement, pool, service } from './test-factories';

const waiting = (
  annotations?: Record<string, string>,
  spec: Partial<NonNullable<AnnouncedService['spec']>> = {},
  labels?: Record<string, string>,
): AnnouncedService => {
  const s = service('web', [], { namespace: 'shop', annotations }) as AnnouncedService;
  s.spec = { ...s.spec, ...spec };
  if (labels) s.metadata = { ...s.metadata, labels };
  return s;
};
const lab = pool('lab', ['192.168.123.200-192.168.123.202']);
const failed = (message: string, at = '2026-11-28T10:00:00Z') =>
  event('web', 'AllocationFailed', `Failed to allocate IP for "shop/web": ${message}`, at, {
    type: 'Warning',
    namespace: 'shop',
  });
const reason = (input: Partial<PendingInput>, svc = waiting()) =>
  pendingReason({ service: svc, pools: [lab], ...input });

describe('pendingReason: why a Service has no IP', () => {
  it('a loadBalancerClass that is not MetalLB’s', () => {
    expect(reason({}, waiting(undefined, { loadBalancerClass: 'other.io/lb' }))).toEqual({
      code: 'load-balancer-class',
      loadBalancerClass: 'other.io/lb',
      metallbClass: undefined,
    });
    expect(
      reason({ metallbClass: 'metallb' }, waiting(undefined, { loadBalancerClass: 'metallb' }))
        .code,
    ).not.toBe('load-balancer-class');
  });

  it('MetalLB not running', () => {
    expect(reason({ metallbRunning: false })).toEqual({ code: 'metallb-not-running' });
  });

  it('the requested pool does not exist', () => {
    expect(reason({}, waiting({ 'metallb.io/address-pool': 'gone' }))).toEqual({
      code: 'requested-pool-missing',
      pool: 'gone',
    });
  });

  it('the requested IP lies in no pool, or outside the requested pool', () => {
    expect(reason({}, waiting({ 'metallb.io/loadBalancerIPs': '10.9.9.9' }))).toEqual({
      code: 'requested-ip-in-no-pool',
      ip: '10.9.9.9',
    });
    expect(reason({}, waiting(undefined, { loadBalancerIP: '10.9.9.9' })).code).toBe(
      'requested-ip-in-no-pool',
    );
    const other = pool('other', ['10.0.0.0/30']);
    expect(
      reason(
        { pools: [lab, other] },
        waiting({
          'metallb.io/address-pool': 'other',
          'metallb.io/loadBalancerIPs': '192.168.123.201',
        }),
      ),
    ).toEqual({
      code: 'requested-ip-outside-requested-pool',
      ip: '192.168.123.201',
      pool: 'other',
    });
  });

  it('the requested IP is taken by a Service it may not share with', () => {
    const holder = service('db', ['192.168.123.201'], { namespace: 'vmexamples' });
    expect(
      reason({ services: [holder] }, waiting({ 'metallb.io/loadBalancerIPs': '192.168.123.201' })),
    ).toEqual({ code: 'requested-ip-taken', ip: '192.168.123.201', by: 'vmexamples/db' });
    const sharing = service('db', ['192.168.123.201'], {
      namespace: 'vmexamples',
      annotations: { 'metallb.io/allow-shared-ip': 'k' },
    });
    expect(
      reason(
        { services: [sharing] },
        waiting({
          'metallb.io/loadBalancerIPs': '192.168.123.201',
          'metallb.io/allow-shared-ip': 'k',
        }),
      ).code,
    ).toBe('waiting');
  });

  it('a sharing-key conflict, in MetalLB’s words', () => {
    const message = `can't change sharing key for "shop/web", address also in use by shop/api`;
    expect(reason({ events: [failed(message)] })).toEqual({
      code: 'sharing-key-conflict',
      message: `Failed to allocate IP for "shop/web": ${message}`,
    });
  });

  it('no pool for the Service’s family', () => {
    expect(reason({}, waiting(undefined, { ipFamilies: ['IPv6'] }))).toEqual({
      code: 'no-pool-for-family',
      family: 'IPv6',
    });
    expect(reason({ pools: [] })).toEqual({ code: 'no-pool-for-family', family: 'IPv4' });
  });

  it('auto-assign off on every pool that would fit', () => {
    const off = pool('manual', ['192.168.123.210/32'], { autoAssign: false });
    expect(reason({ pools: [off] })).toEqual({ code: 'auto-assign-off', pools: ['manual'] });
    // Naming the pool is how such a pool is used: not this reason then.
    expect(reason({ pools: [off] }, waiting({ 'metallb.io/address-pool': 'manual' })).code).toBe(
      'waiting',
    );
  });

  it('pools whose serviceAllocation leaves the Service out', () => {
    const teamA = pool('team-a', ['192.168.123.210/32'], {
      serviceAllocation: { namespaces: ['team-a'] },
    });
    const labelled = pool('labelled', ['192.168.123.211/32'], {
      serviceAllocation: { serviceSelectors: [{ matchLabels: { tier: 'front' } }] },
    });
    expect(reason({ pools: [teamA, labelled] })).toEqual({
      code: 'service-allocation-excludes',
      pools: ['team-a', 'labelled'],
    });
    expect(
      reason({ pools: [teamA, labelled] }, waiting(undefined, {}, { tier: 'front' })).code,
    ).toBe('waiting');
  });

  it('every pool full: from MetalLB’s AllocationFailed, or from pool status', () => {
    expect(reason({ events: [failed('no available IPs')] })).toEqual({
      code: 'pools-full',
      pools: ['lab'],
      message: 'Failed to allocate IP for "shop/web": no available IPs',
    });
    const full = { ...lab, status: { assignedIPv4: 3, availableIPv4: 0 } };
    expect(reason({ pools: [full] })).toEqual({
      code: 'pools-full',
      pools: ['lab'],
      message: undefined,
    });
    // Full pools, but MetalLB refused for another cause: its words, not a guess.
    const portTaken = failed('port TCP/80 is already in use on "192.168.123.200"');
    expect(reason({ pools: [full], events: [portTaken] })).toEqual({
      code: 'warning-event',
      reason: 'AllocationFailed',
      message: portTaken.message,
    });
    // Without pools (a user who cannot read them), the event alone still tells.
    expect(reason({ pools: undefined, events: [failed('no available IPs')] }).code).toBe(
      'pools-full',
    );
  });

  it('every pool full, in MetalLB v0.15’s words for a full pool asked for by name', () => {
    const nil = failed('["<nil>"] is not allowed in config');
    expect(reason({ pools: [lab], events: [nil] })).toEqual({
      code: 'pools-full',
      pools: ['lab'],
      message: nil.message,
    });
    expect(reason({ pools: undefined, events: [nil] }).code).toBe('pools-full');
    // without pools, the pool the Service asks for is still named
    const asking = waiting({ 'metallb.io/address-pool': 'lab' });
    expect(reason({ pools: undefined, events: [nil] }, asking)).toMatchObject({
      code: 'pools-full',
      pools: ['lab'],
    });
  });

  it('else the newest Warning event, verbatim', () => {
    const older = event('web', 'LoadBalancerFailed', 'older', '2026-11-28T09:00:00Z', {
      type: 'Warning',
      namespace: 'shop',
    });
    const newer = event(
      'web',
      'LoadBalancerFailed',
      'invalid requested loadbalancer IPs: x',
      '2026-11-28T10:00:00Z',
      {
        type: 'Warning',
        namespace: 'shop',
      },
    );
    expect(reason({ events: [older, newer] })).toEqual({
      code: 'warning-event',
      reason: 'LoadBalancerFailed',
      message: 'invalid requested loadbalancer IPs: x',
    });
  });

  it('else waiting for MetalLB', () => {
    expect(reason({})).toEqual({ code: 'waiting' });
  });
});

describe('unannouncedReason: assigned, not announced', () => {
  const db = service('database', ['192.168.123.200'], { namespace: 'vmexamples' });
  const nodes = ['worker-1', 'worker-2', 'worker-3'].map((n) => node(n));
  const speakers = ['worker-1', 'worker-2', 'worker-3'].map((n) => speaker(n));
  const elect = (over: Partial<Parameters<typeof electL2>[0]> = {}) =>
    electL2({
      service: db,
      ip: '192.168.123.200',
      pool: lab,
      l2Advertisements: [l2Advertisement('lab-l2')],
      nodes,
      speakers,
      endpointSlices: [endpointSlice('database', [['worker-2', true]], 'vmexamples')],
      ...over,
    });

  it('no advertisement covers the pool', () => {
    expect(
      unannouncedReason({ service: db, pool: lab, election: elect({ l2Advertisements: [] }) }),
    ).toEqual({
      code: 'no-advertisement',
      pool: 'lab',
    });
    // A BGPAdvertisement covering it is an advertisement.
    expect(
      unannouncedReason({
        service: db,
        pool: lab,
        election: elect({ l2Advertisements: [] }),
        bgpAdvertisements: [bgpAdvertisement('b')],
      }),
    ).toBeUndefined();
  });

  it('no ready endpoint (a stopped VM)', () => {
    expect(
      unannouncedReason({ service: db, pool: lab, election: elect({ endpointSlices: [] }) }),
    ).toEqual({
      code: 'no-ready-endpoint',
    });
    // Without the election (a VM owner), EndpointSlices alone still tell.
    expect(unannouncedReason({ service: db, hasServingEndpoint: false })).toEqual({
      code: 'no-ready-endpoint',
    });
  });

  it('externalTrafficPolicy Local with no endpoint on an eligible node', () => {
    const local = { ...db, spec: { ...db.spec, externalTrafficPolicy: 'Local' } };
    const election = elect({
      service: local,
      speakers: [speaker('worker-1'), speaker('worker-3')],
    });
    expect(unannouncedReason({ service: local, pool: lab, election })).toEqual({
      code: 'no-local-endpoint',
    });
  });

  it('no eligible node at all', () => {
    expect(
      unannouncedReason({ service: db, pool: lab, election: elect({ speakers: [] }) }),
    ).toEqual({
      code: 'no-eligible-node',
    });
  });

  it('announceFailed newer than the last nodeAssigned', () => {
    const failedEvent = event(
      'database',
      'announceFailed',
      'the interfaces specified by LB IP "192.168.123.200" doesn\'t exist in assigned node "worker-3" with protocol "layer2"',
      '2026-11-28T10:01:00Z',
      { type: 'Warning', namespace: 'vmexamples' },
    );
    const assigned = {
      ...nodeAssigned('database', 'worker-3', '2026-11-28T10:00:00Z'),
      involvedObject: { kind: 'Service', name: 'database', namespace: 'vmexamples' },
    };
    expect(
      unannouncedReason({
        service: db,
        pool: lab,
        election: elect(),
        events: [assigned, failedEvent],
      }),
    ).toEqual({
      code: 'announce-failed',
      message: failedEvent.message,
    });
    const later = { ...assigned, lastTimestamp: '2026-11-28T10:02:00Z' };
    expect(
      unannouncedReason({
        service: db,
        pool: lab,
        election: elect(),
        events: [later, failedEvent],
      }),
    ).toBeUndefined();
  });
});
