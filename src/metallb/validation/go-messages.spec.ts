import scenarios from '../testdata/config-scenarios.json';
import goMessages from '../testdata/config-messages.json';
import type {
  BFDProfile,
  BGPAdvertisement,
  BGPPeer,
  Community,
  IPAddressPool,
  L2Advertisement,
} from '../types';
import type { ValidationIssue } from './issues';
import { validateBFDProfile } from './bfd-profile';
import { validateBGPAdvertisement } from './bgp-advertisement';
import { validateBGPPeer } from './bgp-peer';
import { validateCommunity } from './community';
import { validateL2Advertisement } from './l2-advertisement';
import { validateIPAddressPool } from './pool';

interface Scenario {
  ipaddresspools?: IPAddressPool[];
  l2advertisements?: L2Advertisement[];
  bgpadvertisements?: BGPAdvertisement[];
  bgppeers?: BGPPeer[];
  bfdprofiles?: BFDProfile[];
  communities?: Community[];
  nodes?: Array<{ metadata?: { name?: string; labels?: Record<string, string> } }>;
}

/** Every webhook message our validators produce for all objects of a scenario. */
const ourWebhookMessages = (s: Scenario): string[] => {
  const pools = s.ipaddresspools ?? [];
  const bgp = s.bgpadvertisements ?? [];
  const issues: ValidationIssue[] = [
    ...pools.flatMap((pool) => validateIPAddressPool(pool, pools)),
    ...(s.l2advertisements ?? []).flatMap((adv) => validateL2Advertisement(adv)),
    ...bgp.flatMap((adv) =>
      validateBGPAdvertisement(adv, {
        pools,
        otherAdvertisements: bgp.filter((o) => o !== adv),
        nodes: s.nodes,
      }),
    ),
    ...(s.bgppeers ?? []).flatMap((peer) => validateBGPPeer(peer)),
    ...(s.communities ?? []).flatMap((c) => validateCommunity(c, s.communities)),
  ];
  const bfd = (s.bfdprofiles ?? []).flatMap((profile, i) =>
    validateBFDProfile(profile).map((issue) => `parsing bfd profile #${i + 1}: ${issue.message}`),
  );
  return [
    ...issues.flatMap((issue) => (issue.webhookMessage ? [issue.webhookMessage] : [])),
    ...bfd,
  ];
};

describe('the same words as MetalLB: messages recorded from its config.For (testdata/go-oracle/config-messages)', () => {
  it.each(Object.entries(goMessages))('%s', (name, message) => {
    expect(ourWebhookMessages((scenarios as Record<string, Scenario>)[name])).toContain(message);
  });
});
