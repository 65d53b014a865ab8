// A label selector written the way kubectl writes one (`app=web,tier in (a,b),!gpu`), for lists and
// previews. The words around it ("all nodes", "any of") are the view's, translated there.
import type { LabelSelector, LabelSelectorRequirement } from './types';

const requirementText = ({ key, operator, values = [] }: LabelSelectorRequirement): string => {
  switch (operator) {
    case 'In':
      return `${key} in (${values.join(',')})`;
    case 'NotIn':
      return `${key} notin (${values.join(',')})`;
    case 'Exists':
      return key;
    case 'DoesNotExist':
      return `!${key}`;
    default:
      return `${key} ${operator} (${values.join(',')})`;
  }
};

/** `app=web,tier in (a,b)`; the empty selector (which matches everything) is the empty string. */
export const labelSelectorText = (selector: LabelSelector): string =>
  [
    ...Object.entries(selector.matchLabels ?? {}).map(([key, value]) => `${key}=${value}`),
    ...(selector.matchExpressions ?? []).map(requirementText),
  ].join(',');

/**
 * Reads `app=web,tier in (a,b),!gpu,zone!=x,ssd` back into a selector (matchLabels for `=`/`==`,
 * expressions for the rest), or an error naming the part that could not be read.
 */
export const parseLabelSelectorText = (
  text: string,
): { selector: LabelSelector } | { error: string } => {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const c of text) {
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (c === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  const matchLabels: Record<string, string> = {};
  const matchExpressions: LabelSelectorRequirement[] = [];
  for (const raw of parts.map((p) => p.trim())) {
    if (raw === '') continue;
    let m = /^([^\s=!(),]+)\s+(in|notin)\s+\(([^()]*)\)$/.exec(raw);
    if (m) {
      const values = m[3]
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean);
      matchExpressions.push({ key: m[1], operator: m[2] === 'in' ? 'In' : 'NotIn', values });
      continue;
    }
    m = /^([^\s=!(),]+)\s*!=\s*([^\s=!(),]*)$/.exec(raw);
    if (m) {
      matchExpressions.push({ key: m[1], operator: 'NotIn', values: [m[2]] });
      continue;
    }
    m = /^([^\s=!(),]+)\s*==?\s*([^\s=!(),]*)$/.exec(raw);
    if (m) {
      matchLabels[m[1]] = m[2];
      continue;
    }
    m = /^!\s*([^\s=!(),]+)$/.exec(raw);
    if (m) {
      matchExpressions.push({ key: m[1], operator: 'DoesNotExist' });
      continue;
    }
    m = /^([^\s=!(),]+)$/.exec(raw);
    if (m) {
      matchExpressions.push({ key: m[1], operator: 'Exists' });
      continue;
    }
    return { error: raw };
  }
  return {
    selector: {
      ...(Object.keys(matchLabels).length > 0 ? { matchLabels } : {}),
      ...(matchExpressions.length > 0 ? { matchExpressions } : {}),
    },
  };
};
