// The Service annotations MetalLB reads and writes. The old metallb.universe.tf/ prefix is still
// honoured (controllers up to v0.14.8 wrote it); the new key wins when both are present, even if
// empty, as in MetalLB's valueForAnnotation. Write only the new keys.
import { goTrimSpace } from './go-format';
import type { K8sObject } from './types';

export const annotations = {
  addressPool: 'metallb.io/address-pool',
  loadBalancerIPs: 'metallb.io/loadBalancerIPs',
  allowSharedIP: 'metallb.io/allow-shared-ip',
  ipAllocatedFromPool: 'metallb.io/ip-allocated-from-pool',
} as const;

export const legacyAnnotations = {
  addressPool: 'metallb.universe.tf/address-pool',
  loadBalancerIPs: 'metallb.universe.tf/loadBalancerIPs',
  allowSharedIP: 'metallb.universe.tf/allow-shared-ip',
  ipAllocatedFromPool: 'metallb.universe.tf/ip-allocated-from-pool',
} as const;

export type MetalLBAnnotation = keyof typeof annotations;

/** The annotation's value under the new key, else under the old one; undefined when neither. */
export const readMetalLBAnnotation = (
  object: K8sObject | undefined,
  which: MetalLBAnnotation,
): string | undefined => {
  const all = object?.metadata?.annotations;
  if (!all) return undefined;
  // JSON has no undefined values, and no prototype key contains "/": a plain read tells presence.
  return all[annotations[which]] ?? all[legacyAnnotations[which]];
};

/** The IPs a Service requests through `metallb.io/loadBalancerIPs` (comma list), trimmed, as written. */
export const requestedLoadBalancerIPs = (object: K8sObject | undefined): string[] => {
  const value = readMetalLBAnnotation(object, 'loadBalancerIPs');
  if (value === undefined || value === '') return [];
  return value.split(',').map(goTrimSpace);
};
