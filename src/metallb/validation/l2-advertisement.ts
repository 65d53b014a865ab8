// L2Advertisement: MetalLB only refuses duplicates inside its lists (and unparsable selectors).
import type { L2Advertisement } from '../types';
import type { ValidationIssue } from './issues';
import { advertisementSelectorIssues, duplicateIssues } from './issues';

export const validateL2Advertisement = (advertisement: L2Advertisement): ValidationIssue[] => {
  const spec = advertisement.spec ?? {};
  return [
    ...duplicateIssues(spec.ipAddressPools, 'spec.ipAddressPools', 'ipAddressPools'),
    ...advertisementSelectorIssues(spec),
  ];
};
