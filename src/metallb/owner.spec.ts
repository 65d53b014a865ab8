import { bgpStatus, endpointSlice, event, l2Status, nodeAssigned } from './announcement-factories';
import { resolveOwner } from './owner';
import { service } from './test-factories';

const db = service('database', ['192.168.123.200']);

describe('resolveOwner: the fallback chain', () => {
  it('takes the ServiceL2Status when there is one', () => {
    expect(
      resolveOwner({
        service: db,
        l2Statuses: [l2Status('database', 'worker-3', '2026-11-28T10:00:00Z')],
        bgpStatuses: [],
        events: [nodeAssigned('database', 'worker-1', '2026-11-28T10:05:00Z')],
      }),
    ).toEqual({
      nodes: ['worker-3'],
      protocol: 'layer2',
      source: 'l2-status',
      since: '2026-11-28T10:00:00Z',
      stale: [],
    });
  });

  it('after a failover prefers the status whose speaker is ready, and calls the other stale', () => {
    const statuses = [
      l2Status('database', 'worker-1', '2026-11-28T10:00:05Z'),
      l2Status('database', 'worker-3', '2026-11-28T10:00:00Z'),
    ];
    const owner = resolveOwner({
      service: db,
      l2Statuses: statuses,
      speakerReady: (n) => n !== 'worker-3',
    });
    expect(owner?.nodes).toEqual(['worker-1']);
    expect(owner?.stale).toEqual([
      { node: 'worker-3', since: '2026-11-28T10:00:00Z', reason: 'speaker-not-ready' },
    ]);
  });

  it('prefers a ready speaker over a newer status of a not-ready one', () => {
    const owner = resolveOwner({
      service: db,
      l2Statuses: [
        l2Status('database', 'worker-2', '2026-11-28T10:09:00Z'),
        l2Status('database', 'worker-1', '2026-11-28T10:00:00Z'),
      ],
      speakerReady: (n) => n === 'worker-1',
    });
    expect(owner?.nodes).toEqual(['worker-1']);
  });

  describe('MetalLB v0.15: the new leader cannot take over the dead speaker’s status', () => {
    const stuck = [l2Status('database', 'worker-3', '2026-11-28T10:00:00Z')];
    const down3 = (n: string) => n !== 'worker-3';

    it('takes the newer nodeAssigned event of a live node, and calls the status stale', () => {
      expect(
        resolveOwner({
          service: db,
          l2Statuses: stuck,
          events: [nodeAssigned('database', 'worker-1', '2026-11-28T10:06:10Z')],
          speakerReady: down3,
        }),
      ).toEqual({
        nodes: ['worker-1'],
        protocol: 'layer2',
        source: 'event',
        since: '2026-11-28T10:06:10Z',
        stale: [{ node: 'worker-3', since: '2026-11-28T10:00:00Z', reason: 'speaker-not-ready' }],
      });
    });

    it('keeps the status when the event is older than it, names a down node, or the node is up', () => {
      const older = [nodeAssigned('database', 'worker-1', '2026-11-28T09:59:00Z')];
      expect(
        resolveOwner({ service: db, l2Statuses: stuck, events: older, speakerReady: down3 })
          ?.source,
      ).toBe('l2-status');
      const fromDown = [nodeAssigned('database', 'worker-2', '2026-11-28T10:06:10Z')];
      expect(
        resolveOwner({
          service: db,
          l2Statuses: stuck,
          events: fromDown,
          speakerReady: (n) => n === 'worker-1',
        })?.nodes,
      ).toEqual(['worker-3']);
      const newer = [nodeAssigned('database', 'worker-1', '2026-11-28T10:06:10Z')];
      expect(
        resolveOwner({ service: db, l2Statuses: stuck, events: newer, speakerReady: () => true })
          ?.nodes,
      ).toEqual(['worker-3']);
    });
  });

  it('with every speaker ready (or unknown), the newest status wins and the other is superseded', () => {
    const owner = resolveOwner({
      service: db,
      l2Statuses: [
        l2Status('database', 'worker-3', '2026-11-28T10:00:00Z'),
        l2Status('database', 'worker-1', '2026-11-28T10:00:05Z'),
      ],
    });
    expect(owner?.nodes).toEqual(['worker-1']);
    expect(owner?.stale[0]).toMatchObject({ node: 'worker-3', reason: 'superseded' });
  });

  it('ignores statuses of other Services, including a same-named one in another namespace', () => {
    const owner = resolveOwner({
      service: db,
      l2Statuses: [
        l2Status('web', 'worker-2', '2026-11-28T10:00:00Z'),
        l2Status('database', 'worker-2', '2026-11-28T10:00:00Z', 'other'),
      ],
      bgpStatuses: [],
    });
    expect(owner).toBeUndefined();
  });

  it('reads every ServiceBGPStatus when no L2 status names the Service', () => {
    const owner = resolveOwner({
      service: db,
      l2Statuses: [],
      bgpStatuses: [
        bgpStatus('database', 'worker-2', '2026-11-28T10:01:00Z'),
        bgpStatus('database', 'worker-1', '2026-11-28T10:00:00Z'),
      ],
    });
    expect(owner).toEqual({
      nodes: ['worker-1', 'worker-2'],
      protocol: 'bgp',
      source: 'bgp-status',
      since: '2026-11-28T10:00:00Z',
      stale: [],
    });
  });

  it('falls back to the newest nodeAssigned event only when statuses cannot be read, and says so', () => {
    const owner = resolveOwner({
      service: db,
      events: [
        nodeAssigned('database', 'worker-3', '2026-11-28T10:00:00Z'),
        nodeAssigned('database', 'worker-1', '2026-11-28T10:00:06Z'),
        event('database', 'IPAllocated', 'Assigned IP ["192.168.123.200"]', '2026-11-28T10:00:09Z'),
        nodeAssigned('web', 'worker-2', '2026-11-28T10:00:10Z'),
      ],
    });
    expect(owner).toEqual({
      nodes: ['worker-1'],
      protocol: 'layer2',
      source: 'event',
      since: '2026-11-28T10:00:06Z',
      stale: [],
    });
  });

  it('reads the protocol of a bgp nodeAssigned event', () => {
    expect(
      resolveOwner({
        service: db,
        events: [nodeAssigned('database', 'worker-2', '2026-11-28T10:00:00Z', 'bgp')],
      })?.protocol,
    ).toBe('bgp');
  });

  it('does not let an old event contradict readable statuses that name nobody', () => {
    expect(
      resolveOwner({
        service: db,
        l2Statuses: [],
        bgpStatuses: [],
        events: [nodeAssigned('database', 'worker-3', '2026-11-28T10:00:00Z')],
      }),
    ).toBeUndefined();
  });

  it('never guesses: no source, no owner', () => {
    expect(resolveOwner({ service: db })).toBeUndefined();
    expect(resolveOwner({ service: db, events: [] })).toBeUndefined();
  });
});

