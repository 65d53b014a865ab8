import fc from 'fast-check';
import { IPv4PairSet, IPv6PairSet } from './pair-sets';

// Against a Set of strings, through growth and through many clear() generations, with pool counts
// changing between generations (which renumbers the tags).
describe('IPv4PairSet and IPv6PairSet', () => {
  const word = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.integer());
  const pair = fc.tuple(fc.nat(6), word, word, word, word);
  const generation = fc.record({
    pools: fc.integer({ min: 7, max: 40 }),
    pairs: fc.array(pair, { maxLength: 3000 }),
  });

  it('tells a new (pool, IP) pair from one already seen, in every generation', () => {
    const v4 = new IPv4PairSet();
    const v6 = new IPv6PairSet();
    fc.assert(
      fc.property(fc.array(generation, { minLength: 1, maxLength: 4 }), (generations) =>
        generations.every(({ pools, pairs }) => {
          v4.clear(pools);
          v6.clear(pools);
          const seen4 = new Set<string>();
          const seen6 = new Set<string>();
          return pairs.every(([pool, w0, w1, w2, w3]) => {
            const key4 = `${pool},${w3 | 0}`;
            const key6 = `${pool},${w0 | 0},${w1 | 0},${w2 | 0},${w3 | 0}`;
            const new4 = !seen4.has(key4);
            const new6 = !seen6.has(key6);
            seen4.add(key4);
            seen6.add(key6);
            return v4.add(pool, w3) === new4 && v6.add(pool, w0, w1, w2, w3) === new6;
          });
        }),
      ),
      { numRuns: 300 },
    );
  });

  it('starts over cleanly when its generations run out', () => {
    const set = new IPv4PairSet();
    // 2^31 / 2^20 generations of a million pools: the table is zeroed and reused, never aliased
    for (let g = 0; g < 2100; g++) {
      set.clear(1 << 19);
      expect(set.add(g % 3, 42)).toBe(true);
      expect(set.add(g % 3, 42)).toBe(false);
    }
  });
});
