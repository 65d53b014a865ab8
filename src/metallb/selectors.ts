// Kubernetes label selectors: matching (as labels.Selector does), and the two Go renderings MetalLB
// uses on them: equality for its duplicate checks, and `%q` of the struct in its messages.
import { goQuote } from './go-format';
import type { LabelSelector, LabelSelectorRequirement } from './types';

/** Why LabelSelectorAsSelector would refuse this selector, or undefined when it is valid. */
export const labelSelectorProblem = (selector: LabelSelector): string | undefined => {
  for (const { key, operator, values = [] } of selector.matchExpressions ?? []) {
    switch (operator) {
      case 'In':
      case 'NotIn':
        if (values.length === 0) return `values for "${key}" ${operator} cannot be empty`;
        break;
      case 'Exists':
      case 'DoesNotExist':
        if (values.length > 0) return `values for "${key}" ${operator} must be empty`;
        break;
      default:
        return `"${operator}" is not a valid label selector operator`;
    }
  }
  return undefined;
};

/** Does the selector select these labels? An empty selector selects everything; an invalid one nothing. */
export const labelSelectorMatches = (
  selector: LabelSelector,
  labels: Record<string, string> | undefined = {},
): boolean => {
  if (labelSelectorProblem(selector) !== undefined) return false;
  const has = (key: string) => Object.prototype.hasOwnProperty.call(labels, key);
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) {
    if (!has(key) || labels[key] !== value) return false;
  }
  return (selector.matchExpressions ?? []).every(({ key, operator, values = [] }) => {
    switch (operator) {
      case 'In':
        return has(key) && values.includes(labels[key]);
      case 'NotIn':
        return !has(key) || !values.includes(labels[key]);
      case 'Exists':
        return has(key);
      default:
        return !has(key); // DoesNotExist
    }
  });
};

const sortedValues = (r: LabelSelectorRequirement): string[] => [...(r.values ?? [])].sort();

/** Equal for selectors MetalLB counts as duplicates (same labels, same expressions in order, values sorted). */
export const labelSelectorIdentity = (selector: LabelSelector): string =>
  JSON.stringify([
    Object.entries(selector.matchLabels ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    (selector.matchExpressions ?? []).map(requirementIdentity),
  ]);

export const requirementIdentity = (r: LabelSelectorRequirement): string =>
  JSON.stringify([r.key, r.operator, sortedValues(r)]);

/** Go's `%q` of a LabelSelectorRequirement value: {"key" "In" ["a" "b"]} (values sorted, as MetalLB sorts first). */
export const goQuoteRequirement = (r: LabelSelectorRequirement): string =>
  `{${goQuote(r.key ?? '')} ${goQuote(r.operator ?? '')} [${sortedValues(r).map(goQuote).join(' ')}]}`;

/** Go's `%q` of a LabelSelector value: {map["app":"web"] [{"tier" "In" ["a"]}]}. */
export const goQuoteLabelSelector = (selector: LabelSelector): string => {
  const labels = Object.entries(selector.matchLabels ?? {})
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${goQuote(k)}:${goQuote(v)}`)
    .join(' ');
  const expressions = (selector.matchExpressions ?? []).map(goQuoteRequirement).join(' ');
  return `{map[${labels}] [${expressions}]}`;
};
