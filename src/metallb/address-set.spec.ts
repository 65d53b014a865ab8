import fc from 'fast-check';
import { AddressSet } from './address-set';

describe('AddressSet', () => {
  it('tells a new (pool, IP) pair from one already seen, through growth (as a Set of strings does)', () => {
    const pair = fc.tuple(
      fc.nat(5),
      fc.constantFrom(4, 6),
      fc.nat(3),
      fc.integer(),
      fc.nat(3),
      fc.integer({ min: -4, max: 4 }),
    );
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 200 }), (pairs) => {
        const set = new AddressSet(1);
        const oracle = new Set<string>();
        return pairs.every(([pool, family, w0, w1, w2, w3]) => {
          const key = (family === 4 ? [pool, 4, w3] : [pool, 6, w0, w1, w2, w3]).join(','); // IPv4 is w3 alone
          const isNew = !oracle.has(key);
          oracle.add(key);
          return set.add(pool, family, w0, w1, w2, w3) === isNew;
        });
      }),
      { numRuns: 2000 },
    );
  });
});
