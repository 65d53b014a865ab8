import type { FC } from 'react';
import { useTranslation } from 'react-i18next';

// Beyond 2^53 a JavaScript number is no longer exact; by then a reader wants the size, not digits.
const EXACT_LIMIT = 1n << 53n;

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const superscript = (n: number) =>
  String(n)
    .split('')
    .map((d) => SUPERSCRIPT[Number(d)])
    .join('');

const log2IfPowerOfTwo = (n: bigint): number | undefined =>
  n > 0n && (n & (n - 1n)) === 0n ? n.toString(2).length - 1 : undefined;

/** A count of addresses for people: grouped digits, or 2⁶⁴ / ≈1.8 × 10¹⁹ when huge. */
export const formatAddressCountForDisplay = (count: bigint, locale: string): string => {
  if (count < EXACT_LIMIT) return new Intl.NumberFormat(locale).format(count);
  const power = log2IfPowerOfTwo(count);
  if (power !== undefined) return `2${superscript(power)}`;
  const digits = count.toString();
  const mantissa = `${digits[0]}.${digits[1]}`;
  return `≈${mantissa} × 10${superscript(digits.length - 1)}`;
};

/** Assigned as a percentage of capacity, two decimals, exact in bigint before the division. */
export const utilizationPercent = (assigned: bigint, capacity: bigint): number =>
  capacity === 0n ? 0 : Number((assigned * 10000n) / capacity) / 100;

export const AddressCount: FC<{ count: bigint }> = ({ count }) => {
  const { i18n } = useTranslation();
  const text = formatAddressCountForDisplay(count, i18n.language || 'en');
  return count >= EXACT_LIMIT ? <span title={count.toString()}>{text}</span> : <>{text}</>;
};
