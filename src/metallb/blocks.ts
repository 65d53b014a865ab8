// One entry of IPAddressPool.spec.addresses, read exactly as MetalLB's config.ParseCIDR reads it:
// without "-" a CIDR through Go's net.ParseCIDR (no trimming, host bits ignored); with "-" a
// range of two net.ParseIP addresses, each side trimmed, summarized into CIDRs.
import { goQuote, goTrimSpace } from './go-format';
import type { IPAddress, IPFamily } from './ip';
import {
  canonicalAddress,
  familyBits,
  familyMax,
  formatIP,
  isV4Mapped,
  parseAddrText,
  toGo16,
  IPV4_MAX,
} from './ip';

/** Inclusive bounds of the addresses one entry stands for. */
export interface AddressBlock {
  family: IPFamily;
  first: bigint;
  last: bigint;
}

/** A prefix as MetalLB holds it after parsing; `prefix` counts bits within its family. */
export interface Cidr extends AddressBlock {
  prefix: number;
}

export type AddressEntry =
  | { ok: true; text: string; kind: 'cidr' | 'range'; block: AddressBlock; prefix?: number }
  | {
      ok: false;
      text: string;
      message: string;
      /** Which check failed, and the values its message names (Go-quoted), for translated text. */
      reason: 'cidr' | 'start' | 'end' | 'order' | 'family';
      params: Record<string, string>;
      ourRule?: true;
    };

const CIDR_PREFIX_OVERFLOW = 0xffffff; // Go's dtoi gives up at this value

/** net.ParseCIDR's prefix length: decimal digits only (leading zeros allowed), nothing else. */
const parsePrefixLength = (text: string, start: number): number => {
  if (start >= text.length) return -1;
  let n = 0;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    n = n * 10 + (c - 48);
    if (n >= CIDR_PREFIX_OVERFLOW) return -1;
  }
  return n;
};

const hostMask = (bits: number, prefix: number): bigint => (1n << BigInt(bits - prefix)) - 1n;

const invalidCidr = (text: string): AddressEntry => ({
  ok: false,
  text,
  message: `invalid CIDR ${goQuote(text)}`,
  reason: 'cidr',
  params: { entry: goQuote(text) },
});

const readCidr = (text: string): AddressEntry => {
  const slash = text.indexOf('/');
  if (slash < 0) return invalidCidr(text);
  const addr = parseAddrText(text, 0, slash);
  if (addr === null) return invalidCidr(text);
  const bits = familyBits(addr.textFamily);
  const prefix = parsePrefixLength(text, slash + 1);
  if (prefix < 0 || prefix > bits) return invalidCidr(text);
  const network = addr.value & ~hostMask(bits, prefix) & familyMax(addr.textFamily);
  if (addr.textFamily === 6 && prefix >= 96 && isV4Mapped(network)) {
    // Go keeps the 16-byte mask but To4() makes the network IPv4: "::ffff:1.2.3.4/120" is 1.2.3.0/24.
    const first = network & IPV4_MAX;
    const block = { family: 4 as const, first, last: first | hostMask(32, prefix - 96) };
    return { ok: true, text, kind: 'cidr', block, prefix: prefix - 96 };
  }
  const block = { family: addr.textFamily, first: network, last: network | hostMask(bits, prefix) };
  return { ok: true, text, kind: 'cidr', block, prefix };
};

const parseRangeEnd = (raw: string): IPAddress | null => {
  const parsed = parseAddrText(goTrimSpace(raw));
  return parsed === null ? null : canonicalAddress(parsed);
};

