import { labelSelectorText, parseLabelSelectorText } from './selector-text';
import type { LabelSelector } from './types';

describe('labelSelectorText', () => {
  it('writes a selector as kubectl does', () => {
    expect(
      labelSelectorText({
        matchLabels: { app: 'web', zone: 'a' },
        matchExpressions: [
          { key: 'tier', operator: 'In', values: ['a', 'b'] },
          { key: 'env', operator: 'NotIn', values: ['dev'] },
          { key: 'ssd', operator: 'Exists' },
          { key: 'gpu', operator: 'DoesNotExist' },
        ],
      }),
    ).toBe('app=web,zone=a,tier in (a,b),env notin (dev),ssd,!gpu');
    expect(labelSelectorText({})).toBe('');
  });
});

describe('parseLabelSelectorText', () => {
  it('reads back what labelSelectorText writes', () => {
    const selector: LabelSelector = {
      matchLabels: { app: 'web' },
      matchExpressions: [
        { key: 'tier', operator: 'In', values: ['a', 'b'] },
        { key: 'env', operator: 'NotIn', values: ['dev'] },
        { key: 'ssd', operator: 'Exists' },
        { key: 'gpu', operator: 'DoesNotExist' },
      ],
    };
    expect(parseLabelSelectorText(labelSelectorText(selector))).toEqual({ selector });
  });

  it('accepts spaces, == and != as kubectl does', () => {
    expect(parseLabelSelectorText(' app == web , zone != b ')).toEqual({
      selector: {
        matchLabels: { app: 'web' },
        matchExpressions: [{ key: 'zone', operator: 'NotIn', values: ['b'] }],
      },
    });
    expect(parseLabelSelectorText('')).toEqual({ selector: {} });
  });

  it('names the part it cannot read', () => {
    expect(parseLabelSelectorText('app=web,tier in a')).toEqual({ error: 'tier in a' });
  });
});
