// What validation returns: one issue per problem, placed on the field a form shows it beside.
import { goQuote } from '../go-format';
import {
  goQuoteLabelSelector,
  goQuoteRequirement,
  labelSelectorIdentity,
  labelSelectorProblem,
  requirementIdentity,
} from '../selectors';
import type { LabelSelector } from '../types';

export interface ValidationIssue {
  /** The field, as a path into the object: "spec.addresses[2]", "metadata.name". */
  path: string;
  /** MetalLB's words where MetalLB refuses the same thing; ours where MetalLB says nothing. */
  message: string;
  /**
   * The text after "denied the request: " when the MetalLB webhook refuses this, where it differs
   * from `message` (MetalLB wraps some messages); absent for rules MetalLB's webhook does not have.
   */
  webhookMessage?: string;
}

/** MetalLB's validateDuplicate: every repeat after the first is an issue. */
export const duplicateIssues = (
  values: string[] | undefined,
  path: string,
  what: string,
): ValidationIssue[] => {
  const issues: ValidationIssue[] = [];
  (values ?? []).forEach((value, i) => {
    if ((values ?? []).indexOf(value) < i) {
      const message = `duplicate definition of ${what} ${goQuote(value)}`;
      issues.push({ path: `${path}[${i}]`, message, webhookMessage: message });
    }
  });
  return issues;
};

/**
 * MetalLB's validateLabelSelectorDuplicate on a list of selectors (values sorted before comparing,
 * as it does), plus selectors Kubernetes cannot parse.
 */
export const selectorListIssues = (
  selectors: LabelSelector[] | undefined,
  path: string,
  what: string,
): ValidationIssue[] => {
  const issues: ValidationIssue[] = [];
  const list = selectors ?? [];
  list.forEach((selector, i) => {
    const expressions = selector.matchExpressions ?? [];
    expressions.forEach((expression, e) => {
      issues.push(
        ...duplicateIssues(
          expression.values,
          `${path}[${i}].matchExpressions[${e}].values`,
          'match expression value in label selector',
        ),
      );
      if (
        expressions.findIndex(
          (other) => requirementIdentity(other) === requirementIdentity(expression),
        ) < e
      ) {
        const message = `duplicate definition of match expressions ${goQuoteRequirement(expression)}`;
        issues.push({
          path: `${path}[${i}].matchExpressions[${e}]`,
          message,
          webhookMessage: message,
        });
      }
    });
    const problem = labelSelectorProblem(selector);
    if (problem)
      issues.push({ path: `${path}[${i}]`, message: `invalid label selector: ${problem}` });
    const first = list.findIndex(
      (other) => labelSelectorIdentity(other) === labelSelectorIdentity(selector),
    );
    if (first < i) {
      const message = `duplicate definition of ${what} ${goQuoteLabelSelector(list[first])}`;
      issues.push({ path: `${path}[${i}]`, message, webhookMessage: message });
    }
  });
  return issues;
};

/** Wraps webhook messages the way MetalLB's caller does (e.g. "parsing address pool web: ..."). */
/** The selector lists L2 and BGP advertisements share, checked in MetalLB's order. */
export const advertisementSelectorIssues = (spec: {
  ipAddressPoolSelectors?: LabelSelector[];
  nodeSelectors?: LabelSelector[];
  serviceSelectors?: LabelSelector[];
}): ValidationIssue[] => [
  ...selectorListIssues(
    spec.ipAddressPoolSelectors,
    'spec.ipAddressPoolSelectors',
    'ipAddressPoolSelectors',
  ),
  ...selectorListIssues(spec.nodeSelectors, 'spec.nodeSelectors', 'nodeSelectors'),
  ...selectorListIssues(spec.serviceSelectors, 'spec.serviceSelectors', 'serviceSelectors'),
];

export const wrapWebhook = (issues: ValidationIssue[], prefix: string): ValidationIssue[] =>
  issues.map((issue) =>
    issue.webhookMessage === undefined
      ? issue
      : { ...issue, webhookMessage: `${prefix}${issue.webhookMessage}` },
  );
