import fc from 'fast-check';
import { parseAddressBlock } from './blocks';
import { findPoolOverlaps, formatPoolOverlap } from './overlaps';
import { pool } from './test-factories';

describe('findPoolOverlaps', () => {
  it('finds nothing for disjoint and merely adjacent pools', () => {
    expect(
      findPoolOverlaps([pool('a', ['10.0.0.0/25']), pool('b', ['10.0.0.128/25', '2001:db8::/64'])]),
    ).toEqual([]);
  });

  it("reports an overlap across pools in MetalLB's words, blaming the later pool", () => {
    const overlaps = findPoolOverlaps([
      pool('web', ['192.168.123.0/24']),
      pool('db', ['192.168.123.200/29']),
    ]);
    expect(overlaps).toEqual([
      {
        pool: 'db',
        block: '192.168.123.200/29',
        address: '192.168.123.200/29',
        addressIndex: 0,
        otherPool: 'web',
        otherBlock: '192.168.123.0/24',
        otherAddress: '192.168.123.0/24',
        otherAddressIndex: 0,
      },
    ]);
    expect(formatPoolOverlap(overlaps[0])).toBe(
      'CIDR "192.168.123.200/29" in pool "db" overlaps with already defined CIDR "192.168.123.0/24"',
    );
  });

  it('reports an overlap inside one pool, including an exact duplicate', () => {
    const overlaps = findPoolOverlaps([pool('web', ['10.0.0.0/24', '10.0.1.0/24', '10.0.0.0/24'])]);
    expect(overlaps.map(formatPoolOverlap)).toEqual([
      'CIDR "10.0.0.0/24" in pool "web" overlaps with already defined CIDR "10.0.0.0/24"',
    ]);
    expect(overlaps[0]).toMatchObject({ addressIndex: 2, otherAddressIndex: 0 });
  });

  it('compares ranges after summarizing them into CIDRs, one finding per CIDR pair', () => {
    const overlaps = findPoolOverlaps([
      pool('a', ['10.0.0.4-10.0.0.9']),
      pool('b', ['10.0.0.8/29']),
    ]);
    expect(overlaps.map(formatPoolOverlap)).toEqual([
      'CIDR "10.0.0.8/29" in pool "b" overlaps with already defined CIDR "10.0.0.8/31"',
    ]);
  });

  it('lists findings in the order the webhook meets them, so the first is its error', () => {
    const pools = [
      pool('a', ['10.0.0.0/16']),
      pool('b', ['10.0.5.0/24', '10.0.0.0/24']),
      pool('c', ['10.0.0.0/8']),
    ];
    expect(
      findPoolOverlaps(pools).map((o) => `${o.pool}:${o.block}<${o.otherPool}:${o.otherBlock}`),
    ).toEqual([
      'b:10.0.5.0/24<a:10.0.0.0/16',
      'b:10.0.0.0/24<a:10.0.0.0/16',
      'c:10.0.0.0/8<a:10.0.0.0/16',
      'c:10.0.0.0/8<b:10.0.5.0/24',
      'c:10.0.0.0/8<b:10.0.0.0/24',
    ]);
  });

  it('never mixes families, even where IPv6 text names IPv4-mapped space', () => {
    expect(findPoolOverlaps([pool('a', ['10.0.0.0/8']), pool('b', ['::/0'])])).toEqual([]);
    expect(
      findPoolOverlaps([pool('a', ['10.0.0.0/8']), pool('b', ['::ffff:10.1.0.0/112'])]),
    ).toHaveLength(1);
  });

  it('skips invalid entries', () => {
    expect(findPoolOverlaps([pool('a', ['10.0.0.0/8', 'bogus']), pool('b', ['bogus'])])).toEqual(
      [],
    );
  });

  it('finds exactly the entry pairs that share an address (per-address model, 10,000 runs)', () => {
    // Small IPv4 blocks inside 10.0.0.0/26 so that the model can list every address.
    const entry = fc.oneof(
      fc
        .tuple(fc.nat(63), fc.integer({ min: 26, max: 32 }))
        .map(([host, prefix]) => `10.0.0.${host}/${prefix}`),
      fc
        .tuple(fc.nat(63), fc.nat(63))
        .map(([a, b]) => `10.0.0.${Math.min(a, b)}-10.0.0.${Math.max(a, b)}`),
    );
    const pools = fc.array(fc.array(entry, { minLength: 1, maxLength: 3 }), {
      minLength: 1,
      maxLength: 3,
    });
    fc.assert(
      fc.property(pools, (entriesPerPool) => {
        const objects = entriesPerPool.map((entries, i) => pool(`p${i}`, entries));
        const flat = entriesPerPool.flatMap((entries, p) =>
          entries.map((text, i) => ({ key: `p${p}#${i}`, text })),
        );
        const expected = new Set<string>();
        flat.forEach((a, i) =>
          flat.slice(i + 1).forEach((b) => {
            const x = parseAddressBlock(a.text);
            const y = parseAddressBlock(b.text);
            if (x.first <= y.last && y.first <= x.last) expected.add(`${b.key}<${a.key}`);
          }),
        );
        const found = new Set(
          findPoolOverlaps(objects).map(
            (o) => `${o.pool}#${o.addressIndex}<${o.otherPool}#${o.otherAddressIndex}`,
          ),
        );
        return found.size === expected.size && [...found].every((k) => expected.has(k));
      }),
      { numRuns: 10000 },
    );
  });
});
