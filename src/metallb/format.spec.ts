import { formatAddressCount, usageFraction } from './format';

describe('formatAddressCount', () => {
  it.each([
    [0n, '0'],
    [254n, '254'],
    [65536n, '65,536'],
    [9_999_999n, '9,999,999'],
    [2n ** 24n, '2^24'],
    [2n ** 64n, '2^64'],
    [2n ** 128n, '2^128'],
    [2n ** 64n + 256n, '~1.84e19'],
    [2n ** 32n - 2n ** 25n, '~4.26e9'],
    [19_999_999n, '~1.99e7'],
  ])('%s -> %s', (n, text) => {
    expect(formatAddressCount(n)).toBe(text);
  });
});

describe('usageFraction', () => {
  it('is exact enough for huge pools and safe for empty ones', () => {
    expect(usageFraction(1n, 4n)).toBe(0.25);
    expect(usageFraction(1n, 2n ** 64n)).toBe(0);
    expect(usageFraction(2n ** 63n, 2n ** 64n)).toBe(0.5);
    expect(usageFraction(3n, 0n)).toBe(0);
  });
});
