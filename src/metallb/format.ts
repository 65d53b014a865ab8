// Address counts for people: exact while a person can read the digits, never a wrong number after.

const EXACT_LIMIT = 10n ** 7n;

const groupThousands = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** log2 of n when n is a power of two, else -1. */
const powerOfTwo = (n: bigint): number => {
  if (n <= 0n || (n & (n - 1n)) !== 0n) return -1;
  return n.toString(2).length - 1;
};

/**
 * "254", "65,536", "2^64", "~1.84e19": exact below ten million; above, a power of two exactly, or
 * three significant digits marked "~" (truncated, so the shown value never exceeds the true one).
 */
export const formatAddressCount = (n: bigint): string => {
  if (n < EXACT_LIMIT) return groupThousands(n.toString());
  const exponent = powerOfTwo(n);
  if (exponent >= 0) return `2^${exponent}`;
  const digits = n.toString();
  return `~${digits[0]}.${digits.slice(1, 3)}e${digits.length - 1}`;
};

/** assigned / capacity as a fraction in [0, 1] for bars and thresholds (0 when capacity is 0). */
export const usageFraction = (assigned: bigint, capacity: bigint): number => {
  if (capacity <= 0n) return 0;
  const scale = 10n ** 9n;
  return Number((assigned * scale) / capacity) / Number(scale);
};
