import { renderHook } from '@testing-library/react-hooks';
import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { service } from '../../metallb/test-factories';
import { useLoadBalancerServices } from './useLoadBalancerServices';

describe('useLoadBalancerServices', () => {
  it('asks the API server for LoadBalancer Services only, in all namespaces', () => {
    const lb = service('web', ['192.168.123.200']);
    jest.mocked(useK8sWatchResource).mockReturnValue([[lb], true, undefined]);
    const { result } = renderHook(() => useLoadBalancerServices());
    expect(useK8sWatchResource).toHaveBeenLastCalledWith({
      groupVersionKind: { group: undefined, version: 'v1', kind: 'Service' },
      isList: true,
      fieldSelector: 'spec.type=LoadBalancer',
    });
    expect(result.current).toEqual({ services: [lb], loaded: true, loadError: undefined });
  });

  it('watches one namespace when given one, and hands out an empty list while loading', () => {
    jest
      .mocked(useK8sWatchResource)
      .mockReturnValue([undefined as unknown as [], false, undefined]);
    const { result } = renderHook(() => useLoadBalancerServices('vmexamples'));
    expect(useK8sWatchResource).toHaveBeenLastCalledWith(
      expect.objectContaining({ namespace: 'vmexamples', fieldSelector: 'spec.type=LoadBalancer' }),
    );
    expect(result.current.services).toEqual([]);
    expect(result.current.loaded).toBe(false);
  });
});
