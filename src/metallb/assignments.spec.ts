import {
  bgpStatus,
  endpointSlice,
  l2Status,
  node,
  nodeAssigned,
  sessionState,
  speaker,
} from './announcement-factories';
import { emptyOwnerMemory, groupByNode, rememberOwners, rowMatches } from './assignment-filters';
import { buildAssignments, type AssignmentInput } from './assignments';
import {
  allocatedService,
  bgpAdvertisement,
  bgpPeer,
  l2Advertisement,
  pool,
  service,
} from './test-factories';

const names = ['worker-1', 'worker-2', 'worker-3'];
const admin = (over: Partial<AssignmentInput> = {}): AssignmentInput => ({
  services: [
    allocatedService('database', 'lab', ['192.168.123.200'], { namespace: 'vmexamples' }),
    service('web', [], { namespace: 'shop' }),
    service('internal', ['10.96.0.10'], { type: 'ClusterIP' }),
  ],
  pools: [pool('lab', ['192.168.123.200-192.168.123.250'])],
  l2Advertisements: [l2Advertisement('lab-l2')],
  bgpAdvertisements: [],
  l2Statuses: [l2Status('database', 'worker-3', '2026-11-28T10:00:00Z', 'vmexamples')],
  bgpStatuses: [],
  nodes: names.map((n) => node(n)),
  speakers: names.map((n) => speaker(n)),
  endpointSlices: [endpointSlice('database', [['worker-2', true]], 'vmexamples')],
  events: [],
  ...over,
});

describe('buildAssignments', () => {
  it('gives each LoadBalancer IP its pool, owner, source and predicted next node; pending Services apart', () => {
    const { rows, pending } = buildAssignments(admin());
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      key: 'vmexamples/database/192.168.123.200',
      ip: '192.168.123.200',
      pool: 'lab',
      protocol: 'layer2',
      status: 'announced',
      owner: { nodes: ['worker-3'], source: 'l2-status' },
      nextNode: 'worker-1',
    });
    expect(pending.map((p) => [p.name, p.reason.code])).toEqual([['web', 'waiting']]);
  });

  it('orders rows by address, numerically and IPv4 first, then by Service', () => {
    const { rows } = buildAssignments(
      admin({
        services: [
          allocatedService('v6', 'lab', ['fd00::1']),
          allocatedService('b', 'lab', ['192.168.123.20']),
          allocatedService('c', 'lab', ['192.168.123.3']),
          allocatedService('a', 'lab', ['192.168.123.20']),
        ],
      }),
    );
    expect(rows.map((r) => `${r.name} ${r.ip}`)).toEqual([
      'c 192.168.123.3',
      'a 192.168.123.20',
      'b 192.168.123.20',
      'v6 fd00::1',
    ]);
  });

  it('a stopped VM: assigned, not announced, no ready endpoint', () => {
    const { rows } = buildAssignments(admin({ l2Statuses: [], endpointSlices: [] }));
    expect(rows[0]).toMatchObject({
      status: 'unannounced',
      unannounced: { code: 'no-ready-endpoint' },
    });
    // A status left behind by a killed speaker does not make it announced: MetalLB announces nothing then.
    const left = buildAssignments(
      admin({
        endpointSlices: [],
        speakers: [speaker('worker-1'), speaker('worker-2'), speaker('worker-3', false)],
      }),
    ).rows;
    expect(left[0]).toMatchObject({
      status: 'unannounced',
      unannounced: { code: 'no-ready-endpoint' },
    });
  });

  it('MetalLB v0.15’s gap (no status yet): the event of the node the election picks, said to be one', () => {
    const assigned = (node: string) => ({
      ...nodeAssigned('database', node, '2026-11-28T10:05:00Z'),
      involvedObject: { kind: 'Service', name: 'database', namespace: 'vmexamples' },
    });
    const gap = (node: string) =>
      buildAssignments(
        admin({
          l2Statuses: [],
          events: [assigned(node)],
        }),
      ).rows[0];
    expect(gap('worker-3')).toMatchObject({
      status: 'announced',
      owner: { nodes: ['worker-3'], source: 'event' },
      nextNode: 'worker-1',
    });
    // an event naming another node than the election's pick is no owner
    expect(gap('worker-1')).toMatchObject({ status: 'unannounced', owner: undefined });
    // two speakers reporting in the same second (settling after one returned): the election's pick
    const tie = buildAssignments(
      admin({ l2Statuses: [], events: [assigned('worker-2'), assigned('worker-3')] }),
    ).rows[0];
    expect(tie.owner).toMatchObject({ nodes: ['worker-3'], source: 'event' });
    // nor one for a Service no endpoint can serve
    const stopped = buildAssignments(
      admin({
        l2Statuses: [],
        endpointSlices: [endpointSlice('database', [['worker-2', false]], 'vmexamples')],
        events: [assigned('worker-3')],
      }),
    ).rows[0];
    expect(stopped.status).toBe('unannounced');
  });

  it('with less privilege: owner from events, pool from the annotation, no prediction', () => {
    const { rows } = buildAssignments({
      services: admin().services,
      endpointSlices: admin().endpointSlices,
      events: [
        {
          ...nodeAssigned('database', 'worker-3', '2026-11-28T10:00:00Z'),
          involvedObject: { kind: 'Service', name: 'database', namespace: 'vmexamples' },
        },
      ],
    });
    expect(rows[0]).toMatchObject({ pool: 'lab', owner: { nodes: ['worker-3'], source: 'event' } });
    expect(rows[0].election).toBeUndefined();
    expect(rows[0].nextNode).toBeUndefined();
  });
});

