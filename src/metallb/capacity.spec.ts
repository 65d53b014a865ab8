import fc from 'fast-check';
import { parseAddressBlock } from './blocks';
import { poolCapacity, usableAddressCount } from './capacity';
import { pool } from './test-factories';

describe('poolCapacity', () => {
  it('counts a CIDR whole: network and broadcast are allocatable', () => {
    expect(poolCapacity(pool('web', ['192.168.10.0/24']))).toEqual({ ipv4: 256n, ipv6: 0n });
  });

  it('skips x.x.x.0 and x.x.x.255 with avoidBuggyIPs: /24 is 254, /23 is 508', () => {
    expect(poolCapacity(pool('a', ['192.168.10.0/24'], { avoidBuggyIPs: true })).ipv4).toBe(254n);
    expect(poolCapacity(pool('b', ['192.168.10.0/23'], { avoidBuggyIPs: true })).ipv4).toBe(508n);
  });

  it('checks each address of a range that crosses a /24 boundary', () => {
    // .250-.255 of the first /24 (6, minus .255) and .0-.5 of the next (6, minus .0)
    expect(poolCapacity(pool('a', ['10.0.0.250-10.0.1.5'], { avoidBuggyIPs: true })).ipv4).toBe(
      10n,
    );
    expect(poolCapacity(pool('b', ['10.0.0.1-10.0.0.254'], { avoidBuggyIPs: true })).ipv4).toBe(
      254n,
    );
    expect(poolCapacity(pool('c', ['10.0.0.255/32'], { avoidBuggyIPs: true })).ipv4).toBe(0n);
  });

  it('leaves IPv6 alone with avoidBuggyIPs', () => {
    expect(poolCapacity(pool('a', ['2001:db8::/120'], { avoidBuggyIPs: true })).ipv6).toBe(256n);
  });

  it('says 2^64 for an IPv6 /64, not int64 max as MetalLB does', () => {
    expect(poolCapacity(pool('a', ['2001:db8:0:1::/64'])).ipv6).toBe(2n ** 64n);
  });

  it('is exact for the largest blocks', () => {
    expect(poolCapacity(pool('a', ['::/0'])).ipv6).toBe(2n ** 128n);
    expect(poolCapacity(pool('b', ['0.0.0.0/0'])).ipv4).toBe(2n ** 32n);
    expect(poolCapacity(pool('c', ['0.0.0.0/0'], { avoidBuggyIPs: true })).ipv4).toBe(
      2n ** 32n - 2n ** 25n,
    );
  });

  it('splits a dual-stack pool by family', () => {
    expect(
      poolCapacity(pool('dual', ['10.0.0.0/28', '2001:db8::/124', '10.0.1.1-10.0.1.3'])),
    ).toEqual({
      ipv4: 19n,
      ipv6: 16n,
    });
  });

  it('counts an address once when entries overlap (the webhook would refuse this pool)', () => {
    expect(
      poolCapacity(pool('a', ['10.0.0.0/24', '10.0.0.128/25', '10.0.0.250-10.0.1.9'])).ipv4,
    ).toBe(266n);
  });

  it('counts nothing for invalid entries (validation reports them)', () => {
    expect(poolCapacity(pool('a', ['10.0.0.0/24', 'nonsense', '::1-10.0.0.1']))).toEqual({
      ipv4: 256n,
      ipv6: 0n,
    });
    expect(poolCapacity({ metadata: { name: 'empty' } })).toEqual({ ipv4: 0n, ipv6: 0n });
  });

  it('matches a per-address count on any small IPv4 range (10,000 runs)', () => {
    const base = 0x0a000000;
    fc.assert(
      fc.property(fc.nat(4095), fc.nat(600), fc.boolean(), (offset, length, avoid) => {
        const first = BigInt(base + offset);
        const last = first + BigInt(length);
        let expected = 0n;
        for (let ip = first; ip <= last; ip++) {
          const octet = ip % 256n;
          if (!avoid || (octet !== 0n && octet !== 255n)) expected++;
        }
        return usableAddressCount({ family: 4, first, last }, avoid) === expected;
      }),
      { numRuns: 10000 },
    );
  });

  it('gives every CIDR exactly 2^(bits-prefix) addresses (10,000 runs)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 128 }), (prefix) => {
        const block = parseAddressBlock(`2001:db8::/${prefix}`);
        return usableAddressCount(block, true) === 2n ** BigInt(128 - prefix);
      }),
      { numRuns: 10000 },
    );
  });
});
