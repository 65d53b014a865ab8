import { readMetalLBAnnotation, requestedLoadBalancerIPs } from './annotations';
import { service } from './test-factories';

describe('MetalLB annotations', () => {
  it('prefers the metallb.io key, even when empty, and falls back to metallb.universe.tf', () => {
    const both = service('s', [], {
      annotations: { 'metallb.io/address-pool': '', 'metallb.universe.tf/address-pool': 'old' },
    });
    expect(readMetalLBAnnotation(both, 'addressPool')).toBe('');
    const old = service('s', [], { annotations: { 'metallb.universe.tf/allow-shared-ip': 'key' } });
    expect(readMetalLBAnnotation(old, 'allowSharedIP')).toBe('key');
    expect(readMetalLBAnnotation(service('s', []), 'allowSharedIP')).toBeUndefined();
  });

  it('splits loadBalancerIPs on commas and trims as Go does', () => {
    const svc = service('s', [], {
      annotations: { 'metallb.io/loadBalancerIPs': '10.0.0.1, 2001:db8::1\u00a0' },
    });
    expect(requestedLoadBalancerIPs(svc)).toEqual(['10.0.0.1', '2001:db8::1']);
  });
});
