import { presetPort } from './ports';
import { checkSharing, type SharingCandidate } from './sharing';
import { lbService } from './test-factories';

const mine = (over: Partial<SharingCandidate> = {}): SharingCandidate => ({
  key: 'db',
  ports: [presetPort('mysql')],
  trafficPolicy: 'Cluster',
  selector: { 'vmi.kubevirt.io/id': 'database' },
  self: 'vmexamples/database-mysql',
  ...over,
});
const shared = (name: string, opts: Parameters<typeof lbService>[1] = {}) =>
  lbService(name, {
    ...opts,
    annotations: { 'metallb.io/allow-shared-ip': 'db', ...(opts.annotations ?? {}) },
  });

describe('checkSharing', () => {
  it('lists who uses the key and the IP they hold', () => {
    const check = checkSharing(mine(), [
      shared('web', { ports: [{ port: 80 }], ip: '192.168.123.205' }),
      lbService('x'),
    ]);
    expect(check).toEqual({
      sharers: ['vmexamples/web'],
      sharedIPs: ['192.168.123.205'],
      issues: [],
    });
  });

  it('finds port collisions by port and protocol', () => {
    const check = checkSharing(mine(), [
      shared('other-db', { ports: [{ port: 3306 }] }),
      shared('udp', { ports: [{ port: 3306, protocol: 'UDP' }] }),
    ]);
    expect(check.issues).toEqual([
      { code: 'port-collision', with: 'vmexamples/other-db', port: 3306, protocol: 'TCP' },
    ]);
  });

  it('with Local, needs every sharer Local with the identical selector', () => {
    const same = shared('same', {
      ports: [{ port: 22 }],
      policy: 'Local',
      selector: { 'vmi.kubevirt.io/id': 'database' },
    });
    const differs = shared('differs', {
      ports: [{ port: 23 }],
      policy: 'Local',
      selector: { app: 'web' },
    });
    const cluster = shared('cluster', { ports: [{ port: 24 }] });
    expect(checkSharing(mine({ trafficPolicy: 'Local' }), [same, differs, cluster]).issues).toEqual(
      [
        { code: 'backend-differs', with: 'vmexamples/differs', reason: 'selector' },
        { code: 'backend-differs', with: 'vmexamples/cluster', reason: 'policy' },
      ],
    );
  });

  it('with Cluster, selectors do not matter', () => {
    expect(
      checkSharing(mine(), [shared('web', { ports: [{ port: 80 }], selector: { app: 'web' } })])
        .issues,
    ).toEqual([]);
  });

  it('checks nothing without a key', () => {
    expect(checkSharing(mine({ key: ' ' }), [shared('web')])).toEqual({
      sharers: [],
      sharedIPs: [],
      issues: [],
    });
  });
});
