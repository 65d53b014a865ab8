// IP addresses as MetalLB's Go code reads them: net.ParseIP / netip.ParseAddr, never a looser
// JavaScript parser. An address is a value (family + bigint), compared and stepped by value.

export type IPFamily = 4 | 6;

/** An IP address by value. IPv4-mapped IPv6 (`::ffff:a.b.c.d`) is IPv4, as Go's `To4()` sees it. */
export interface IPAddress {
  family: IPFamily;
  value: bigint;
}

/** What netip.ParseAddr returns, minus zones: the family the text was written in, and its value. */
export interface ParsedAddrText {
  /** 4 for dotted quad text; 6 for any colon form, `::ffff:1.2.3.4` included. */
  textFamily: IPFamily;
  /** 32-bit for textFamily 4, 128-bit for textFamily 6. */
  value: bigint;
}

export const IPV4_BITS = 32;
export const IPV6_BITS = 128;
export const IPV4_MAX = (1n << 32n) - 1n;
export const IPV6_MAX = (1n << 128n) - 1n;
const V4_MAPPED_HIGH = 0xffffn;

export const familyBits = (family: IPFamily): number => (family === 4 ? IPV4_BITS : IPV6_BITS);
export const familyMax = (family: IPFamily): bigint => (family === 4 ? IPV4_MAX : IPV6_MAX);

const DOT = 46;
const COLON = 58;
const PERCENT = 37;

/** netip's parseIPv4Fields on text[start, end): four decimal octets, no leading zeros; -1 if invalid. */
const parseIPv4Number = (text: string, start: number, end: number): number => {
  let acc = 0;
  let val = 0;
  let digits = 0;
  let fields = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (digits === 1 && val === 0) {
        return -1; // leading zero: Go refuses "010.0.0.1" rather than guess octal
      }
      val = val * 10 + (c - 48);
      digits++;
      if (val > 255) {
        return -1;
      }
    } else if (c === DOT) {
      if (i === start || i === end - 1 || text.charCodeAt(i - 1) === DOT || fields === 3) {
        return -1;
      }
      acc = acc * 256 + val;
      fields++;
      val = 0;
      digits = 0;
    } else {
      return -1;
    }
  }
  if (fields < 3) {
    return -1;
  }
  return acc * 256 + val;
};

const hexValue = (c: number): number => {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
};

/** Go's choice of the zero run that "::" replaces: the longest of 2 or more, the first on a tie. */
const zeroRun = (groups: ArrayLike<number>): [start: number, length: number] => {
  let start = -1;
  let length = 1;
  for (let i = 0; i < 8; i++) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > length) {
      start = i;
      length = j - i;
    }
  }
  return start < 0 ? [-1, 0] : [start, length];
};

/**
 * netip's parseIPv6 on text[start, end) into eight 16-bit groups, without zones (net.ParseIP
 * rejects them anyway); false when Go refuses the text.
 */
const parseIPv6Groups = (text: string, start: number, end: number, groups: Int32Array): boolean => {
  for (let j = 0; j < 8; j++) groups[j] = 0;
  let ellipsis = -1;
  let p = start;
  if (end - p >= 2 && text.charCodeAt(p) === COLON && text.charCodeAt(p + 1) === COLON) {
    ellipsis = 0;
    p += 2;
    if (p === end) return true;
  }
  let g = 0;
  while (g < 8) {
    let off = 0;
    let acc = 0;
    for (; p + off < end; off++) {
      const c = text.charCodeAt(p + off);
      const digit = hexValue(c);
      if (digit < 0) break;
      if (off > 3) return false; // more than 4 hex digits in a group
      acc = acc * 16 + digit;
    }
    if (off === 0) return false;
    if (p + off < end && text.charCodeAt(p + off) === DOT) {
      // An embedded IPv4 must be the last 32 bits, written or implied by "::".
      if ((ellipsis < 0 && g !== 6) || g > 6) return false;
      const v4 = parseIPv4Number(text, p, end);
      if (v4 < 0) return false;
      groups[g] = Math.floor(v4 / 65536);
      groups[g + 1] = v4 % 65536;
      g += 2;
      p = end;
      break;
    }
    groups[g++] = acc;
    p += off;
    if (p === end) break;
    if (text.charCodeAt(p) !== COLON || p + 1 === end) return false;
    p++;
    if (text.charCodeAt(p) === COLON) {
      if (ellipsis >= 0) return false; // a second "::"
      ellipsis = g;
      p++;
      if (p === end) break;
    }
  }
  if (p !== end) return false;
  if (g < 8) {
    if (ellipsis < 0) return false;
    const shift = 8 - g;
    for (let j = g - 1; j >= ellipsis; j--) groups[j + shift] = groups[j];
    for (let j = ellipsis; j < ellipsis + shift; j++) groups[j] = 0;
  } else if (ellipsis >= 0) {
    return false; // "::" must stand for at least one zero group
  }
  return true;
};

