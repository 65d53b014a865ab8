// A fixed IP for the Service (metallb.io/loadBalancerIPs), checked before create the way MetalLB's
// controller would judge it: one IP per family, inside some pool (the chosen one, if any), not held
// by another Service unless both share it under the same key.
import {
  blockContains,
  formatIP,
  ingressIPs,
  parseIP,
  poolBlocks,
  requestedLoadBalancerIPs,
  readMetalLBAnnotation,
  serviceKey,
  type IPAddress,
  type IPAddressPool,
  type Service,
} from '../metallb';

export type FixedIPIssue =
  | { code: 'empty' }
  | { code: 'invalid'; text: string }
  | { code: 'family-twice'; text: string }
  | { code: 'no-pool'; ip: string }
  | { code: 'not-in-chosen-pool'; ip: string; pool: string; holder?: string }
  | { code: 'taken'; ip: string; by: string; sharingKey?: string };

export interface FixedIPCheck {
  ips: IPAddress[];
  /** Pool holding each IP, when pools were readable. */
  pools: Map<string, string>;
  issues: FixedIPIssue[];
  /** Checks that could not be made, by what was unreadable. */
  unchecked: Array<'pools' | 'other-namespaces'>;
}

/** The pool whose addresses contain the IP (pools overlap only in configs MetalLB refuses). */
export const poolHolding = (pools: IPAddressPool[], ip: IPAddress): string | undefined =>
  pools.find((pool) => poolBlocks(pool).some((block) => blockContains(block, ip)))?.metadata?.name;

/** Every IP a Service holds or asks for: its ingress IPs and its requested loadBalancerIPs. */
const heldIPs = (service: Service): string[] => {
  const held = ingressIPs(service).map(formatIP);
  for (const text of requestedLoadBalancerIPs(service)) {
    const ip = parseIP(text);
    if (ip) held.push(formatIP(ip));
  }
  if (service.spec?.loadBalancerIP) {
    const ip = parseIP(service.spec.loadBalancerIP);
    if (ip) held.push(formatIP(ip));
  }
  return held;
};

export interface FixedIPContext {
  /** undefined: the user cannot list pools. */
  pools?: IPAddressPool[];
  /** The LoadBalancer Services the user can see. */
  services: Service[];
  /** The user saw Services in every namespace (not only their own). */
  servicesAllNamespaces: boolean;
  chosenPool?: string;
  sharingKey: string;
  /** namespace/name of the Service being made (skipped among the holders). */
  self: string;
}

export const checkFixedIPs = (text: string, context: FixedIPContext): FixedIPCheck => {
  const result: FixedIPCheck = { ips: [], pools: new Map(), issues: [], unchecked: [] };
  const parts = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (parts.length === 0) {
    result.issues.push({ code: 'empty' });
    return result;
  }
  const families = new Set<number>();
  for (const part of parts) {
    const ip = parseIP(part);
    if (!ip) result.issues.push({ code: 'invalid', text: part });
    else if (families.has(ip.family)) result.issues.push({ code: 'family-twice', text: part });
    else {
      families.add(ip.family);
      result.ips.push(ip);
    }
  }
  if (context.pools === undefined) result.unchecked.push('pools');
  if (!context.servicesAllNamespaces) result.unchecked.push('other-namespaces');
  for (const ip of result.ips) {
    const text = formatIP(ip);
    if (context.pools !== undefined) {
      const holder = poolHolding(context.pools, ip);
      if (holder) result.pools.set(text, holder);
      if (context.chosenPool && holder !== context.chosenPool) {
        result.issues.push({
          code: 'not-in-chosen-pool',
          ip: text,
          pool: context.chosenPool,
          holder,
        });
      } else if (!holder) result.issues.push({ code: 'no-pool', ip: text });
    }
    for (const service of context.services) {
      if (serviceKey(service) === context.self || service.spec?.type !== 'LoadBalancer') continue;
      if (!heldIPs(service).includes(text)) continue;
      const key = readMetalLBAnnotation(service, 'allowSharedIP') ?? '';
      // Same non-empty key: sharing, judged by checkSharing; anything else holds the IP alone.
      if (key === '' || key !== context.sharingKey.trim()) {
        result.issues.push({
          code: 'taken',
          ip: text,
          by: serviceKey(service),
          ...(key ? { sharingKey: key } : {}),
        });
      }
    }
  }
  return result;
};
