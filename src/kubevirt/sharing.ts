// Sharing one IP between Services (metallb.io/allow-shared-ip), as MetalLB's allocator allows it: the
// same non-empty key, no port used twice (same port and protocol), and the same "backend": with
// externalTrafficPolicy Local every sharer must be Local with an identical selector.
import { readMetalLBAnnotation, serviceKey, type Service } from '../metallb';
import type { PortChoice } from './ports';
import type { ExposedService } from './types';

export type SharingIssue =
  | { code: 'port-collision'; with: string; port: number; protocol: string }
  | { code: 'backend-differs'; with: string; reason: 'policy' | 'selector' };

export interface SharingCheck {
  /** namespace/name of the Services already using the key. */
  sharers: string[];
  /** IPs those Services hold: the IP this Service will get. */
  sharedIPs: string[];
  issues: SharingIssue[];
}

export interface SharingCandidate {
  key: string;
  ports: PortChoice[];
  trafficPolicy: 'Cluster' | 'Local';
  selector: Record<string, string>;
  self: string;
}

/** MetalLB's backend key: the selector for Local Services, nothing for Cluster ones. */
const backendKey = (policy: string | undefined, selector: Record<string, string> | undefined) =>
  policy === 'Local'
    ? Object.entries(selector ?? {})
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => `${k}=${v}`)
        .join(',')
    : '';

export const checkSharing = (candidate: SharingCandidate, services: Service[]): SharingCheck => {
  const key = candidate.key.trim();
  const check: SharingCheck = { sharers: [], sharedIPs: [], issues: [] };
  if (!key) return check;
  const mine = backendKey(candidate.trafficPolicy, candidate.selector);
  for (const service of services as ExposedService[]) {
    const name = serviceKey(service);
    if (name === candidate.self || service.spec?.type !== 'LoadBalancer') continue;
    if (readMetalLBAnnotation(service, 'allowSharedIP') !== key) continue;
    check.sharers.push(name);
    for (const ingress of service.status?.loadBalancer?.ingress ?? []) {
      if (ingress.ip && !check.sharedIPs.includes(ingress.ip)) check.sharedIPs.push(ingress.ip);
    }
    for (const port of candidate.ports) {
      const taken = (service.spec?.ports ?? []).some(
        (p) => p.port === port.port && (p.protocol ?? 'TCP') === port.protocol,
      );
      if (taken)
        check.issues.push({
          code: 'port-collision',
          with: name,
          port: port.port,
          protocol: port.protocol,
        });
    }
    const theirs = backendKey(service.spec?.externalTrafficPolicy, service.spec?.selector);
    if (theirs !== mine) {
      const bothLocal =
        candidate.trafficPolicy === 'Local' && service.spec?.externalTrafficPolicy === 'Local';
      check.issues.push({
        code: 'backend-differs',
        with: name,
        reason: bothLocal ? 'selector' : 'policy',
      });
    }
  }
  return check;
};