describe('filters, grouping and owner changes', () => {
  const two = () =>
    buildAssignments(
      admin({
        services: [
          allocatedService('database', 'lab', ['192.168.123.200'], { namespace: 'vmexamples' }),
          allocatedService('web', 'lab', ['192.168.123.201'], { namespace: 'shop' }),
        ],
        l2Statuses: [
          l2Status('database', 'worker-3', '2026-11-28T10:00:00Z', 'vmexamples'),
          l2Status('web', 'worker-1', '2026-11-28T10:00:00Z', 'shop'),
        ],
        endpointSlices: [
          endpointSlice('database', [['worker-2', true]], 'vmexamples'),
          endpointSlice('web', [['worker-2', true]], 'shop'),
        ],
      }),
    ).rows;

  it('filters by namespace, node, status and part of an IP', () => {
    const rows = two();
    expect(rows.filter((r) => rowMatches(r, { namespace: 'shop' })).map((r) => r.name)).toEqual([
      'web',
    ]);
    expect(rows.filter((r) => rowMatches(r, { node: 'worker-3' })).map((r) => r.name)).toEqual([
      'database',
    ]);
    expect(rows.filter((r) => rowMatches(r, { ip: '123.201' })).map((r) => r.name)).toEqual([
      'web',
    ]);
    expect(rows.filter((r) => rowMatches(r, { status: 'unannounced' }))).toEqual([]);
  });

  it('groups by announcing node', () => {
    expect([...groupByNode(two()).keys()]).toEqual(['worker-1', 'worker-3']);
  });

  it('remembers the previous owner and when it changed (the new status’s creation, else when seen)', () => {
    let memory = rememberOwners(emptyOwnerMemory(), two(), 1000);
    expect(memory.changes.size).toBe(0);
    const moved = two().map((r) =>
      r.name === 'database'
        ? { ...r, owner: { ...r.owner!, nodes: ['worker-1'], since: undefined } }
        : r,
    );
    memory = rememberOwners(memory, moved, 2000);
    expect(memory.changes.get('vmexamples/database/192.168.123.200')).toEqual({
      previous: 'worker-3',
      at: 2000,
    });
    const withStatus = moved.map((r) =>
      r.name === 'database'
        ? { ...r, owner: { ...r.owner!, nodes: ['worker-2'], since: '2026-11-28T10:00:07Z' } }
        : r,
    );
    expect(
      rememberOwners(memory, withStatus, 9999).changes.get('vmexamples/database/192.168.123.200'),
    ).toEqual({ previous: 'worker-1', at: Date.parse('2026-11-28T10:00:07Z') });
    // kept on the next render
    memory = rememberOwners(memory, moved, 3000);
    expect(memory.changes.get('vmexamples/database/192.168.123.200')?.at).toBe(2000);
  });

  it('remembers the owner across a render with none (the old status gone before the new one came)', () => {
    const key = 'vmexamples/database/192.168.123.200';
    const ownedBy = (node?: string) =>
      two().map((r) =>
        r.name === 'database'
          ? { ...r, owner: node ? { ...r.owner!, nodes: [node], since: undefined } : undefined }
          : r,
      );
    let memory = rememberOwners(emptyOwnerMemory(), two(), 1000);
    memory = rememberOwners(memory, ownedBy(undefined), 2000);
    expect(memory.changes.has(key)).toBe(false);
    memory = rememberOwners(memory, ownedBy('worker-1'), 3000);
    expect(memory.changes.get(key)).toEqual({ previous: 'worker-3', at: 3000 });
    // the same node back after a gap is no change
    const back = rememberOwners(
      rememberOwners(rememberOwners(emptyOwnerMemory(), two(), 1000), ownedBy(undefined), 2000),
      two(),
      3000,
    );
    expect(back.changes.has(key)).toBe(false);
  });
});

