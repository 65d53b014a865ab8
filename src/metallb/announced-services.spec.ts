import { servicesAnnouncedBy } from './announced-services';
import { resolveOwner } from './owner';
import type { Service } from './types';
import { allocatedService, l2Advertisement, pool, service } from './test-factories';

const webapp = pool('ip-addresspool-webapp', ['192.168.123.200-192.168.123.250']);
const other = pool('other', ['192.168.123.100/30']);
const pools = [webapp, other];

const l2Status = (service: string, namespace: string, node: string) => ({
  metadata: { name: `l2-${service}` },
  status: { node, serviceName: service, serviceNamespace: namespace },
});

describe('servicesAnnouncedBy', () => {
  const database = allocatedService('database', 'ip-addresspool-webapp', ['192.168.123.200'], {
    namespace: 'vmexamples',
  });

  it('lists the Services whose IPs come from a covered pool, with the announcing node', () => {
    const adv = l2Advertisement('l2-adv-webapp', { ipAddressPools: ['ip-addresspool-webapp'] });
    const l2Statuses = [l2Status('database', 'vmexamples', 'worker-3')];
    const nodes = (s: Service) => resolveOwner({ service: s, l2Statuses })?.nodes ?? [];
    expect(
      servicesAnnouncedBy(adv, pools, [database, service('x', ['192.168.123.101'])], nodes),
    ).toEqual([
      {
        namespace: 'vmexamples',
        name: 'database',
        ips: ['192.168.123.200'],
        pool: 'ip-addresspool-webapp',
        nodes: ['worker-3'],
      },
    ]);
  });

  it('finds the pool by address when the controller has not annotated the Service', () => {
    const adv = l2Advertisement('l2-other', { ipAddressPools: ['other'] });
    expect(servicesAnnouncedBy(adv, pools, [service('x', ['192.168.123.101'])])).toEqual([
      { namespace: 'default', name: 'x', ips: ['192.168.123.101'], pool: 'other', nodes: [] },
    ]);
  });

  it('skips Services without an IP, outside every pool, or not of type LoadBalancer', () => {
    const adv = l2Advertisement('all');
    expect(
      servicesAnnouncedBy(adv, pools, [
        service('pending', []),
        service('outside', ['10.9.9.9']),
        service('cluster', ['192.168.123.201'], { type: 'ClusterIP' }),
      ]),
    ).toEqual([]);
  });

  it('keeps only Services its serviceSelectors match (MetalLB v0.16)', () => {
    const labelled = {
      ...service('web', ['192.168.123.201']),
      metadata: { name: 'web', namespace: 'default', labels: { app: 'web' } },
    };
    const adv = l2Advertisement('web-only', {
      serviceSelectors: [{ matchLabels: { app: 'web' } }],
    });
    expect(servicesAnnouncedBy(adv, pools, [labelled, database]).map((s) => s.name)).toEqual([
      'web',
    ]);
  });
});
