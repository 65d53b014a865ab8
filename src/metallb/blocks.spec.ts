import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import goCases from './testdata/go-parse-cases.json';
import {
  entryCidrs,
  formatBlock,
  formatCidr,
  parseAddressBlock,
  readAddressEntry,
  summarizeRange,
} from './blocks';

const ip4 = (text: string): bigint =>
  ipaddr.IPv4.parse(text)
    .toByteArray()
    .reduce((a, b) => (a << 8n) | BigInt(b), 0n);
const ip6 = (text: string): bigint =>
  ipaddr.IPv6.parse(text)
    .toByteArray()
    .reduce((a, b) => (a << 8n) | BigInt(b), 0n);

const errorOf = (text: string): string => {
  try {
    parseAddressBlock(text);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error(`${JSON.stringify(text)} was accepted`);
};

describe('parseAddressBlock: CIDRs, read by Go net.ParseCIDR', () => {
  it('ignores host bits: 10.0.0.5/24 is all of 10.0.0.0/24', () => {
    expect(parseAddressBlock('10.0.0.5/24')).toEqual({
      family: 4,
      first: ip4('10.0.0.0'),
      last: ip4('10.0.0.255'),
    });
  });

  it('reads /0 and /32, /128 as the whole space and one address', () => {
    expect(parseAddressBlock('0.0.0.0/0')).toEqual({ family: 4, first: 0n, last: 2n ** 32n - 1n });
    expect(parseAddressBlock('::/0')).toEqual({ family: 6, first: 0n, last: 2n ** 128n - 1n });
    expect(parseAddressBlock('192.0.2.7/32')).toEqual({
      family: 4,
      first: ip4('192.0.2.7'),
      last: ip4('192.0.2.7'),
    });
    expect(parseAddressBlock('2001:db8::7/128')).toEqual({
      family: 6,
      first: ip6('2001:db8::7'),
      last: ip6('2001:db8::7'),
    });
  });

  it('reads an IPv6 /64 as 2^64 addresses', () => {
    const block = parseAddressBlock('2001:db8:1:2::/64');
    expect(block.last - block.first + 1n).toBe(2n ** 64n);
  });

  it('accepts a prefix length with leading zeros, as Go dtoi does', () => {
    expect(parseAddressBlock('1.2.3.4/024')).toEqual(parseAddressBlock('1.2.3.0/24'));
  });

  it.each([
    ['10.0.0.1', 'a bare IP needs /32 or /128'],
    ['1.2.3.4/33', 'prefix beyond 32'],
    ['2001:db8::/129', 'prefix beyond 128'],
    ['010.0.0.1/32', 'IPv4 leading zero'],
    [' 10.0.0.0/24', 'no trimming around a CIDR'],
    ['10.0.0.0/24 ', 'trailing space'],
    ['10.0.0.0/ 24', 'space in the prefix'],
    ['10.0.0.0/+24', 'signed prefix'],
    ['10.0.0.0/', 'empty prefix'],
    ['fe80::1%eth0/64', 'a zone: net.ParseCIDR refuses zones'],
    ['1.2.3.4/24/8', 'two slashes'],
  ])("refuses %j (%s) with MetalLB's words", (text) => {
    expect(errorOf(text)).toBe(`invalid CIDR ${JSON.stringify(text)}`);
  });

  it('reads ::ffff:a.b.c.d/96+n as the IPv4 a.b.c.d/n, as To4() makes Go print and use it', () => {
    expect(parseAddressBlock('::ffff:1.2.3.4/120')).toEqual(parseAddressBlock('1.2.3.0/24'));
    expect(parseAddressBlock('::ffff:0:0/96')).toEqual(parseAddressBlock('0.0.0.0/0'));
    const [cidr] = entryCidrs(readAddressEntry('::ffff:1.2.3.4/120'));
    expect(formatCidr(cidr)).toBe('1.2.3.0/24');
  });

  it('keeps ::ffff:1.2.3.4/90 IPv6: masking below /96 leaves the mapped prefix', () => {
    const entry = readAddressEntry('::ffff:1.2.3.4/90');
    expect(entry.ok && entry.block.family).toBe(6);
    expect(entryCidrs(entry).map(formatCidr)).toEqual(['::ffc0:0:0/90']);
  });
});

describe('parseAddressBlock: ranges', () => {
  it('trims whitespace around each side: " 10.0.0.1 - 10.0.0.5 "', () => {
    expect(parseAddressBlock(' 10.0.0.1 - 10.0.0.5 ')).toEqual({
      family: 4,
      first: ip4('10.0.0.1'),
      last: ip4('10.0.0.5'),
    });
  });

  it('trims as Go strings.TrimSpace: NBSP and NEL yes, BOM and zero-width space no', () => {
    expect(parseAddressBlock('\u00a010.0.0.1-10.0.0.3\u0085').first).toBe(ip4('10.0.0.1'));
    expect(errorOf('\ufeff10.0.0.1-10.0.0.3')).toBe(
      'invalid IP range "\\ufeff10.0.0.1-10.0.0.3": invalid start IP "\\ufeff10.0.0.1"',
    );
    expect(errorOf('10.0.0.1-\u200b10.0.0.3')).toBe(
      'invalid IP range "10.0.0.1-\\u200b10.0.0.3": invalid end IP "\\u200b10.0.0.3"',
    );
  });

  it('accepts a one-address range', () => {
    expect(parseAddressBlock('10.0.0.1-10.0.0.1')).toEqual({
      family: 4,
      first: ip4('10.0.0.1'),
      last: ip4('10.0.0.1'),
    });
  });

  it("quotes the untrimmed side in MetalLB's message for a bad start or end", () => {
    expect(errorOf(' 10.0.0.x - 10.0.0.5')).toBe(
      'invalid IP range " 10.0.0.x - 10.0.0.5": invalid start IP " 10.0.0.x "',
    );
    expect(errorOf('10.0.0.1-')).toBe('invalid IP range "10.0.0.1-": invalid end IP ""');
    expect(errorOf('10.0.0.1-10.0.0.5-10.0.0.9')).toBe(
      'invalid IP range "10.0.0.1-10.0.0.5-10.0.0.9": invalid end IP "10.0.0.5-10.0.0.9"',
    );
    expect(errorOf('010.0.0.1-10.0.0.5')).toBe(
      'invalid IP range "010.0.0.1-10.0.0.5": invalid start IP "010.0.0.1"',
    );
  });

  it("refuses a reversed range with MetalLB's exact message (IPs printed canonically)", () => {
    expect(errorOf('10.0.0.5-10.0.0.1')).toBe(
      'invalid IP range "10.0.0.5-10.0.0.1": start IP "10.0.0.5" is after the end IP "10.0.0.1"',
    );
    expect(errorOf('2001:DB8::ff - 2001:db8:0::1')).toBe(
      'invalid IP range "2001:DB8::ff - 2001:db8:0::1": start IP "2001:db8::ff" is after the end IP "2001:db8::1"',
    );
  });

  it('treats ::ffff:a.b.c.d as IPv4 on either side', () => {
    expect(parseAddressBlock('::ffff:10.0.0.1-10.0.0.9')).toEqual(
      parseAddressBlock('10.0.0.1-10.0.0.9'),
    );
  });

  it('refuses a range mixing families, which MetalLB silently turns into no addresses', () => {
    expect(errorOf('::1-10.0.0.1')).toBe(
      'invalid IP range "::1-10.0.0.1": start IP "::1" is IPv6 and end IP "10.0.0.1" is IPv4; ' +
        'a range must stay within one IP family, write one entry per family',
    );
    expect(errorOf('10.0.0.1-2001:db8::1')).toMatch(
      /start IP "10.0.0.1" is IPv4 and end IP "2001:db8::1" is IPv6/,
    );
  });

  it('keeps MetalLB\'s "after" message where Go\'s 16-byte order already refuses a mixed range', () => {
    // ParseIP gives ::ffff:10.0.0.1, which sorts after ::1, so the webhook says "after": we say the same.
    expect(errorOf('10.0.0.1-::1')).toBe(
      'invalid IP range "10.0.0.1-::1": start IP "10.0.0.1" is after the end IP "::1"',
    );
  });

  it('reads a "-" before any "/" as a range', () => {
    expect(errorOf('10.0.0.1-10.0.0.5/32')).toBe(
      'invalid IP range "10.0.0.1-10.0.0.5/32": invalid end IP "10.0.0.5/32"',
    );
  });
});

describe('summarizing ranges into CIDRs, as MetalLB does before comparing', () => {
  it('splits 10.0.0.1-10.0.0.9 into aligned prefixes', () => {
    expect(entryCidrs(readAddressEntry('10.0.0.1-10.0.0.9')).map(formatCidr)).toEqual([
      '10.0.0.1/32',
      '10.0.0.2/31',
      '10.0.0.4/30',
      '10.0.0.8/31',
    ]);
  });

  it('covers the whole IPv6 space with ::/0', () => {
    expect(summarizeRange({ family: 6, first: 0n, last: 2n ** 128n - 1n }).map(formatCidr)).toEqual(
      ['::/0'],
    );
  });

  it('formats a block as its CIDR when it is one, else as first-last', () => {
    expect(formatBlock(parseAddressBlock('10.0.0.0-10.0.0.255'))).toBe('10.0.0.0/24');
    expect(formatBlock(parseAddressBlock('10.0.0.1-10.0.0.9'))).toBe('10.0.0.1-10.0.0.9');
  });
});

describe("Go decides: verdicts recorded from MetalLB's own parsing functions", () => {
  // testdata/go-oracle runs net.ParseCIDR / net.ParseIP / ipaddr.Summarize on each input.
  it.each(goCases.map((c) => [JSON.stringify(c.input), c] as const))('%s', (_, goCase) => {
    const entry = readAddressEntry(goCase.input);
    if ('error' in goCase && goCase.error) {
      expect(entry.ok ? 'accepted' : entry.message).toBe(goCase.error);
    } else if (goCase.cidrs.length === 0) {
      // Go yields nothing without an error only for a range mixing families.
      expect(entry.ok ? 'accepted' : entry.message).toMatch(/must stay within one IP family/);
    } else {
      expect(entryCidrs(entry).map(formatCidr)).toEqual(goCase.cidrs);
      expect(entryCidrs(entry).map((c) => c.family === 4)).toEqual(goCase.ipv4);
    }
  });
});

describe('property: against ipaddr.js and a per-address model', () => {
  const ipv4 = fc.integer({ min: 0, max: 2 ** 32 - 1 }).map(BigInt);
  const ipv6 = fc.bigInt({ min: 0n, max: 2n ** 128n - 1n });
  const toText4 = (v: bigint) =>
    ipaddr.fromByteArray([24, 16, 8, 0].map((s) => Number((v >> BigInt(s)) & 255n))).toString();
  const toText6 = (v: bigint) =>
    ipaddr
      .fromByteArray(
        Array.from({ length: 16 }, (_, i) => Number((v >> BigInt(120 - 8 * i)) & 255n)),
      )
      .toString();

  it('reads any IPv4 CIDR as ipaddr.js computes its network and broadcast', () => {
    fc.assert(
      fc.property(ipv4, fc.integer({ min: 0, max: 32 }), (value, prefix) => {
        const text = `${toText4(value)}/${prefix}`;
        const [, bits] = ipaddr.IPv4.parseCIDR(text);
        const network = ipaddr.IPv4.networkAddressFromCIDR(text).toString();
        const block = parseAddressBlock(text);
        return (
          block.family === 4 &&
          block.first === ip4(network) &&
          block.last === ip4(ipaddr.IPv4.broadcastAddressFromCIDR(text).toString()) &&
          formatCidr({ ...block, prefix: bits }) === `${network}/${bits}`
        );
      }),
      { numRuns: 10000 },
    );
  });

  it('reads any IPv6 CIDR (outside ::ffff:0:0/96) with the right bounds', () => {
    fc.assert(
      fc.property(ipv6, fc.integer({ min: 0, max: 128 }), (value, prefix) => {
        const text = `${toText6(value)}/${prefix}`;
        fc.pre(!ipaddr.IPv6.parse(toText6(value)).isIPv4MappedAddress());
        const host = (1n << BigInt(128 - prefix)) - 1n;
        const first = value & ~host & (2n ** 128n - 1n);
        const block = parseAddressBlock(text);
        return block.family === 6 && block.first === first && block.last === (first | host);
      }),
      { numRuns: 10000 },
    );
  });

  it('summarizes any IPv4 range into aligned CIDRs that tile it exactly and cannot be merged', () => {
    fc.assert(
      fc.property(ipv4, ipv4, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const block = parseAddressBlock(` ${toText4(lo)} - ${toText4(hi)} `);
        expect(block).toEqual({ family: 4, first: lo, last: hi });
        const cidrs = summarizeRange(block);
        // Tiles lo..hi in order, each CIDR aligned to its size.
        let next = lo;
        for (const cidr of cidrs) {
          const size = 1n << BigInt(32 - cidr.prefix);
          if (
            cidr.first !== next ||
            cidr.first % size !== 0n ||
            cidr.last !== cidr.first + size - 1n
          )
            return false;
          next = cidr.last + 1n;
        }
        // Minimal: no two neighbours of equal size form an aligned pair that one CIDR could replace.
        const mergeable = cidrs
          .slice(1)
          .some(
            (c, i) =>
              cidrs[i].prefix === c.prefix && cidrs[i].first % (2n << BigInt(32 - c.prefix)) === 0n,
          );
        return next === hi + 1n && !mergeable;
      }),
      { numRuns: 10000 },
    );
  });

  it('puts an address in a small range exactly when it lies between the ends (per-address model)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1023 }),
        fc.integer({ min: 0, max: 1023 }),
        fc.integer({ min: 0, max: 1023 }),
        (a, b, probe) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const base = ip4('10.20.0.0');
          const cidrs = summarizeRange({
            family: 4,
            first: base + BigInt(lo),
            last: base + BigInt(hi),
          });
          const ip = base + BigInt(probe);
          const inCidrs = cidrs.filter((c) => c.first <= ip && ip <= c.last).length;
          expect(inCidrs).toBe(probe >= lo && probe <= hi ? 1 : 0);
        },
      ),
      { numRuns: 10000 },
    );
  });
});
