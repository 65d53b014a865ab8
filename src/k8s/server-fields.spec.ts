import { changedFields, onlyServerChanged, userContent, withServerFields } from './server-fields';

const pool = (rv: string, extra: Record<string, unknown> = {}) => ({
  apiVersion: 'metallb.io/v1beta1',
  kind: 'IPAddressPool',
  metadata: {
    name: 'web',
    namespace: 'metallb-system',
    uid: 'u1',
    resourceVersion: rv,
    generation: 1,
    managedFields: [{ manager: 'kubectl' }],
  },
  spec: { addresses: ['192.168.123.200/29'] },
  status: { assignedIPv4: 0, availableIPv4: 8 },
  ...extra,
});

describe('onlyServerChanged', () => {
  it('is true when MetalLB rewrote the status (a Service took an address)', () => {
    const theirs = {
      ...pool('105'),
      metadata: { ...pool('105').metadata, managedFields: [{ manager: 'controller' }] },
      status: { assignedIPv4: 1, availableIPv4: 7 },
    };
    expect(onlyServerChanged(pool('100'), theirs)).toBe(true);
  });

  it('is true when one version comes from a list without kind and apiVersion', () => {
    const listItem: Record<string, unknown> = pool('101');
    delete listItem.apiVersion;
    delete listItem.kind;
    expect(onlyServerChanged(pool('100'), listItem)).toBe(true);
    expect(onlyServerChanged(listItem, pool('100'))).toBe(true);
  });

  it.each([
    ['the spec', { spec: { addresses: ['192.168.123.200/30'] } }],
    ['a label', { metadata: { ...pool('101').metadata, labels: { team: 'db' } } }],
    ['an annotation', { metadata: { ...pool('101').metadata, annotations: { note: 'x' } } }],
    ['the uid (deleted and created again)', { metadata: { ...pool('101').metadata, uid: 'u2' } }],
    ['the kind', { apiVersion: 'metallb.io/v1beta2' }],
  ])('is false when someone changed %s', (_what, change) => {
    expect(onlyServerChanged(pool('100'), pool('101', change))).toBe(false);
  });
});

describe('withServerFields', () => {
  it("takes the server's status and stamps, and keeps the user's edit", () => {
    const draft = { ...pool('100'), spec: { addresses: ['10.0.0.0/24'] } };
    const server = { ...pool('107'), status: { assignedIPv4: 2 } };
    expect(withServerFields(draft, server)).toEqual({
      ...draft,
      metadata: { ...draft.metadata, resourceVersion: '107' },
      status: { assignedIPv4: 2 },
    });
  });

  it('drops what the server version does not have', () => {
    const bare: Record<string, unknown> = {
      ...pool('107'),
      metadata: { name: 'web', resourceVersion: '107' },
    };
    delete bare.status;
    const result = withServerFields(pool('100'), bare);
    expect(result).not.toHaveProperty('status');
    expect(result.metadata).not.toHaveProperty('generation');
    expect(result.metadata).not.toHaveProperty('managedFields');
  });
});

describe('userContent and changedFields', () => {
  it('leaves out status and the stamps, keeps the rest', () => {
    expect(userContent(pool('100'))).toEqual({
      apiVersion: 'metallb.io/v1beta1',
      kind: 'IPAddressPool',
      metadata: { name: 'web', namespace: 'metallb-system', uid: 'u1' },
      spec: { addresses: ['192.168.123.200/29'] },
    });
  });

  it('lists what they changed field by field, lists whole, status left out', () => {
    const theirs = pool('101', {
      metadata: { ...pool('101').metadata, labels: { team: 'db' } },
      spec: { addresses: ['192.168.123.200/29', '192.168.123.240/28'], autoAssign: false },
      status: { assignedIPv4: 5 },
    });
    expect(changedFields(pool('100'), theirs)).toEqual([
      { path: ['metadata', 'labels', 'team'], before: undefined, after: 'db' },
      {
        path: ['spec', 'addresses'],
        before: ['192.168.123.200/29'],
        after: ['192.168.123.200/29', '192.168.123.240/28'],
      },
      { path: ['spec', 'autoAssign'], before: undefined, after: false },
    ]);
  });

  it('lists a removed field with nothing after it', () => {
    const base = pool('100', { spec: { addresses: ['a'], avoidBuggyIPs: true } });
    expect(changedFields(base, pool('101', { spec: { addresses: ['a'] } }))).toEqual([
      { path: ['spec', 'avoidBuggyIPs'], before: true, after: undefined },
    ]);
  });

  it('lists nothing for a status-only change', () => {
    expect(changedFields(pool('100'), pool('120', { status: { assignedIPv4: 8 } }))).toEqual([]);
  });
});
