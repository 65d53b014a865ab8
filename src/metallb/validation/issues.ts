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

/**
 * What went wrong, as a stable code the views translate (English and Korean) with `params`. The
 * English translation of every code, filled with its params, is `message` (a unit test pins it).
 */
export type IssueCode =
  | 'namespace.wrong'
  | 'pool.nameMissing'
  | 'pool.duplicateName'
  | 'pool.noAddresses'
  | 'pool.invalidCidr'
  | 'pool.rangeInvalidStart'
  | 'pool.rangeInvalidEnd'
  | 'pool.rangeStartAfterEnd'
  | 'pool.rangeMixedFamily'
  | 'pool.overlap'
  | 'pool.duplicateNamespace'
  | 'duplicate.value'
  | 'duplicate.selector'
  | 'duplicate.expression'
  | 'duplicate.expressionValue'
  | 'selector.invalid'
  | 'bgpAdv.selectorsWithAggregation'
  | 'bgpAdv.aggregationTooLong'
  | 'bgpAdv.aggregationTooShort'
  | 'bgpAdv.aggregationMoreSpecific'
  | 'bgpAdv.communityInvalid'
  | 'bgpAdv.communityUnknown'
  | 'bgpAdv.localPrefClash'
  | 'peer.myASNMissing'
  | 'peer.peerASNMissing'
  | 'peer.bothASNs'
  | 'peer.dynamicASNInvalid'
  | 'peer.multihopIBGP'
  | 'peer.noAddress'
  | 'peer.addressAndInterface'
  | 'peer.durationInvalid'
  | 'peer.holdTimeInvalid'
  | 'peer.keepaliveAboveHold'
  | 'peer.connectTimeRange'
  | 'peer.connectTimeWhole'
  | 'peer.addressInvalid'
  | 'peer.routerIDInvalid'
  | 'peer.sourceAddressInvalid'
  | 'peer.passwordAndSecret'
  | 'peer.bfdProfileMissing'
  | 'bfd.nameMissing'
  | 'bfd.outOfRange'
  | 'community.valueInvalid'
  | 'community.duplicateName';

/** Values a code's sentence names; strings already quoted as MetalLB quotes them. */
export type IssueParams = Record<string, string | number>;

export interface ValidationIssue {
  /** The field, as a path into the object: "spec.addresses[2]", "metadata.name". */
  path: string;
  code: IssueCode;
  params: IssueParams;
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
      const params = { what, value: goQuote(value) };
      const message = `duplicate definition of ${what} ${params.value}`;
      issues.push({
        path: `${path}[${i}]`,
        code: 'duplicate.value',
        params,
        message,
        webhookMessage: message,
      });
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
        ).map((issue) => ({ ...issue, code: 'duplicate.expressionValue' as const })),
      );
      if (
        expressions.findIndex(
          (other) => requirementIdentity(other) === requirementIdentity(expression),
        ) < e
      ) {
        const expressionText = goQuoteRequirement(expression);
        const message = `duplicate definition of match expressions ${expressionText}`;
        issues.push({
          path: `${path}[${i}].matchExpressions[${e}]`,
          code: 'duplicate.expression',
          params: { expression: expressionText },
          message,
          webhookMessage: message,
        });
      }
    });
    const problem = labelSelectorProblem(selector);
    if (problem)
      issues.push({
        path: `${path}[${i}]`,
        code: 'selector.invalid',
        params: { problem },
        message: `invalid label selector: ${problem}`,
      });
    const first = list.findIndex(
      (other) => labelSelectorIdentity(other) === labelSelectorIdentity(selector),
    );
    if (first < i) {
      const params = { what, selector: goQuoteLabelSelector(list[first]) };
      const message = `duplicate definition of ${what} ${params.selector}`;
      issues.push({
        path: `${path}[${i}]`,
        code: 'duplicate.selector',
        params,
        message,
        webhookMessage: message,
      });
    }
  });
  return issues;
};

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

/** Wraps webhook messages the way MetalLB's caller does (e.g. "parsing address pool web: ..."). */
export const wrapWebhook = (issues: ValidationIssue[], prefix: string): ValidationIssue[] =>
  issues.map((issue) =>
    issue.webhookMessage === undefined
      ? issue
      : { ...issue, webhookMessage: `${prefix}${issue.webhookMessage}` },
  );
