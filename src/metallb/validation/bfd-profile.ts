// BFDProfile ranges as MetalLB's bfdProfileFromCR checks them (the CRD schema holds the same bounds).
import type { BFDProfile } from '../types';
import type { ValidationIssue } from './issues';

type BFDField =
  'detectMultiplier' | 'receiveInterval' | 'transmitInterval' | 'minimumTtl' | 'echoInterval';

// In MetalLB's order, with the words it joins to the range error.
const RANGES: Array<[BFDField, number, number, string]> = [
  ['detectMultiplier', 2, 255, 'invalid detect multiplier value'],
  ['receiveInterval', 10, 60000, 'invalid receive interval value'],
  ['transmitInterval', 10, 60000, 'invalid transmit interval value'],
  ['minimumTtl', 1, 254, 'invalid minimum ttl value'],
  ['echoInterval', 10, 60000, 'invalid echo interval value'],
];

export const validateBFDProfile = (profile: BFDProfile): ValidationIssue[] => {
  const issues: ValidationIssue[] = [];
  if (!profile.metadata?.name)
    issues.push({
      path: 'metadata.name',
      code: 'bfd.nameMissing',
      params: {},
      message: 'missing bfd profile name',
    });
  for (const [field, min, max, what] of RANGES) {
    const value = profile.spec?.[field];
    if (value === undefined || (value >= min && value <= max)) continue;
    // errors.Join: the two messages on two lines, as the webhook returns them
    const message = `invalid value ${value}, must be in ${min}-${max} range\n${what}`;
    // the webhook prefixes "parsing bfd profile #<n>: "
    issues.push({
      path: `spec.${field}`,
      code: 'bfd.outOfRange',
      params: { value, min, max, what },
      message,
    });
  }
  return issues;
};