describe('buildAssignments: an address announced by BGP', () => {
  const bgpInput = (over: Partial<AssignmentInput> = {}) =>
    admin({
      services: [
        allocatedService('database', 'bgp', ['192.168.123.192'], { namespace: 'vmexamples' }),
      ],
      pools: [pool('bgp', ['192.168.123.192-192.168.123.199'])],
      l2Advertisements: [],
      bgpAdvertisements: [bgpAdvertisement('bgp-adv')],
      l2Statuses: [],
      bgpStatuses: ['worker-1', 'worker-2'].map((n) =>
        bgpStatus('database', n, '2026-12-06T06:00:00Z', 'vmexamples'),
      ),
      bgpPeers: [bgpPeer('peer-1', { myASN: 64500, peerASN: 64501, peerAddress: '192.168.123.2' })],
      sessionStates: [
        sessionState('worker-1', '192.168.123.2', 'Established', 'up'),
        sessionState('worker-2', '192.168.123.2', 'Active', 'down', '2026-12-06T06:05:00Z'),
      ],
      ...over,
    });

  it('names every announcing node, its peers and their sessions; a session down is down', () => {
    const [row] = buildAssignments(bgpInput()).rows;
    expect(row.protocol).toBe('bgp');
    expect(row.owner?.nodes).toEqual(['worker-1', 'worker-2']);
    expect(row.bgpPaths).toEqual([
      {
        node: 'worker-1',
        sessions: [
          expect.objectContaining({
            peerName: 'peer-1',
            address: '192.168.123.2',
            health: 'up',
            bfd: 'up',
          }),
        ],
      },
      {
        node: 'worker-2',
        sessions: [
          expect.objectContaining({
            peerName: 'peer-1',
            bgp: 'Active',
            health: 'down',
            since: '2026-12-06T06:05:00Z',
          }),
        ],
      },
    ]);
  });

  it('without FRR-K8s (no BGPSessionState readable) every session is unknown, never up', () => {
    const [row] = buildAssignments(bgpInput({ sessionStates: undefined })).rows;
    expect(row.bgpPaths?.flatMap((p) => p.sessions.map((s) => s.health))).toEqual([
      'unknown',
      'unknown',
    ]);
  });

  it('layer 2 rows carry no BGP paths', () => {
    expect(buildAssignments(admin()).rows[0].bgpPaths).toBeUndefined();
  });
});
