import { act, renderHook } from '@testing-library/react-hooks';
import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import type { WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';
import { pool, service } from '../../metallb/test-factories';
import { SERVICES_TIMEOUT_MS, usePoolUtilization } from './usePoolUtilization';

type WatchResult = [unknown, boolean, unknown];

const watches = (pools: WatchResult, services: WatchResult) =>
  jest
    .mocked(useK8sWatchResource)
    .mockImplementation(((resource: WatchK8sResource | null) =>
      resource?.groupVersionKind?.kind === 'Service'
        ? services
        : pools) as typeof useK8sWatchResource);

const web = pool('web', ['192.168.123.200-192.168.123.250']);
const reported = { ...pool('db', ['10.0.0.0/29']), status: { assignedIPv4: 3, assignedIPv6: 0 } };
const pools: WatchResult = [[web, reported], true, undefined];

describe('usePoolUtilization', () => {
  afterEach(() => jest.useRealTimers());

  it('counts from the LoadBalancer Services when it can list them', () => {
    watches(pools, [[service('a', ['192.168.123.200'])], true, undefined]);
    const { result } = renderHook(() => usePoolUtilization());
    expect(result.current).toMatchObject({ loaded: true, source: 'services' });
    expect(result.current.servicesProblem).toBeUndefined();
    expect(result.current.utilization.get('web')?.assignedIPv4).toBe(1n);
    // the status MetalLB wrote is not used while the Services can be counted
    expect(result.current.utilization.get('db')?.assignedIPv4).toBe(0n);
  });

  it('takes pool status on a 403, and a pool without status is unknown, not 0', () => {
    const forbidden = Object.assign(new Error('services is forbidden'), { code: 403 });
    watches(pools, [[], false, forbidden]);
    const { result } = renderHook(() => usePoolUtilization());
    expect(result.current).toMatchObject({
      loaded: true,
      source: 'pool-status',
      servicesProblem: 'forbidden',
    });
    expect(result.current.utilization.get('db')).toEqual({
      assignedIPv4: 3n,
      assignedIPv6: 0n,
      capacityIPv4: 8n,
      capacityIPv6: 0n,
    });
    expect(result.current.utilization.get('web')?.assignedIPv4).toBeUndefined();
    expect(result.current.utilization.get('web')?.capacityIPv4).toBe(51n);
  });

  it('tells a failed watch from a forbidden one, and has no source without any status', () => {
    watches([[web], true, undefined], [[], false, new Error('connection refused')]);
    const { result } = renderHook(() => usePoolUtilization());
    expect(result.current).toMatchObject({ source: 'none', servicesProblem: 'failed' });
  });

  it('shows the pools with MetalLB’s counts when the Services do not come in time, then counts them', () => {
    jest.useFakeTimers();
    watches(pools, [[], false, undefined]);
    const { result, rerender } = renderHook(() => usePoolUtilization());
    expect(result.current.loaded).toBe(false);
    act(() => jest.advanceTimersByTime(SERVICES_TIMEOUT_MS - 1));
    expect(result.current.loaded).toBe(false);
    act(() => jest.advanceTimersByTime(1));
    expect(result.current).toMatchObject({
      loaded: true,
      source: 'pool-status',
      servicesProblem: 'timed-out',
    });
    watches(pools, [[service('a', ['192.168.123.201'])], true, undefined]);
    rerender();
    expect(result.current).toMatchObject({ loaded: true, source: 'services' });
    expect(result.current.servicesProblem).toBeUndefined();
  });
});
