import { renderHook } from '@testing-library/react-hooks';
import scenarios from '../../metallb/testdata/config-scenarios.json';
import {
  validateBFDProfile,
  validateBGPAdvertisement,
  validateBGPPeer,
  validateCommunity,
  validateIPAddressPool,
  validateL2Advertisement,
  type ValidationIssue,
} from '../../metallb';
import { bgpPeer, pool } from '../../metallb/test-factories';
import { useIssueText } from './useIssueText';

type Scenario = Record<string, Array<Record<string, unknown>>>;

/** Every issue the validators find in the recorded MetalLB scenarios, plus a few they lack. */
const allIssues = (): ValidationIssue[] => {
  const issues: ValidationIssue[] = [];
  for (const s of Object.values(scenarios as unknown as Record<string, Scenario>)) {
    const pools = (s.ipaddresspools ?? []) as never[];
    issues.push(...pools.flatMap((p) => validateIPAddressPool(p, pools)));
    issues.push(...(s.l2advertisements ?? []).flatMap((a) => validateL2Advertisement(a as never)));
    const bgp = (s.bgpadvertisements ?? []) as never[];
    issues.push(
      ...bgp.flatMap((a) => validateBGPAdvertisement(a, { pools, otherAdvertisements: bgp })),
    );
    issues.push(...(s.bgppeers ?? []).flatMap((p) => validateBGPPeer(p as never)));
    issues.push(...(s.bfdprofiles ?? []).flatMap((p) => validateBFDProfile(p as never)));
    const communities = (s.communities ?? []) as never[];
    issues.push(...communities.flatMap((c) => validateCommunity(c, communities)));
  }
  issues.push(
    ...validateIPAddressPool(pool('web', ['::1-10.0.0.1', 'x-10.0.0.1', '10.0.0.1-y']), [], {
      namespace: 'other',
    }),
    ...validateBGPPeer(bgpPeer('p', { holdTime: 'soon', connectTime: '0s' })),
  );
  return issues;
};

describe('useIssueText', () => {
  it("words every issue in English exactly as MetalLB's message says it", () => {
    const { result } = renderHook(() => useIssueText());
    const issues = allIssues();
    const codes = new Set(issues.map((i) => i.code));
    expect(codes.size).toBeGreaterThan(25);
    for (const issue of issues)
      expect([issue.code, result.current(issue)]).toEqual([issue.code, issue.message]);
  });
});
