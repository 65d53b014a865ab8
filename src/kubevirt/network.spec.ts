import { networkIssues, podInterface, vmNetworks, vmWantsToRun } from './network';
import { presetPort } from './ports';
import { vm } from './test-factories';

const mysql = presetPort('mysql');

describe('networkIssues', () => {
  it('is silent for a masquerade pod interface without a port list', () => {
    expect(networkIssues(vm('winweb01'), [mysql])).toEqual([]);
  });

  it('is silent when KubeVirt attaches the pod network itself (no networks declared)', () => {
    expect(networkIssues(vm('bare', {}), [mysql])).toEqual([]);
    expect(podInterface(vm('bare', {}))).toEqual({
      interfaceName: 'default',
      binding: 'masquerade',
    });
  });

  it('warns when the VM has no pod network (secondary networks only, as after a VMware migration)', () => {
    const migrated = vm('migrated', {
      networks: [{ name: 'vlan10', multus: { networkName: 'vlan10-nad' } }],
      domain: { devices: { interfaces: [{ name: 'vlan10', bridge: {} }] } },
    });
    expect(networkIssues(migrated, [mysql])).toEqual([
      { code: 'no-pod-network', networks: ['vlan10'] },
    ]);
    expect(vmNetworks(migrated)).toEqual([
      { name: 'vlan10', kind: 'multus', target: 'vlan10-nad' },
    ]);
  });

  it('warns when autoattachPodInterface is off and nothing is declared', () => {
    expect(
      networkIssues(vm('x', { domain: { devices: { autoattachPodInterface: false } } }), [mysql]),
    ).toEqual([{ code: 'no-pod-network', networks: [] }]);
  });

  it('names the ports a masquerade interface’s port list lacks (by guest port and protocol)', () => {
    const database = vm('database', {
      networks: [{ name: 'default', pod: {} }],
      domain: {
        devices: {
          interfaces: [{ name: 'default', masquerade: {}, ports: [{ name: 'mysql', port: 3306 }] }],
        },
      },
    });
    expect(networkIssues(database, [mysql])).toEqual([]);
    expect(
      networkIssues(database, [mysql, presetPort('ssh'), { ...mysql, name: 'u', protocol: 'UDP' }]),
    ).toEqual([
      {
        code: 'masquerade-port-missing',
        interfaceName: 'default',
        missing: [
          { port: 22, protocol: 'TCP' },
          { port: 3306, protocol: 'UDP' },
        ],
        listed: [{ port: 3306, protocol: 'TCP' }],
      },
    ]);
  });
});

describe('vmWantsToRun', () => {
  it('reads runStrategy and the old running field', () => {
    expect(vmWantsToRun({ spec: { runStrategy: 'Always' } })).toBe(true);
    expect(vmWantsToRun({ spec: { runStrategy: 'Halted' } })).toBe(false);
    expect(vmWantsToRun({ spec: { running: true } })).toBe(true);
  });
});
