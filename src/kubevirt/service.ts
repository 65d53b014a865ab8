// The LoadBalancer Service built from the wizard's choices, and the choices read back from a Service
// (the YAML view edits the Service; the form follows). Only MetalLB's current annotations are written.
import { annotations, legacyAnnotations, readMetalLBAnnotation } from '../metallb';
import type { PortChoice, Protocol } from './ports';
import type { ExposedService, VirtualMachine } from './types';

/** Marks the Services this wizard made, so the VM's page finds them again. */
export const EXPOSED_VM_LABEL = 'metallb-console-plugin/exposed-vm';

export type AddressChoice =
  { mode: 'auto' } | { mode: 'pool'; pool: string } | { mode: 'ip'; ips: string; pool?: string };

export type TrafficPolicy = 'Cluster' | 'Local';

export interface ExposeChoices {
  name: string;
  namespace: string;
  selector: Record<string, string>;
  ports: PortChoice[];
  address: AddressChoice;
  /** Empty: no sharing. */
  sharingKey: string;
  trafficPolicy: TrafficPolicy;
  /** Owner reference to the VM, so the Service goes away with it. */
  ownedByVM: boolean;
}

export interface VMRef {
  name: string;
  uid: string;
}

const MAX_NAME = 63;

/** `<vm>-<first port name>`, trimmed to a DNS-1035 label of 63 characters. */
export const defaultServiceName = (vmName: string, ports: PortChoice[]): string => {
  const suffix = ports.length === 1 && ports[0].name ? ports[0].name : 'lb';
  let name = `${vmName}-${suffix}`.toLowerCase().replace(/[^a-z0-9-]/g, '-');
  if (!/^[a-z]/.test(name)) name = `vm-${name}`;
  return name.slice(0, MAX_NAME).replace(/-+$/, '');
};

/** DNS-1035 label, as Service names must be. */
export const isServiceName = (name: string): boolean =>
  name.length <= MAX_NAME && /^[a-z]([a-z0-9-]*[a-z0-9])?$/.test(name);

const metallbKeys: string[] = [...Object.values(annotations), ...Object.values(legacyAnnotations)];

/**
 * The Service for the choices, on top of `base` (what the YAML view holds), so fields the form does
 * not know survive a form edit. MetalLB annotations are rewritten from the choices, old-prefix ones
 * dropped (MetalLB reads the new key first).
 */
export const buildService = (
  choices: ExposeChoices,
  vm: VMRef,
  base: ExposedService = {},
): ExposedService => {
  const keptAnnotations = Object.fromEntries(
    Object.entries(base.metadata?.annotations ?? {}).filter(([k]) => !metallbKeys.includes(k)),
  );
  const metallb: Record<string, string> = {};
  const { address } = choices;
  if (address.mode === 'pool' && address.pool) metallb[annotations.addressPool] = address.pool;
  if (address.mode === 'ip') {
    if (address.pool) metallb[annotations.addressPool] = address.pool;
    metallb[annotations.loadBalancerIPs] = address.ips
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .join(',');
  }
  if (choices.sharingKey.trim()) metallb[annotations.allowSharedIP] = choices.sharingKey.trim();
  const allAnnotations = { ...keptAnnotations, ...metallb };

  const otherOwners = (base.metadata?.ownerReferences ?? []).filter(
    (ref) => !(ref.kind === 'VirtualMachine' && ref.uid === vm.uid),
  );
  const ownerReferences = choices.ownedByVM
    ? [
        ...otherOwners,
        { apiVersion: 'kubevirt.io/v1', kind: 'VirtualMachine', name: vm.name, uid: vm.uid },
      ]
    : otherOwners;

  const labels = { ...(base.metadata?.labels ?? {}) };
  if (vm.name.length <= MAX_NAME) labels[EXPOSED_VM_LABEL] = vm.name;

  const metadata: NonNullable<ExposedService['metadata']> = {
    ...base.metadata,
    name: choices.name,
    namespace: choices.namespace,
    labels,
  };
  if (Object.keys(allAnnotations).length > 0) metadata.annotations = allAnnotations;
  else delete metadata.annotations;
  if (ownerReferences.length > 0) metadata.ownerReferences = ownerReferences;
  else delete metadata.ownerReferences;

  return {
    ...base,
    apiVersion: 'v1',
    kind: 'Service',
    metadata,
    spec: {
      ...base.spec,
      type: 'LoadBalancer',
      selector: { ...choices.selector },
      ports: choices.ports.map((p) => ({
        ...(p.name ? { name: p.name } : {}),
        protocol: p.protocol,
        port: p.port,
        targetPort: p.targetPort,
      })),
      externalTrafficPolicy: choices.trafficPolicy,
    },
  };
};

const PROTOCOLS: Protocol[] = ['TCP', 'UDP', 'SCTP'];

/**
 * The choices a Service stands for, for the form to follow YAML edits. Fields the form cannot show
 * (a named targetPort, an unknown protocol) are reported, not guessed.
 */
export const readChoices = (
  service: ExposedService,
  vm: VMRef,
): { choices: ExposeChoices; unreadable: string[] } => {
  const unreadable: string[] = [];
  const ports: PortChoice[] = (service.spec?.ports ?? []).map((p, i) => {
    const protocol = (p.protocol ?? 'TCP') as Protocol;
    if (!PROTOCOLS.includes(protocol)) unreadable.push(`spec.ports[${i}].protocol`);
    const port = Number(p.port);
    let targetPort = p.targetPort === undefined ? port : Number(p.targetPort);
    if (Number.isNaN(targetPort)) {
      unreadable.push(`spec.ports[${i}].targetPort`);
      targetPort = port;
    }
    return { name: p.name ?? '', protocol, port, targetPort };
  });
  const pool = readMetalLBAnnotation(service, 'addressPool');
  const ips = readMetalLBAnnotation(service, 'loadBalancerIPs');
  const address: AddressChoice =
    ips !== undefined
      ? { mode: 'ip', ips, ...(pool ? { pool } : {}) }
      : pool
        ? { mode: 'pool', pool }
        : { mode: 'auto' };
  const meta = service.metadata as NonNullable<ExposedService['metadata']> | undefined;
  return {
    choices: {
      name: meta?.name ?? '',
      namespace: meta?.namespace ?? '',
      selector: { ...(service.spec?.selector ?? {}) },
      ports,
      address,
      sharingKey: readMetalLBAnnotation(service, 'allowSharedIP') ?? '',
      trafficPolicy: service.spec?.externalTrafficPolicy === 'Local' ? 'Local' : 'Cluster',
      ownedByVM: (meta?.ownerReferences ?? []).some(
        (ref) => ref.kind === 'VirtualMachine' && ref.uid === vm.uid,
      ),
    },
    unreadable,
  };
};

/** The Services the wizard made for a VM: owned by it, or labelled with its name. */
export const servicesOfVM = (vm: VirtualMachine, services: ExposedService[]): ExposedService[] =>
  services.filter(
    (s) =>
      s.spec?.type === 'LoadBalancer' &&
      s.metadata?.namespace === vm.metadata?.namespace &&
      ((s.metadata?.ownerReferences ?? []).some(
        (ref) => ref.kind === 'VirtualMachine' && ref.uid === vm.metadata?.uid,
      ) ||
        s.metadata?.labels?.[EXPOSED_VM_LABEL] === vm.metadata?.name),
  );
