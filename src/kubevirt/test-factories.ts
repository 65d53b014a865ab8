// Small builders for the KubeVirt and core objects the specs need.
import type { ExposedService, Pod, VirtualMachine, VirtualMachineInstance } from './types';

export const vm = (
  name: string,
  spec: NonNullable<NonNullable<VirtualMachine['spec']>['template']>['spec'] = {
    networks: [{ name: 'default', pod: {} }],
    domain: { devices: { interfaces: [{ name: 'default', masquerade: {} }] } },
  },
  labels: Record<string, string> = {},
): VirtualMachine => ({
  apiVersion: 'kubevirt.io/v1',
  kind: 'VirtualMachine',
  metadata: { name, namespace: 'vmexamples', uid: `uid-vm-${name}` },
  spec: { runStrategy: 'Always', template: { metadata: { labels }, spec } },
});

export const vmi = (name: string, node = 'worker-1'): VirtualMachineInstance => ({
  metadata: { name, namespace: 'vmexamples', uid: `uid-vmi-${name}` },
  status: { phase: 'Running', nodeName: node },
});

export const launcherPod = (
  vmiName: string,
  labels: Record<string, string>,
  extra: Partial<NonNullable<Pod['metadata']>> = {},
): Pod => ({
  metadata: {
    name: `virt-launcher-${vmiName}-abcde`,
    namespace: 'vmexamples',
    labels: {
      'kubevirt.io': 'virt-launcher',
      'kubevirt.io/created-by': `uid-vmi-${vmiName}`,
      ...labels,
    },
    ...extra,
  },
  spec: { nodeName: 'worker-1' },
});

export const lbService = (
  name: string,
  opts: {
    namespace?: string;
    annotations?: Record<string, string>;
    ports?: Array<{ port: number; protocol?: string }>;
    ip?: string;
    policy?: 'Cluster' | 'Local';
    selector?: Record<string, string>;
  } = {},
): ExposedService => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: {
    name,
    namespace: opts.namespace ?? 'vmexamples',
    annotations: opts.annotations ?? {},
  },
  spec: {
    type: 'LoadBalancer',
    selector: opts.selector ?? { app: name },
    ports: (opts.ports ?? [{ port: 80 }]).map((p) => ({
      port: p.port,
      protocol: p.protocol ?? 'TCP',
    })),
    externalTrafficPolicy: opts.policy ?? 'Cluster',
  },
  status: opts.ip ? { loadBalancer: { ingress: [{ ip: opts.ip }] } } : {},
});
