import { connectCommand } from './connect';
import { exposeStatus } from './expose-status';
import { presetPort } from './ports';
import { lbService } from './test-factories';
import type { KubeEvent } from './types';

const svc = lbService('database-mysql');
const event = (reason: string, message: string, at: string): KubeEvent => ({
  involvedObject: { kind: 'Service', name: 'database-mysql', namespace: 'vmexamples' },
  reason,
  message,
  lastTimestamp: at,
});

describe('exposeStatus', () => {
  it('gives MetalLB’s reason verbatim while no IP is assigned, newest allocation event first', () => {
    const failed = event(
      'AllocationFailed',
      'Failed to allocate IP for "vmexamples/database-mysql": no available IPs',
      '2026-01-01T10:00:02Z',
    );
    expect(exposeStatus(svc, [failed], undefined)).toEqual({
      ips: [],
      pendingReason: failed.message,
    });
    const later = event('IPAllocated', 'Assigned IP ["192.168.123.200"]', '2026-01-01T10:00:05Z');
    expect(exposeStatus(svc, [failed, later], undefined).pendingReason).toBeUndefined();
  });

  it('takes the node from a ServiceL2Status first, the newest of them', () => {
    const assigned = lbService('database-mysql', { ip: '192.168.123.200' });
    const l2 = (node: string, at: string) => ({
      metadata: { creationTimestamp: at },
      status: { node, serviceName: 'database-mysql', serviceNamespace: 'vmexamples' },
    });
    expect(
      exposeStatus(
        assigned,
        [],
        [l2('worker-3', '2026-01-01T10:00:00Z'), l2('worker-1', '2026-01-01T10:01:00Z')],
      ),
    ).toEqual({
      ips: ['192.168.123.200'],
      node: { name: 'worker-1', source: 'ServiceL2Status', protocol: 'layer2' },
    });
  });

  it('falls back to the newest nodeAssigned event, marked as such, when statuses are unreadable', () => {
    const assigned = lbService('database-mysql', { ip: '192.168.123.200' });
    const events = [
      event(
        'nodeAssigned',
        'announcing from node "worker-3" with protocol "layer2"',
        '2026-01-01T10:00:00Z',
      ),
      event(
        'nodeAssigned',
        'announcing from node "worker-2" with protocol "layer2"',
        '2026-01-01T10:05:00Z',
      ),
    ];
    expect(exposeStatus(assigned, events, undefined).node).toEqual({
      name: 'worker-2',
      source: 'event',
      protocol: 'layer2',
    });
  });

  it('ignores events of another Service of the same name (other uid)', () => {
    const assigned = { ...lbService('database-mysql', { ip: '192.168.123.200' }) };
    assigned.metadata = { ...assigned.metadata, uid: 'new' };
    const stale = event(
      'nodeAssigned',
      'announcing from node "worker-3" with protocol "layer2"',
      '2026-01-01T10:00:00Z',
    );
    stale.involvedObject = { ...stale.involvedObject, uid: 'old' };
    expect(exposeStatus(assigned, [stale], undefined).node).toBeUndefined();
  });
});

describe('connectCommand', () => {
  it('gives the command for the guest service behind the port', () => {
    expect(connectCommand('192.168.123.200', presetPort('mysql'))).toBe(
      'mysql -h 192.168.123.200 -P 3306 -u <user> -p',
    );
    expect(connectCommand('192.168.123.200', presetPort('ssh'))).toBe('ssh <user>@192.168.123.200');
    expect(connectCommand('192.168.123.200', { ...presetPort('ssh'), port: 2222 })).toBe(
      'ssh -p 2222 <user>@192.168.123.200',
    );
    expect(connectCommand('192.168.123.200', presetPort('rdp'))).toBe(
      'xfreerdp /v:192.168.123.200',
    );
    expect(connectCommand('fd00::1', presetPort('https'))).toBe('curl https://[fd00::1]/');
    expect(
      connectCommand('192.168.123.200', {
        name: 'app',
        protocol: 'TCP',
        port: 8080,
        targetPort: 8080,
      }),
    ).toBe('curl 192.168.123.200:8080');
    expect(
      connectCommand('192.168.123.200', { name: 'dns', protocol: 'UDP', port: 53, targetPort: 53 }),
    ).toBe('nc -u 192.168.123.200 53');
  });
});
