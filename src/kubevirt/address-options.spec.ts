import { pool } from '../metallb/test-factories';
import { poolOptions } from './address-options';
import { lbService } from './test-factories';

describe('poolOptions', () => {
  it('takes the free count MetalLB writes into pool status', () => {
    const p = {
      ...pool('lab', ['192.168.123.200-192.168.123.250']),
      status: { availableIPv4: 50, assignedIPv4: 1 },
    };
    expect(poolOptions([p], undefined)).toEqual([
      {
        name: 'lab',
        autoAssign: true,
        addresses: ['192.168.123.200-192.168.123.250'],
        freeIPv4: 50n,
        freeIPv6: 0n,
        source: 'pool-status',
      },
    ]);
  });

  it('counts from the Services when status has no counts and every namespace was listed', () => {
    const p = pool('lab', ['192.168.123.200-192.168.123.250'], { autoAssign: false });
    const svc = lbService('db', { ip: '192.168.123.200' });
    expect(poolOptions([p], [svc])[0]).toMatchObject({
      autoAssign: false,
      freeIPv4: 50n,
      source: 'services',
    });
  });

  it('says unknown otherwise, and sorts by name', () => {
    const options = poolOptions(
      [pool('b', ['10.0.0.0/30']), pool('a', ['10.0.1.0/30'])],
      undefined,
    );
    expect(options.map((o) => [o.name, o.source, o.freeIPv4])).toEqual([
      ['a', 'unknown', undefined],
      ['b', 'unknown', undefined],
    ]);
  });
});
