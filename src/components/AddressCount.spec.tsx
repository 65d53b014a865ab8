import { formatAddressCountForDisplay, utilizationPercent } from './AddressCount';

describe('formatAddressCountForDisplay', () => {
  it('groups digits of counts a number holds exactly', () => {
    expect(formatAddressCountForDisplay(51n, 'en')).toBe('51');
    expect(formatAddressCountForDisplay(16777216n, 'en')).toBe('16,777,216');
  });

  it('writes huge powers of two as powers', () => {
    expect(formatAddressCountForDisplay(1n << 64n, 'en')).toBe('2⁶⁴');
    expect(formatAddressCountForDisplay(1n << 128n, 'en')).toBe('2¹²⁸');
  });

  it('approximates other huge counts and says so', () => {
    expect(formatAddressCountForDisplay((1n << 64n) + (1n << 63n), 'en')).toBe('≈2.7 × 10¹⁹');
  });
});

describe('utilizationPercent', () => {
  it('divides in bigint before turning into a number', () => {
    expect(utilizationPercent(1n, 51n)).toBe(1.96);
    expect(utilizationPercent(3n, 1n << 64n)).toBe(0);
    expect(utilizationPercent(0n, 0n)).toBe(0);
  });
});