// Scratch groups for the parser below: JavaScript runs one call at a time, and it calls nothing out.
const GROUPS = new Int32Array(8);

const groupsToValue = (groups: ArrayLike<number>): bigint =>
  (BigInt(groups[0] * 65536 + groups[1]) << 96n) |
  (BigInt(groups[2] * 65536 + groups[3]) << 64n) |
  (BigInt(groups[4] * 65536 + groups[5]) << 32n) |
  BigInt(groups[6] * 65536 + groups[7]);

const parseIPv6Value = (text: string, start: number, end: number): bigint | null =>
  parseIPv6Groups(text, start, end, GROUPS) ? groupsToValue(GROUPS) : null;

/**
 * netip.ParseAddr on text[start, end), refusing zones as net.ParseIP and net.ParseCIDR do.
 * The first '.', ':' or '%' decides the syntax, exactly as in Go.
 */
export const parseAddrText = (
  text: string,
  start = 0,
  end = text.length,
): ParsedAddrText | null => {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === DOT) {
      const v4 = parseIPv4Number(text, start, end);
      return v4 < 0 ? null : { textFamily: 4, value: BigInt(v4) };
    }
    if (c === COLON) {
      const v6 = parseIPv6Value(text, start, end);
      return v6 === null ? null : { textFamily: 6, value: v6 };
    }
    if (c === PERCENT) {
      return null;
    }
  }
  return null;
};

/** Is this 128-bit value in ::ffff:0:0/96, which Go's To4() turns into IPv4? */
export const isV4Mapped = (value128: bigint): boolean => value128 >> 32n === V4_MAPPED_HIGH;

/** The 128-bit form net.ParseIP returns (IPv4 becomes ::ffff:a.b.c.d); used for Go's byte order. */
export const toGo16 = (ip: IPAddress): bigint =>
  ip.family === 4 ? (V4_MAPPED_HIGH << 32n) | ip.value : ip.value;

/** The address as MetalLB's net.IP sees it: IPv4-mapped IPv6 becomes IPv4. */
export const canonicalAddress = (parsed: ParsedAddrText): IPAddress => {
  if (parsed.textFamily === 6 && isV4Mapped(parsed.value)) {
    return { family: 4, value: parsed.value & IPV4_MAX };
  }
  return { family: parsed.textFamily, value: parsed.value };
};

/** net.ParseIP: no trimming, no zones, no leading zeros in IPv4; null when Go returns nil. */
export const parseIP = (text: string): IPAddress | null => {
  const parsed = parseAddrText(text);
  return parsed === null ? null : canonicalAddress(parsed);
};

const formatIPv4Number = (n: number): string =>
  `${Math.floor(n / 16777216)}.${Math.floor(n / 65536) % 256}.${Math.floor(n / 256) % 256}.${n % 256}`;

const formatIPv4 = (value: bigint): string => formatIPv4Number(Number(value));

const formatGroups = (groups: ArrayLike<number>): string => {
  const [zeroStart, zeroLength] = zeroRun(groups);
  let out = '';
  for (let i = 0; i < 8; i++) {
    if (i === zeroStart) {
      out += '::';
      i += zeroLength - 1;
      continue;
    }
    if (i > 0 && !out.endsWith(':')) out += ':';
    out += groups[i].toString(16);
  }
  return out;
};

const formatIPv6 = (value: bigint): string => {
  const groups: number[] = [];
  for (let shift = 112n; shift >= 0n; shift -= 16n) {
    groups.push(Number((value >> shift) & 0xffffn));
  }
  return formatGroups(groups);
};

/** Go's net.IP.String(): dotted IPv4 (also for a 128-bit value in ::ffff:0:0/96), RFC 5952 IPv6. */
export const formatIP = (ip: IPAddress): string => {
  if (ip.family === 4) return formatIPv4(ip.value);
  return isV4Mapped(ip.value) ? formatIPv4(ip.value & IPV4_MAX) : formatIPv6(ip.value);
};

export const compareIP = (a: IPAddress, b: IPAddress): number => {
  if (a.family !== b.family) return a.family - b.family;
  return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
};
