// BGPAdvertisement as MetalLB's bgpAdvertisementFromCR and validateBGPAdvPerPool check it.
import { readCommunity } from '../bgp-community';
import { entryCidrs, readAddressEntry } from '../blocks';
import { goQuote, goQuoteInt } from '../go-format';
import { poolsCoveredBy } from '../pool-selection';
import { labelSelectorMatches } from '../selectors';
import type { BGPAdvertisement, Community, IPAddressPool, LabelSelector } from '../types';
import type { IssueCode, IssueParams, ValidationIssue } from './issues';
import { advertisementSelectorIssues, duplicateIssues } from './issues';

export interface BGPAdvertisementContext {
  /** Pools, to check aggregation lengths against their prefixes and find shared pools. */
  pools?: IPAddressPool[];
  /** Community objects, whose aliases the advertisement may name. */
  communities?: Community[];
  /** The other BGPAdvertisements, to find local preference conflicts. */
  otherAdvertisements?: BGPAdvertisement[];
  /** Node labels; without them, two advertisements without nodeSelectors are taken to share nodes. */
  nodes?: Array<{ metadata?: { name?: string; labels?: Record<string, string> } }>;
}

const aggregation = (adv: BGPAdvertisement) => ({
  v4: adv.spec?.aggregationLength ?? 32,
  v6: adv.spec?.aggregationLengthV6 ?? 128,
});

const fieldIssues = (
  adv: BGPAdvertisement,
  context: BGPAdvertisementContext,
): ValidationIssue[] => {
  const spec = adv.spec ?? {};
  const name = adv.metadata?.name ?? '';
  const issues: ValidationIssue[] = [
    ...duplicateIssues(spec.ipAddressPools, 'spec.ipAddressPools', 'ipAddressPools'),
    ...duplicateIssues(spec.communities, 'spec.communities', 'community'),
    ...duplicateIssues(spec.peers, 'spec.peers', 'peers'),
    ...advertisementSelectorIssues(spec),
  ];
  const push = (
    path: string,
    code: IssueCode,
    params: IssueParams,
    message: string,
    webhook = true,
  ) =>
    issues.push({ path, code, params, message, ...(webhook ? { webhookMessage: message } : {}) });
  if ((spec.serviceSelectors ?? []).length > 0) {
    if (spec.aggregationLength !== undefined && spec.aggregationLength !== 32) {
      push(
        'spec.aggregationLength',
        'bgpAdv.selectorsWithAggregation',
        { field: 'aggregationLength', name },
        `serviceSelectors and aggregationLength are mutually exclusive, both cannot be set in ${name}`,
      );
    }
    if (spec.aggregationLengthV6 !== undefined && spec.aggregationLengthV6 !== 128) {
      push(
        'spec.aggregationLengthV6',
        'bgpAdv.selectorsWithAggregation',
        { field: 'aggregationLengthV6', name },
        `serviceSelectors and aggregationLengthV6 are mutually exclusive, both cannot be set in ${name}`,
      );
    }
  }
  const { v4, v6 } = aggregation(adv);
  // MetalLB prints these with %q, which Go renders as a character literal ('!' for 33).
  if (v4 > 32) {
    const params = { length: goQuoteInt(v4), family: 'IPv4' };
    push(
      'spec.aggregationLength',
      'bgpAdv.aggregationTooLong',
      params,
      `invalid aggregation length ${params.length} for IPv4`,
    );
  }
  if (v4 < 1)
    push(
      'spec.aggregationLength',
      'bgpAdv.aggregationTooShort',
      {},
      'aggregationLength must be at least 1',
      false,
    );
  if (v6 > 128) {
    const params = { length: goQuoteInt(v6), family: 'IPv6' };
    push(
      'spec.aggregationLengthV6',
      'bgpAdv.aggregationTooLong',
      params,
      `invalid aggregation length ${params.length} for IPv6`,
    );
  }
  const aliases = new Set(
    (context.communities ?? []).flatMap((c) => (c.spec?.communities ?? []).map((a) => a.name)),
  );
  (spec.communities ?? []).forEach((value, i) => {
    if (aliases.has(value)) return;
    const reading = readCommunity(value);
    if (reading.kind === 'invalid-value') {
      push(
        `spec.communities[${i}]`,
        'bgpAdv.communityInvalid',
        { detail: reading.error, community: goQuote(value) },
        `${reading.error}\ninvalid community ${goQuote(value)} in BGP advertisement`,
      );
    } else if (reading.kind === 'not-a-value') {
      // The webhook only checks values with ":"; an unknown alias stops MetalLB's config from loading.
      const message = value.includes(':')
        ? `${reading.error}\ninvalid community ${goQuote(value)} in BGP advertisement`
        : `community ${goQuote(value)} is neither a value like 65000:100 nor an alias defined in a Community object`;
      push(
        `spec.communities[${i}]`,
        value.includes(':') ? 'bgpAdv.communityInvalid' : 'bgpAdv.communityUnknown',
        { detail: reading.error, community: goQuote(value) },
        message,
        value.includes(':'),
      );
    }
  });
  return issues;
};

