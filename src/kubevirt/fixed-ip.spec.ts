import { pool } from '../metallb/test-factories';
import { checkFixedIPs, type FixedIPContext } from './fixed-ip';
import { lbService } from './test-factories';

const labPool = pool('lab-pool', ['192.168.123.200-192.168.123.250']);
const other = pool('other', ['192.168.123.100/31']);
const context = (over: Partial<FixedIPContext> = {}): FixedIPContext => ({
  pools: [labPool, other],
  services: [],
  servicesAllNamespaces: true,
  sharingKey: '',
  self: 'vmexamples/database-mysql',
  ...over,
});

describe('checkFixedIPs', () => {
  it('accepts a free IP inside a pool and says which pool', () => {
    const check = checkFixedIPs('192.168.123.210', context());
    expect(check.issues).toEqual([]);
    expect(check.pools.get('192.168.123.210')).toBe('lab-pool');
  });

  it('refuses text that is no IP, and two IPs of one family', () => {
    expect(checkFixedIPs('', context()).issues).toEqual([{ code: 'empty' }]);
    expect(checkFixedIPs('192.168.123.010', context()).issues).toEqual([
      { code: 'invalid', text: '192.168.123.010' },
    ]);
    expect(checkFixedIPs('192.168.123.210,192.168.123.211', context()).issues).toEqual([
      { code: 'family-twice', text: '192.168.123.211' },
    ]);
  });

  it('refuses an IP no pool holds, or one outside the chosen pool', () => {
    expect(checkFixedIPs('10.0.0.1', context()).issues).toEqual([
      { code: 'no-pool', ip: '10.0.0.1' },
    ]);
    expect(checkFixedIPs('192.168.123.100', context({ chosenPool: 'lab-pool' })).issues).toEqual([
      { code: 'not-in-chosen-pool', ip: '192.168.123.100', pool: 'lab-pool', holder: 'other' },
    ]);
  });

  it('refuses an IP another Service holds or requests, naming it', () => {
    const holder = lbService('web', { namespace: 'shop', ip: '192.168.123.210' });
    const requester = lbService('api', {
      namespace: 'shop',
      annotations: { 'metallb.io/loadBalancerIPs': '192.168.123.211' },
    });
    const services = [holder, requester];
    expect(checkFixedIPs('192.168.123.210', context({ services })).issues).toEqual([
      { code: 'taken', ip: '192.168.123.210', by: 'shop/web' },
    ]);
    expect(checkFixedIPs('192.168.123.211', context({ services })).issues).toEqual([
      { code: 'taken', ip: '192.168.123.211', by: 'shop/api' },
    ]);
  });

  it('lets an IP held under the same sharing key through (sharing rules judge it), not under another key', () => {
    const holder = lbService('web', {
      ip: '192.168.123.210',
      annotations: { 'metallb.io/allow-shared-ip': 'k1' },
    });
    expect(
      checkFixedIPs('192.168.123.210', context({ services: [holder], sharingKey: 'k1' })).issues,
    ).toEqual([]);
    expect(
      checkFixedIPs('192.168.123.210', context({ services: [holder], sharingKey: 'k2' })).issues,
    ).toEqual([{ code: 'taken', ip: '192.168.123.210', by: 'vmexamples/web', sharingKey: 'k1' }]);
  });

  it('does not count the Service being made as a holder', () => {
    const self = lbService('database-mysql', { ip: '192.168.123.210' });
    expect(checkFixedIPs('192.168.123.210', context({ services: [self] })).issues).toEqual([]);
  });

  it('names the checks it could not make without pool or cluster-wide Service rights', () => {
    const check = checkFixedIPs(
      '192.168.123.210',
      context({ pools: undefined, servicesAllNamespaces: false }),
    );
    expect(check.issues).toEqual([]);
    expect(check.unchecked).toEqual(['pools', 'other-namespaces']);
  });
});