describe('resolveOwner from events with externalTrafficPolicy Local', () => {
  // Seen on the local cluster after a live migration worker-1 -> worker-2: the old node's speaker
  // re-reported in the same second as the new node's first event.
  const local = { ...db, spec: { ...db.spec, externalTrafficPolicy: 'Local' } };
  const events = [
    nodeAssigned('database', 'worker-1', '2026-11-28T11:48:08Z'),
    nodeAssigned('database', 'worker-2', '2026-11-28T11:48:08Z'),
  ];

  it('skips an event naming a node with no serving endpoint', () => {
    const owner = resolveOwner({
      service: local,
      events,
      endpointSlices: [endpointSlice('database', [['worker-2', true]])],
    });
    expect(owner).toMatchObject({ nodes: ['worker-2'], source: 'event' });
  });

  it('keeps the newest event when the Service is not Local', () => {
    const owner = resolveOwner({
      service: db,
      events: [
        nodeAssigned('database', 'worker-1', '2026-11-28T11:48:09Z'),
        nodeAssigned('database', 'worker-2', '2026-11-28T11:48:08Z'),
      ],
      endpointSlices: [endpointSlice('database', [['worker-2', true]])],
    });
    expect(owner?.nodes).toEqual(['worker-1']);
  });

  it('says nobody when every event names a node without a serving endpoint', () => {
    const owner = resolveOwner({
      service: local,
      events,
      endpointSlices: [endpointSlice('database', [['worker-3', true]])],
    });
    expect(owner).toBeUndefined();
  });
});
