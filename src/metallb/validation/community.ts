// Community aliases as MetalLB checks them: each value must parse, each alias name is unique
// across all Community objects.
import { readCommunity } from '../bgp-community';
import { goQuote } from '../go-format';
import type { Community } from '../types';
import type { ValidationIssue } from './issues';

export const validateCommunity = (
  community: Community,
  otherCommunities: Community[] = [],
): ValidationIssue[] => {
  const issues: ValidationIssue[] = [];
  const self = community.metadata?.name;
  const elsewhere = new Set(
    otherCommunities
      .filter((other) => other.metadata?.name !== self)
      .flatMap((other) => (other.spec?.communities ?? []).map((alias) => alias.name ?? '')),
  );
  const aliases = community.spec?.communities ?? [];
  aliases.forEach((alias, i) => {
    const name = alias.name ?? '';
    const reading = readCommunity(alias.value ?? '');
    if (reading.kind === 'invalid-value' || reading.kind === 'not-a-value') {
      const params = { name: goQuote(name), detail: reading.error };
      const message = `parsing community ${params.name}: ${reading.error}`;
      issues.push({
        path: `spec.communities[${i}].value`,
        code: 'community.valueInvalid',
        params,
        message,
        webhookMessage: message,
      });
    }
    if (elsewhere.has(name) || aliases.findIndex((other) => (other.name ?? '') === name) < i) {
      const params = { name: goQuote(name) };
      const message = `duplicate definition of community ${params.name}`;
      issues.push({
        path: `spec.communities[${i}].name`,
        code: 'community.duplicateName',
        params,
        message,
        webhookMessage: message,
      });
    }
  });
  return issues;
};
