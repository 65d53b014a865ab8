// Whether Service traffic can reach a VM's guest: only the pod network's interface receives it, and a
// masquerade interface that lists `ports` forwards only those.
import type { PortChoice } from './ports';
import type { VirtualMachine, VMInterface } from './types';

export type NetworkIssue =
  | { code: 'no-pod-network'; networks: string[] }
  | {
      code: 'masquerade-port-missing';
      interfaceName: string;
      /** Guest ports the Service sends to that the interface does not list. */
      missing: Array<{ port: number; protocol: string }>;
      listed: Array<{ port: number; protocol: string }>;
    };

export interface PodInterface {
  interfaceName: string;
  binding: 'masquerade' | 'bridge' | 'other';
  ports?: Array<{ port: number; protocol: string }>;
}

/** The interface on the pod network; KubeVirt attaches one (masquerade) when no network is declared. */
export const podInterface = (vm: VirtualMachine): PodInterface | undefined => {
  const spec = vm.spec?.template?.spec;
  const networks = spec?.networks ?? [];
  const interfaces: VMInterface[] = spec?.domain?.devices?.interfaces ?? [];
  if (networks.length === 0 && interfaces.length === 0) {
    return spec?.domain?.devices?.autoattachPodInterface === false
      ? undefined
      : { interfaceName: 'default', binding: 'masquerade' };
  }
  const podNetwork = networks.find((n) => n.pod !== undefined);
  if (!podNetwork) return undefined;
  const iface = interfaces.find((i) => i.name === podNetwork.name);
  if (!iface) return { interfaceName: podNetwork.name, binding: 'other' };
  const binding = iface.masquerade ? 'masquerade' : iface.bridge ? 'bridge' : 'other';
  return {
    interfaceName: iface.name,
    binding,
    ports: iface.ports?.map((p) => ({ port: p.port, protocol: p.protocol ?? 'TCP' })),
  };
};

/** What stops the Service's traffic from reaching the guest, with what to change. */
export const networkIssues = (vm: VirtualMachine, ports: PortChoice[]): NetworkIssue[] => {
  const pod = podInterface(vm);
  if (!pod) {
    return [
      {
        code: 'no-pod-network',
        networks: (vm.spec?.template?.spec?.networks ?? []).map((n) => n.name),
      },
    ];
  }
  if (pod.binding !== 'masquerade' || !pod.ports || pod.ports.length === 0) return [];
  const listed = pod.ports;
  const missing = ports
    .filter((p) => !listed.some((l) => l.port === p.targetPort && l.protocol === p.protocol))
    .map((p) => ({ port: p.targetPort, protocol: p.protocol }));
  return missing.length > 0
    ? [{ code: 'masquerade-port-missing', interfaceName: pod.interfaceName, missing, listed }]
    : [];
};

/** The VM's networks for the VM step: name and kind. */
export const vmNetworks = (
  vm: VirtualMachine,
): Array<{ name: string; kind: 'pod' | 'multus' | 'other'; target?: string }> =>
  (vm.spec?.template?.spec?.networks ?? []).map((n) => ({
    name: n.name,
    kind: n.pod !== undefined ? 'pod' : n.multus ? 'multus' : 'other',
    target: n.multus?.networkName,
  }));

/** Running, per spec (runStrategy or the old `running`). */
export const vmWantsToRun = (vm: VirtualMachine): boolean => {
  if (vm.spec?.running !== undefined) return vm.spec.running;
  return ['Always', 'RerunOnFailure', 'Once'].includes(vm.spec?.runStrategy ?? '');
};
