import fc from 'fast-check';
import { formatAddressCount, usageFraction } from './format';

/** Reads a formatted count back (English grouping), to check that no form ever rounds. */
const readBack = (text: string): bigint => {
  const SUP = '⁰¹²³⁴⁵⁶⁷⁸⁹';
  const m = /^(?:([\d,]+) × )?2([⁰¹²³⁴⁵⁶⁷⁸⁹]+)(?: \+ ([\d,]+))?$/.exec(text);
  if (!m) return BigInt(text.replace(/,/g, ''));
  const k = BigInt([...m[2]].map((c) => SUP.indexOf(c)).join(''));
  const q = BigInt((m[1] ?? '1').replace(/,/g, ''));
  return q * 2n ** k + BigInt((m[3] ?? '0').replace(/,/g, ''));
};

describe('formatAddressCount', () => {
  it.each([
    [0n, '0'],
    [254n, '254'],
    [65536n, '65,536'],
    [2n ** 24n, '16,777,216'],
    [2n ** 32n, '4,294,967,296'],
    [999_999_999_999n, '999,999,999,999'],
    [2n ** 64n, '2⁶⁴'],
    [2n ** 128n, '2¹²⁸'],
    [3n * 2n ** 64n, '3 × 2⁶⁴'],
    [2n ** 64n + 256n, '2⁶⁴ + 256'],
    [2n * 2n ** 64n + 512n, '2⁶⁵ + 512'],
    [2n ** 64n + 2n ** 50n, '18,447,869,973,616,394,240'],
  ])('%s -> %s', (n, text) => {
    expect(formatAddressCount(n, 'en')).toBe(text);
  });

  it("groups digits the way the user's language does", () => {
    expect(formatAddressCount(1234567n, 'ko')).toBe('1,234,567');
    expect(formatAddressCount(1234567n, 'de')).toBe('1.234.567');
    expect(formatAddressCount(3n * 2n ** 64n + 1000n, 'de')).toBe('3 × 2⁶⁴ + 1.000');
    expect(formatAddressCount(1234567n, 'cimode')).toBe(formatAddressCount(1234567n));
  });

  it('is exact for every count, however large', () => {
    fc.assert(
      fc.property(fc.bigInt(0n, 2n ** 130n), fc.nat(128), (n, shift) => {
        const shifted = n >> BigInt(shift);
        return readBack(formatAddressCount(shifted, 'en')) === shifted;
      }),
      { numRuns: 5000 },
    );
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
