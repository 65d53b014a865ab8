// Address counts for people, in their language's digits and grouping (Intl.NumberFormat), and always
// exact: IPv6 pools are too big to print in full and too exact a matter to round.

/** Below this every digit is shown: any IPv4 count, and IPv6 counts up to a trillion. */
const ALL_DIGITS_BELOW = 10n ** 12n;
/** At most this many distinct odd multiples of a power of two read as "3 × 2⁶⁴". */
const SMALL_FACTOR = 1024n;

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const superscript = (n: number): string => String(n).replace(/\d/g, (d) => SUPERSCRIPT[Number(d)]);

const formatters = new Map<string, Intl.NumberFormat>();
const numberFormat = (locale?: string): Intl.NumberFormat => {
  const key = locale ?? '';
  let format = formatters.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale || undefined);
    } catch {
      format = new Intl.NumberFormat(); // a language tag Intl does not know ("cimode")
    }
    formatters.set(key, format);
  }
  return format;
};

const bitLength = (n: bigint): number => n.toString(2).length;

/**
 * An exact count, readable: every digit below a trillion ("65,536"; "65.536" in German); above, the
 * form q × 2^k + r with a small odd q and a small r when there is one ("2⁶⁴" for a /64, "3 × 2⁶⁴",
 * "2⁶⁴ + 256" for a /64 and a /120), else every digit, grouped. Never rounded.
 */
export const formatAddressCount = (n: bigint, locale?: string): string => {
  const format = numberFormat(locale);
  if (n < ALL_DIGITS_BELOW) return format.format(n);
  // n = q·2^k + r with q < SMALL_FACTOR, then q made odd (r < 2^k stays below the new 2^k)
  let k = Math.max(0, bitLength(n) - bitLength(SMALL_FACTOR - 1n));
  let q = n >> BigInt(k);
  const r = n - (q << BigInt(k));
  while (q % 2n === 0n) {
    q /= 2n;
    k += 1;
  }
  if (r >= ALL_DIGITS_BELOW) return format.format(n);
  const power = `2${superscript(k)}`;
  const multiple = q === 1n ? power : `${format.format(q)} × ${power}`;
  return r === 0n ? multiple : `${multiple} + ${format.format(r)}`;
};

/** assigned / capacity as a fraction in [0, 1] for bars and thresholds (0 when capacity is 0). */
export const usageFraction = (assigned: bigint, capacity: bigint): number => {
  if (capacity <= 0n) return 0;
  const scale = 10n ** 9n;
  return Number((assigned * scale) / capacity) / Number(scale);
};