/** MetalLB's check that no prefix of a covered pool is longer than the aggregation length. */
const aggregationIssues = (adv: BGPAdvertisement, pools: IPAddressPool[]): ValidationIssue[] => {
  const { v4, v6 } = aggregation(adv);
  const issues: ValidationIssue[] = [];
  for (const pool of poolsCoveredBy(adv, pools)) {
    for (const text of pool.spec?.addresses ?? []) {
      const cidrs = entryCidrs(readAddressEntry(text));
      if (cidrs.length === 0) continue;
      const ipv6 = cidrs[0].family === 6;
      const lowest = Math.min(...cidrs.map((c) => c.prefix));
      if ((ipv6 ? v6 : v4) < lowest) {
        // MetalLB prints the IPv4 aggregation length here even for IPv6 addresses.
        const message = `invalid aggregation length ${v4}: prefix ${lowest} in this pool is more specific than the aggregation length for addresses ${text}`;
        issues.push({
          path: ipv6 ? 'spec.aggregationLengthV6' : 'spec.aggregationLength',
          code: 'bgpAdv.aggregationMoreSpecific',
          params: { length: v4, prefix: lowest, addresses: text },
          message,
          webhookMessage: message,
        });
      }
    }
  }
  return issues;
};

const selectedNodes = (
  selectors: LabelSelector[] | undefined,
  nodes: NonNullable<BGPAdvertisementContext['nodes']>,
) =>
  new Set(
    nodes
      .filter(
        (node) =>
          !selectors?.length ||
          selectors.some((s) => labelSelectorMatches(s, node.metadata?.labels)),
      )
      .map((node) => node.metadata?.name ?? ''),
  );

/** MetalLB's BGPAdvertisementsHaveCompatibleLocalPref for one shared pool. */
const compatibleLocalPref = (
  adv: BGPAdvertisement,
  other: BGPAdvertisement,
  pool: IPAddressPool,
  nodes: BGPAdvertisementContext['nodes'],
): boolean => {
  if ((adv.spec?.localPref ?? 0) === (other.spec?.localPref ?? 0)) return true;
  const families = new Set(
    (pool.spec?.addresses ?? []).flatMap((t) =>
      entryCidrs(readAddressEntry(t))
        .slice(0, 1)
        .map((c) => c.family),
    ),
  );
  const [a, b] = [aggregation(adv), aggregation(other)];
  if (families.size === 0) return true;
  if (a.v4 !== b.v4 && !families.has(6)) return true;
  if (a.v6 !== b.v6 && !families.has(4)) return true;
  if (a.v4 !== b.v4 && a.v6 !== b.v6) return true;
  const [peersA, peersB] = [adv.spec?.peers ?? [], other.spec?.peers ?? []];
  if (peersA.length > 0 && peersB.length > 0 && !peersA.some((p) => peersB.includes(p)))
    return true;
  if (!nodes)
    return (
      (adv.spec?.nodeSelectors ?? []).length > 0 || (other.spec?.nodeSelectors ?? []).length > 0
    );
  const theirs = selectedNodes(other.spec?.nodeSelectors, nodes);
  return ![...selectedNodes(adv.spec?.nodeSelectors, nodes)].some((node) => theirs.has(node));
};

const localPrefIssues = (
  adv: BGPAdvertisement,
  context: BGPAdvertisementContext,
): ValidationIssue[] => {
  if ((adv.spec?.serviceSelectors ?? []).length > 0) return [];
  const pools = context.pools ?? [];
  const mine = new Set(poolsCoveredBy(adv, pools));
  const issues: ValidationIssue[] = [];
  for (const other of context.otherAdvertisements ?? []) {
    if (
      other.metadata?.name === adv.metadata?.name ||
      (other.spec?.serviceSelectors ?? []).length > 0
    )
      continue;
    const clash = poolsCoveredBy(other, pools).some(
      (pool) => mine.has(pool) && !compatibleLocalPref(adv, other, pool, context.nodes),
    );
    if (clash) {
      const message =
        `invalid local preference ${adv.spec?.localPref ?? 0}: local preferernce ${other.spec?.localPref ?? 0} was ` +
        'already set for the same type of BGP update. Check existing BGP advertisements with common pools and aggregation lengths';
      issues.push({
        path: 'spec.localPref',
        code: 'bgpAdv.localPrefClash',
        params: { localPref: adv.spec?.localPref ?? 0, otherLocalPref: other.spec?.localPref ?? 0 },
        message,
        webhookMessage: message,
      });
    }
  }
  return issues;
};

export const validateBGPAdvertisement = (
  advertisement: BGPAdvertisement,
  context: BGPAdvertisementContext = {},
): ValidationIssue[] => [
  ...fieldIssues(advertisement, context),
  ...aggregationIssues(advertisement, context.pools ?? []),
  ...localPrefIssues(advertisement, context),
];