const readRange = (text: string, dash: number): AddressEntry => {
  const startText = text.slice(0, dash);
  const endText = text.slice(dash + 1);
  const quoted = goQuote(text);
  const start = parseRangeEnd(startText);
  if (start === null) {
    return {
      ok: false,
      text,
      message: `invalid IP range ${quoted}: invalid start IP ${goQuote(startText)}`,
      reason: 'start',
      params: { entry: quoted, start: goQuote(startText) },
    };
  }
  const end = parseRangeEnd(endText);
  if (end === null) {
    return {
      ok: false,
      text,
      message: `invalid IP range ${quoted}: invalid end IP ${goQuote(endText)}`,
      reason: 'end',
      params: { entry: quoted, end: goQuote(endText) },
    };
  }
  // MetalLB compares the 16-byte forms, so "10.0.0.1-::1" is "after" rather than mixed.
  if (toGo16(start) > toGo16(end)) {
    const params = { entry: quoted, start: goQuote(formatIP(start)), end: goQuote(formatIP(end)) };
    const message = `invalid IP range ${quoted}: start IP ${params.start} is after the end IP ${params.end}`;
    return { ok: false, text, message, reason: 'order', params };
  }
  if (start.family !== end.family) {
    // MetalLB accepts this silently and allocates nothing from it; we say why instead.
    const params = {
      entry: quoted,
      start: goQuote(formatIP(start)),
      end: goQuote(formatIP(end)),
      startFamily: `IPv${start.family}`,
      endFamily: `IPv${end.family}`,
    };
    const message =
      `invalid IP range ${quoted}: start IP ${params.start} is ${params.startFamily} and end IP ` +
      `${params.end} is ${params.endFamily}; a range must stay within one IP family, write one entry per family`;
    return { ok: false, text, message, reason: 'family', params, ourRule: true };
  }
  return {
    ok: true,
    text,
    kind: 'range',
    block: { family: start.family, first: start.value, last: end.value },
  };
};

/** Parse one address entry without throwing (forms and bulk work use this). */
export const readAddressEntry = (text: string): AddressEntry => {
  const dash = text.indexOf('-');
  return dash < 0 ? readCidr(text) : readRange(text, dash);
};

/** The addresses one pool entry stands for; throws an Error worded as MetalLB words it. */
export const parseAddressBlock = (text: string): AddressBlock => {
  const entry = readAddressEntry(text);
  if (!entry.ok) throw new Error(entry.message);
  return entry.block;
};

/** An IPv6 CIDR inside ::ffff:0:0/96 is IPv4 to Go (To4), e.g. a huge IPv6 range crossing it. */
const asGoSeesIt = (cidr: Cidr): Cidr =>
  cidr.family === 6 && cidr.prefix >= 96 && isV4Mapped(cidr.first)
    ? {
        family: 4,
        first: cidr.first & IPV4_MAX,
        last: cidr.last & IPV4_MAX,
        prefix: cidr.prefix - 96,
      }
    : cidr;

/** The smallest list of CIDRs covering first..last exactly, ascending (what ipaddr.Summarize gives). */
export const summarizeRange = (block: AddressBlock): Cidr[] => {
  const bits = familyBits(block.family);
  const out: Cidr[] = [];
  let first = block.first;
  for (;;) {
    let size = first === 0n ? 1n << BigInt(bits) : first & -first;
    while (first + size - 1n > block.last) size >>= 1n;
    let prefix = bits;
    for (let s = size; s > 1n; s >>= 1n) prefix--;
    out.push(asGoSeesIt({ family: block.family, first, last: first + size - 1n, prefix }));
    if (first + size - 1n >= block.last) return out;
    first += size;
  }
};

/** The CIDRs MetalLB holds for a parsed entry: the CIDR itself, or the range summarized. */
export const entryCidrs = (entry: AddressEntry): Cidr[] => {
  if (!entry.ok) return [];
  if (entry.kind === 'cidr') return [{ ...entry.block, prefix: entry.prefix as number }];
  return summarizeRange(entry.block);
};

/** Go's IPNet.String(): "10.0.0.0/24", "2001:db8::/64". */
export const formatCidr = (cidr: Cidr): string =>
  `${formatIP({ family: cidr.family, value: cidr.first })}/${cidr.prefix}`;

/** "10.0.0.1-10.0.0.9" or the CIDR when the block is exactly one, for messages and lists. */
export const formatBlock = (block: AddressBlock): string => {
  const cidrs = summarizeRange(block);
  if (cidrs.length === 1) return formatCidr(cidrs[0]);
  const first = formatIP({ family: block.family, value: block.first });
  return `${first}-${formatIP({ family: block.family, value: block.last })}`;
};

export const blockContains = (block: AddressBlock, ip: IPAddress): boolean =>
  block.family === ip.family && block.first <= ip.value && ip.value <= block.last;

export const blockSize = (block: AddressBlock): bigint => block.last - block.first + 1n;
