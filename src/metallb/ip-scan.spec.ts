import fc from 'fast-check';
import { parseIP, scanIPInto } from './ip';

// scanIPInto is the parser of the full recompute: it must accept exactly what parseIP (Go's
// net.ParseIP) accepts and give the same value, for every spelling.
const expectSame = (text: string): boolean => {
  const out = new Int32Array(4).fill(0x5a5a5a5a);
  const family = scanIPInto(text, out);
  const ip = parseIP(text);
  if (ip === null) return family === 0;
  if (family !== ip.family) return false;
  if (family === 4) return BigInt(out[0] >>> 0) === ip.value;
  const value = [...out].reduce((acc, w) => (acc << 32n) | BigInt(w >>> 0), 0n);
  return value === ip.value;
};

describe('scanIPInto, the allocation-free parser of the recompute', () => {
  it('agrees with parseIP on IPv6 in every spelling, mapped IPv4 and embedded dotted quads included', () => {
    const group = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 0xffff }));
    const spelling = fc.record({
      groups: fc.array(group, { minLength: 8, maxLength: 8 }),
      upper: fc.boolean(),
      pad: fc.boolean(),
      compress: fc.nat(9),
      tailV4: fc.boolean(),
      mapped: fc.boolean(),
    });
    fc.assert(
      fc.property(spelling, ({ groups, upper, pad, compress, tailV4, mapped }) => {
        const g = mapped ? [0, 0, 0, 0, 0, 0xffff, groups[6], groups[7]] : groups;
        let parts = g.map((x) => (pad ? x.toString(16).padStart(4, '0') : x.toString(16)));
        if (tailV4)
          parts = [...parts.slice(0, 6), `${g[6] >> 8}.${g[6] & 255}.${g[7] >> 8}.${g[7] & 255}`];
        let text = parts.join(':');
        if (compress < parts.length) {
          const end = Math.min(parts.length, compress + 1 + (compress % 3));
          text = `${parts.slice(0, compress).join(':')}::${parts.slice(end).join(':')}`;
        }
        if (upper) text = text.toUpperCase();
        return expectSame(text);
      }),
      { numRuns: 10000 },
    );
  });

  it('agrees with parseIP on dotted quads, leading zeros and out-of-range octets included', () => {
    const octet = fc.oneof(
      fc.nat(255).map(String),
      fc.nat(999).map(String),
      fc.nat(99).map((n) => `0${n}`),
    );
    fc.assert(
      fc.property(fc.array(octet, { minLength: 1, maxLength: 5 }), (octets) =>
        expectSame(octets.join('.')),
      ),
      { numRuns: 10000 },
    );
  });

  it('agrees with parseIP on text made of the characters addresses are made of', () => {
    const chars = fc.constantFrom(...'0123456789abcdefABCDEF.:%x '.split(''));
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 24 }), (cs) => expectSame(cs.join(''))),
      { numRuns: 20000 },
    );
  });

  it('reads the common cases', () => {
    const out = new Int32Array(4);
    expect(scanIPInto('10.0.0.1', out)).toBe(4);
    expect(out[0]).toBe(0x0a000001);
    expect(scanIPInto('::ffff:192.168.0.1', out)).toBe(4);
    expect(out[0] >>> 0).toBe(0xc0a80001);
    expect(scanIPInto('2001:db8::1', out)).toBe(6);
    expect([...out].map((w) => w >>> 0)).toEqual([0x20010db8, 0, 0, 1]);
    for (const bad of ['', '010.0.0.1', '1.2.3', '1.2.3.4.5', 'fe80::1%eth0', '::1::', 'x'])
      expect(scanIPInto(bad, out)).toBe(0);
  });
});
