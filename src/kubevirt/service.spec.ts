import { dump, load } from 'js-yaml';
import { presetPort } from './ports';
import {
  buildService,
  defaultServiceName,
  isServiceName,
  readChoices,
  servicesOfVM,
  type ExposeChoices,
} from './service';
import { lbService, vm } from './test-factories';
import type { ExposedService } from './types';

const ref = { name: 'database', uid: 'uid-vm-database' };
const choices = (over: Partial<ExposeChoices> = {}): ExposeChoices => ({
  name: 'database-mysql',
  namespace: 'vmexamples',
  selector: { 'vmi.kubevirt.io/id': 'database' },
  ports: [presetPort('mysql')],
  address: { mode: 'auto' },
  sharingKey: '',
  trafficPolicy: 'Cluster',
  ownedByVM: true,
  ...over,
});

describe('buildService', () => {
  it('makes the lab’s Service: LoadBalancer, launcher selector, owner reference to the VM', () => {
    expect(buildService(choices(), ref)).toEqual({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: {
        name: 'database-mysql',
        namespace: 'vmexamples',
        labels: { 'metallb-console-plugin/exposed-vm': 'database' },
        ownerReferences: [
          {
            apiVersion: 'kubevirt.io/v1',
            kind: 'VirtualMachine',
            name: 'database',
            uid: 'uid-vm-database',
          },
        ],
      },
      spec: {
        type: 'LoadBalancer',
        selector: { 'vmi.kubevirt.io/id': 'database' },
        ports: [{ name: 'mysql', protocol: 'TCP', port: 3306, targetPort: 3306 }],
        externalTrafficPolicy: 'Cluster',
      },
    });
  });

  it('writes only metallb.io/ annotations: pool, IPs, sharing key', () => {
    const svc = buildService(
      choices({
        address: { mode: 'ip', ips: ' 192.168.123.210 , ', pool: 'lab' },
        sharingKey: 'db',
      }),
      ref,
    );
    expect(svc.metadata?.annotations).toEqual({
      'metallb.io/address-pool': 'lab',
      'metallb.io/loadBalancerIPs': '192.168.123.210',
      'metallb.io/allow-shared-ip': 'db',
    });
    expect(
      buildService(choices({ address: { mode: 'pool', pool: 'lab' } }), ref).metadata?.annotations,
    ).toEqual({
      'metallb.io/address-pool': 'lab',
    });
  });

  it('drops the owner reference when asked, and keeps other owners', () => {
    const base: ExposedService = {
      metadata: {
        ownerReferences: [{ apiVersion: 'v1', kind: 'ConfigMap', name: 'c', uid: 'u1' }],
      },
    };
    expect(
      buildService(choices({ ownedByVM: false }), ref, base).metadata?.ownerReferences,
    ).toEqual([{ apiVersion: 'v1', kind: 'ConfigMap', name: 'c', uid: 'u1' }]);
    expect(
      buildService(choices({ ownedByVM: false }), ref).metadata?.ownerReferences,
    ).toBeUndefined();
  });

  it('keeps what the YAML view added that the form does not know, and replaces old-prefix MetalLB keys', () => {
    const base: ExposedService = {
      metadata: {
        annotations: { note: 'keep me', 'metallb.universe.tf/address-pool': 'old' },
        labels: { team: 'db' },
      },
      spec: { loadBalancerClass: undefined, sessionAffinity: 'ClientIP' } as ExposedService['spec'],
    };
    const svc = buildService(choices(), ref, base);
    expect(svc.metadata?.annotations).toEqual({ note: 'keep me' });
    expect(svc.metadata?.labels).toEqual({
      team: 'db',
      'metallb-console-plugin/exposed-vm': 'database',
    });
    expect((svc.spec as Record<string, unknown>).sessionAffinity).toBe('ClientIP');
  });
});

describe('YAML round trip', () => {
  it('reads back the choices it was built from, through YAML text', () => {
    for (const c of [
      choices(),
      choices({ address: { mode: 'pool', pool: 'lab' }, trafficPolicy: 'Local' }),
      choices({
        address: { mode: 'ip', ips: '192.168.123.210' },
        sharingKey: 'db',
        ownedByVM: false,
        ports: [presetPort('mysql'), { name: 'ssh', protocol: 'TCP', port: 2222, targetPort: 22 }],
      }),
    ]) {
      const text = dump(buildService(c, ref));
      const { choices: back, unreadable } = readChoices(load(text) as ExposedService, ref);
      expect(unreadable).toEqual([]);
      expect(back).toEqual(c);
      // and building again from the parsed YAML changes nothing
      expect(buildService(back, ref, load(text) as ExposedService)).toEqual(load(text));
    }
  });

  it('reads the old annotation prefix and says which fields the form cannot show', () => {
    const svc: ExposedService = {
      metadata: {
        name: 's',
        namespace: 'vmexamples',
        annotations: { 'metallb.universe.tf/address-pool': 'old' },
      },
      spec: { ports: [{ name: 'web', port: 80, targetPort: 'http' }] },
    };
    const { choices: back, unreadable } = readChoices(svc, ref);
    expect(back.address).toEqual({ mode: 'pool', pool: 'old' });
    expect(back.ports[0]).toEqual({ name: 'web', protocol: 'TCP', port: 80, targetPort: 80 });
    expect(unreadable).toEqual(['spec.ports[0].targetPort']);
  });
});

describe('names', () => {
  it('names the Service after the VM and its single port, within 63 characters', () => {
    expect(defaultServiceName('database', [presetPort('mysql')])).toBe('database-mysql');
    expect(defaultServiceName('database', [presetPort('mysql'), presetPort('ssh')])).toBe(
      'database-lb',
    );
    expect(defaultServiceName('9lives', [])).toBe('vm-9lives-lb');
    const long = defaultServiceName('a'.repeat(70), [presetPort('ssh')]);
    expect(long.length).toBeLessThanOrEqual(63);
    expect(isServiceName(long)).toBe(true);
    expect(isServiceName('Database')).toBe(false);
  });
});

describe('servicesOfVM', () => {
  it('finds the Services the VM owns or that carry its label', () => {
    const database = vm('database');
    const owned = {
      ...lbService('a'),
      metadata: {
        ...lbService('a').metadata,
        ownerReferences: [
          {
            apiVersion: 'kubevirt.io/v1',
            kind: 'VirtualMachine',
            name: 'database',
            uid: 'uid-vm-database',
          },
        ],
      },
    };
    const labelled = {
      ...lbService('b'),
      metadata: {
        ...lbService('b').metadata,
        labels: { 'metallb-console-plugin/exposed-vm': 'database' },
      },
    };
    const other = lbService('c');
    expect(servicesOfVM(database, [owned, labelled, other]).map((s) => s.metadata?.name)).toEqual([
      'a',
      'b',
    ]);
  });
});
