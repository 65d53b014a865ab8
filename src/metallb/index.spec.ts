import * as metallb from './index';

it('exports the core API from one place', () => {
  expect(typeof metallb.parseAddressBlock).toBe('function');
  expect(typeof metallb.poolUtilization).toBe('function');
  expect(typeof metallb.poolForIP).toBe('function');
  expect(metallb.annotations.ipAllocatedFromPool).toBe('metallb.io/ip-allocated-from-pool');
});
