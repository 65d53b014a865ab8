// Go's time.ParseDuration and Duration.String, for BGPPeer timers (metav1.Duration in JSON) and
// for quoting them in MetalLB's messages the way Go prints them ("90s" is printed "1m30s").
import { goQuote } from './go-format';

const UNITS: Record<string, bigint> = {
  ns: 1n,
  us: 1000n,
  '\u00b5s': 1000n,
  '\u03bcs': 1000n,
  ms: 1000000n,
  s: 1000000000n,
  m: 60000000000n,
  h: 3600000000000n,
};
const MAX_INT64 = (1n << 63n) - 1n;

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** Nanoseconds, or null where Go returns an error. */
export const parseGoDuration = (text: string): bigint | null => {
  let s = text;
  let negative = false;
  if (s[0] === '-' || s[0] === '+') {
    negative = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return 0n;
  if (s === '') return null;
  let total = 0n;
  while (s !== '') {
    if (!(s[0] === '.' || isDigit(s[0]))) return null;
    let i = 0;
    while (isDigit(s[i])) i++;
    const whole = s.slice(0, i);
    let fraction = '';
    if (s[i] === '.') {
      let j = i + 1;
      while (isDigit(s[j])) j++;
      fraction = s.slice(i + 1, j);
      i = j;
    }
    if (whole === '' && fraction === '') return null;
    let u = i;
    while (u < s.length && s[u] !== '.' && !isDigit(s[u])) u++;
    const unit = UNITS[s.slice(i, u)];
    if (unit === undefined) return null;
    let value = BigInt(whole || '0') * unit;
    if (fraction !== '') value += (BigInt(fraction) * unit) / 10n ** BigInt(fraction.length);
    total += value;
    if (total > MAX_INT64 + (negative ? 1n : 0n)) return null;
    s = s.slice(u);
  }
  return negative ? -total : total;
};

const fractionDigits = (value: bigint, scale: bigint, digits: number): string => {
  const whole = value / scale;
  const rest = (value % scale).toString().padStart(digits, '0').replace(/0+$/, '');
  return rest === '' ? whole.toString() : `${whole}.${rest}`;
};

/** Go's Duration.String(): "1m30s", "1.5s", "500ms", "1h0m0s", "0s". */
export const formatGoDuration = (ns: bigint): string => {
  if (ns === 0n) return '0s';
  const sign = ns < 0n ? '-' : '';
  const d = ns < 0n ? -ns : ns;
  if (d < 1000n) return `${sign}${d}ns`;
  if (d < 1000000n) return `${sign}${fractionDigits(d, 1000n, 3)}\u00b5s`;
  if (d < 1000000000n) return `${sign}${fractionDigits(d, 1000000n, 6)}ms`;
  const hours = d / 3600000000000n;
  const minutes = (d / 60000000000n) % 60n;
  const seconds = fractionDigits(d % 60000000000n, 1000000000n, 9);
  if (hours > 0n) return `${sign}${hours}h${minutes}m${seconds}s`;
  if (minutes > 0n) return `${sign}${minutes}m${seconds}s`;
  return `${sign}${seconds}s`;
};

/** Go's strconv.ParseUint(text, 10, bits) error text, or null when it parses. */
export const goParseUintError = (text: string, bits: 16 | 32): string | null => {
  const max = bits === 16 ? 0xffff : 0xffffffff;
  const quoted = goQuote(text);
  if (text === '') return `strconv.ParseUint: parsing ${quoted}: invalid syntax`;
  let n = 0;
  for (const c of text) {
    if (!isDigit(c)) return `strconv.ParseUint: parsing ${quoted}: invalid syntax`;
    n = n * 10 + (c.charCodeAt(0) - 48);
    if (n > max) return `strconv.ParseUint: parsing ${quoted}: value out of range`;
  }
  return null;
};
