import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { compareIP, formatIP, parseIP } from './ip';

const v4 = (text: string) => ({
  family: 4,
  value: BigInt(
    ipaddr.IPv4.parse(text)
      .toByteArray()
      .reduce((a, b) => a * 256 + b, 0),
  ),
});

describe('parseIP follows Go net.ParseIP', () => {
  it.each([
    ['192.168.0.1', 4, 0xc0a80001n],
    ['0.0.0.0', 4, 0n],
    ['255.255.255.255', 4, 0xffffffffn],
    ['::', 6, 0n],
    ['::1', 6, 1n],
    ['2001:db8::1', 6, 0x20010db8000000000000000000000001n],
    ['2001:DB8::1', 6, 0x20010db8000000000000000000000001n],
    ['0001:0db8::0001', 6, 0x00010db8000000000000000000000001n],
    ['1:2:3:4:5:6:7:8', 6, 0x00010002000300040005000600070008n],
    ['::1.2.3.4', 6, 0x01020304n],
    ['1:2:3:4:5:6:1.2.3.4', 6, 0x00010002000300040005000601020304n],
  ])('accepts %s', (text, family, value) => {
    expect(parseIP(text)).toEqual({ family, value });
  });

  it('reads IPv4-mapped IPv6 as the IPv4 address, as To4() does', () => {
    expect(parseIP('::ffff:1.2.3.4')).toEqual({ family: 4, value: 0x01020304n });
    expect(parseIP('::ffff:0102:0304')).toEqual({ family: 4, value: 0x01020304n });
    expect(parseIP('::fffe:1.2.3.4')?.family).toBe(6);
  });

  it.each([
    ['010.0.0.1', 'IPv4 leading zero (Go refuses rather than guess octal)'],
    ['10.0.0.01', 'leading zero in the last octet'],
    ['00.0.0.0', 'two zeros'],
    ['256.0.0.0', 'octet above 255'],
    ['1.2.3', 'three octets'],
    ['1.2.3.4.5', 'five octets'],
    ['1.2.3.', 'empty last octet'],
    ['.1.2.3', 'empty first octet'],
    ['1..2.3', 'empty middle octet'],
    [' 1.2.3.4', 'leading space (no trimming)'],
    ['1.2.3.4 ', 'trailing space'],
    ['', 'empty'],
    ['1', 'a number'],
    ['0x01.2.3.4', 'hex octet'],
    ['fe80::1%eth0', 'zone'],
    ['fe80::1%', 'empty zone'],
    ['%eth0', 'zone only'],
    ['1.2.3.4%eth0', 'IPv4 with zone'],
    ['2001:db8:::1', 'triple colon'],
    ['1::2::3', 'two ellipses'],
    ['1:2:3:4:5:6:7:8::', 'ellipsis standing for nothing'],
    ['1:2:3:4:5:6:7:8:9', 'nine groups'],
    ['1:2:3:4:5:6:7', 'seven groups'],
    ['12345::', 'five hex digits'],
    ['::g', 'not hex'],
    [':1::', 'leading single colon'],
    ['1::2:', 'trailing single colon'],
    ['1:2:3:4:5:6:7:1.2.3.4', 'embedded IPv4 with no room'],
    ['1:2:3:4:5:1.2.3.4', 'embedded IPv4 in the wrong place'],
    ['::ffff:01.2.3.4', 'leading zero inside embedded IPv4'],
    ['::1.2.3.4:5', 'embedded IPv4 not last'],
    ['[::1]', 'brackets'],
  ])('refuses %j (%s)', (text) => {
    expect(parseIP(text)).toBeNull();
  });
});

describe('formatIP prints as Go net.IP.String', () => {
  it.each([
    ['2001:db8:0:0:0:0:0:1', '2001:db8::1'],
    ['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'],
    ['2001:0:0:1:0:0:0:1', '2001:0:0:1::1'],
    ['1:0:0:2:0:0:3:4', '1::2:0:0:3:4'],
    ['0:0:0:0:0:0:0:0', '::'],
    ['0:0:0:0:0:0:0:1', '::1'],
    ['1:0:0:0:0:0:0:0', '1::'],
    ['ABCD:EF01::', 'abcd:ef01::'],
    ['::1.2.3.4', '::102:304'],
    ['::ffff:1.2.3.4', '1.2.3.4'],
    ['10.1.2.3', '10.1.2.3'],
  ])('%s -> %s', (input, printed) => {
    const ip = parseIP(input);
    expect(ip).not.toBeNull();
    expect(formatIP(ip!)).toBe(printed);
  });

  it('prints a 128-bit value inside ::ffff:0:0/96 as IPv4, like net.IP', () => {
    expect(formatIP({ family: 6, value: 0xffff0a000001n })).toBe('10.0.0.1');
  });

  it('orders IPv4 before IPv6 and by value within a family', () => {
    const sorted = ['::1', '10.0.0.2', '10.0.0.1', '::'].map((t) => parseIP(t)!).sort(compareIP);
    expect(sorted.map(formatIP)).toEqual(['10.0.0.1', '10.0.0.2', '::', '::1']);
  });
});

describe('against ipaddr.js as an independent oracle', () => {
  const ipv4Bytes = fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 4, maxLength: 4 });
  // Zero-heavy groups exercise "::" compression.
  const group = fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 0, max: 0xffff }));
  const ipv6Groups = fc.array(group, { minLength: 8, maxLength: 8 });

  it('round-trips every IPv4 address through text', () => {
    fc.assert(
      fc.property(ipv4Bytes, (bytes) => {
        const text = bytes.join('.');
        const ip = parseIP(text);
        expect(ip).toEqual(v4(text));
        expect(formatIP(ip!)).toBe(ipaddr.IPv4.parse(text).toString());
      }),
      { numRuns: 10000 },
    );
  });

  it('parses and prints IPv6 as ipaddr.js does (RFC 5952), outside the IPv4-mapped range', () => {
    fc.assert(
      fc.property(ipv6Groups, fc.boolean(), (groups, expanded) => {
        const text = expanded
          ? groups.map((g) => g.toString(16).padStart(4, '0')).join(':')
          : groups.map((g) => g.toString(16)).join(':');
        const oracle = ipaddr.IPv6.parse(text);
        const expected = oracle.toByteArray().reduce((a, b) => (a << 8n) | BigInt(b), 0n);
        const ip = parseIP(text);
        fc.pre(!oracle.isIPv4MappedAddress());
        expect(ip).toEqual({ family: 6, value: expected });
        expect(formatIP(ip!)).toBe(oracle.toRFC5952String());
        expect(parseIP(formatIP(ip!))).toEqual(ip);
      }),
      { numRuns: 10000 },
    );
  });
});
