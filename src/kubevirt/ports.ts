// The ports a VM's Service exposes: presets for the usual guest services, and the checks Kubernetes
// makes on Service ports, said before the server says them.

export type Protocol = 'TCP' | 'UDP' | 'SCTP';

export interface PortChoice {
  name: string;
  protocol: Protocol;
  /** The port on the LoadBalancer IP. */
  port: number;
  /** The port in the guest (the launcher pod). */
  targetPort: number;
}

export type PresetId = 'mysql' | 'postgresql' | 'ssh' | 'rdp' | 'http' | 'https';

export interface PortPreset {
  id: PresetId;
  /** Shown as is: product names are not translated. */
  label: string;
  port: number;
}

export const PORT_PRESETS: readonly PortPreset[] = [
  { id: 'mysql', label: 'MySQL / MariaDB', port: 3306 },
  { id: 'postgresql', label: 'PostgreSQL', port: 5432 },
  { id: 'ssh', label: 'SSH', port: 22 },
  { id: 'rdp', label: 'RDP', port: 3389 },
  { id: 'http', label: 'HTTP', port: 80 },
  { id: 'https', label: 'HTTPS', port: 443 },
];

export const presetPort = (id: PresetId): PortChoice => {
  const preset = PORT_PRESETS.find((p) => p.id === id) as PortPreset;
  return { name: preset.id, protocol: 'TCP', port: preset.port, targetPort: preset.port };
};

export type PortIssueCode =
  | 'no-ports'
  | 'name-required'
  | 'name-invalid'
  | 'name-duplicate'
  | 'port-range'
  | 'target-port-range'
  | 'port-duplicate';

export interface PortIssue {
  code: PortIssueCode;
  /** Index in the list; -1 for the list as a whole. */
  index: number;
  field?: 'name' | 'port' | 'targetPort';
  /** For duplicates: the index of the first port with the same value. */
  other?: number;
}

/** Kubernetes' IANA_SVC_NAME: 1-15 of [a-z0-9-], a letter somewhere, no leading, trailing or double "-". */
export const isPortName = (name: string): boolean =>
  name.length <= 15 &&
  /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(name) &&
  /[a-z]/.test(name) &&
  !name.includes('--');

const inRange = (n: number) => Number.isInteger(n) && n >= 1 && n <= 65535;

/** What the API server would refuse in spec.ports, per port and field. */
export const portIssues = (ports: PortChoice[]): PortIssue[] => {
  if (ports.length === 0) return [{ code: 'no-ports', index: -1 }];
  const issues: PortIssue[] = [];
  const names = new Map<string, number>();
  const numbers = new Map<string, number>();
  ports.forEach((p, index) => {
    if (p.name === '') {
      // Kubernetes needs names only when there is more than one port.
      if (ports.length > 1) issues.push({ code: 'name-required', index, field: 'name' });
    } else if (!isPortName(p.name)) {
      issues.push({ code: 'name-invalid', index, field: 'name' });
    } else if (names.has(p.name)) {
      issues.push({ code: 'name-duplicate', index, field: 'name', other: names.get(p.name) });
    } else {
      names.set(p.name, index);
    }
    if (!inRange(p.port)) issues.push({ code: 'port-range', index, field: 'port' });
    else {
      const key = `${p.port}/${p.protocol}`;
      if (numbers.has(key)) {
        issues.push({ code: 'port-duplicate', index, field: 'port', other: numbers.get(key) });
      } else numbers.set(key, index);
    }
    if (!inRange(p.targetPort))
      issues.push({ code: 'target-port-range', index, field: 'targetPort' });
  });
  return issues;
};
