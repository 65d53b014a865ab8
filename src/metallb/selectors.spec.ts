import {
  goQuoteLabelSelector,
  goQuoteRequirement,
  labelSelectorMatches,
  labelSelectorProblem,
} from './selectors';

describe('labelSelectorMatches', () => {
  const labels = { app: 'web', zone: 'a' };
  it.each([
    [{}, true],
    [{ matchLabels: { app: 'web' } }, true],
    [{ matchLabels: { app: 'db' } }, false],
    [{ matchExpressions: [{ key: 'zone', operator: 'In', values: ['a', 'b'] }] }, true],
    [{ matchExpressions: [{ key: 'zone', operator: 'NotIn', values: ['a'] }] }, false],
    [{ matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['x'] }] }, true],
    [{ matchExpressions: [{ key: 'app', operator: 'Exists' }] }, true],
    [{ matchExpressions: [{ key: 'tier', operator: 'Exists' }] }, false],
    [{ matchExpressions: [{ key: 'tier', operator: 'DoesNotExist' }] }, true],
    [{ matchExpressions: [{ key: 'app', operator: 'DoesNotExist' }] }, false],
    [
      {
        matchLabels: { app: 'web' },
        matchExpressions: [{ key: 'zone', operator: 'In', values: ['b'] }],
      },
      false,
    ],
    [{ matchExpressions: [{ key: 'zone', operator: 'In', values: [] }] }, false],
    [{ matchExpressions: [{ key: 'zone', operator: 'Equals', values: ['a'] }] }, false],
  ])('%j -> %s', (selector, expected) => {
    expect(labelSelectorMatches(selector, labels)).toBe(expected);
  });

  it('explains invalid selectors', () => {
    expect(labelSelectorProblem({ matchExpressions: [{ key: 'a', operator: 'Equals' }] })).toBe(
      '"Equals" is not a valid label selector operator',
    );
  });
});

describe('Go %q of selectors (recorded from fmt with the same struct shapes)', () => {
  it('prints a LabelSelector value with sorted labels and sorted values', () => {
    expect(
      goQuoteLabelSelector({
        matchLabels: { zone: 'a', app: 'web"x' },
        matchExpressions: [
          { key: 'tier', operator: 'In', values: ['b', 'a'] },
          { key: 'x', operator: 'Exists' },
        ],
      }),
    ).toBe('{map["app":"web\\"x" "zone":"a"] [{"tier" "In" ["a" "b"]} {"x" "Exists" []}]}');
    expect(goQuoteLabelSelector({})).toBe('{map[] []}');
    expect(goQuoteRequirement({ key: 'k', operator: 'In', values: ['v'] })).toBe(
      '{"k" "In" ["v"]}',
    );
  });
});
