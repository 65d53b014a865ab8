// Validation issues in the user's language. Each code's English sentence is MetalLB's own wording
// (a unit test checks the English text of every issue equals its `message`), so an English user reads
// what the webhook would say; other languages read a translation and can still see MetalLB's words.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction as I18nTFunction } from 'react-i18next';

/** `t` of the plugin's namespace, as `useTranslation('plugin__metallb-console-plugin')` gives it. */
type TFunction = I18nTFunction<'plugin__metallb-console-plugin'>;
import type { IssueCode, IssueParams, ValidationIssue } from '../../metallb';

type Sentence = (t: TFunction, p: IssueParams) => string;

const SENTENCES: Record<IssueCode, Sentence> = {
  'namespace.wrong': (t, p) => t('resource must be created in {{namespace}} namespace', p),
  'pool.nameMissing': (t) => t('missing pool name'),
  'pool.duplicateName': (t, p) => t('duplicate definition of pool {{pool}}', p),
  'pool.noAddresses': (t) => t('pool has no prefixes defined'),
  'pool.invalidCidr': (t, p) =>
    t('invalid CIDR {{entry}} in pool {{pool}}: invalid CIDR {{entry}}', p),
  'pool.rangeInvalidStart': (t, p) =>
    t(
      'invalid CIDR {{entry}} in pool {{pool}}: invalid IP range {{entry}}: invalid start IP {{start}}',
      p,
    ),
  'pool.rangeInvalidEnd': (t, p) =>
    t(
      'invalid CIDR {{entry}} in pool {{pool}}: invalid IP range {{entry}}: invalid end IP {{end}}',
      p,
    ),
  'pool.rangeStartAfterEnd': (t, p) =>
    t(
      'invalid CIDR {{entry}} in pool {{pool}}: invalid IP range {{entry}}: start IP {{start}} is after the end IP {{end}}',
      p,
    ),
  'pool.rangeMixedFamily': (t, p) =>
    t(
      'invalid CIDR {{entry}} in pool {{pool}}: invalid IP range {{entry}}: start IP {{start}} is {{startFamily}} and end IP {{end}} is {{endFamily}}; a range must stay within one IP family, write one entry per family',
      p,
    ),
  'pool.overlap': (t, p) =>
    t('CIDR {{cidr}} in pool {{pool}} overlaps with already defined CIDR {{other}}', p),
  'pool.duplicateNamespace': (t) => t('duplicate definition in namespaces field'),
  'duplicate.value': (t, p) => t('duplicate definition of {{what}} {{value}}', p),
  'duplicate.selector': (t, p) => t('duplicate definition of {{what}} {{selector}}', p),
  'duplicate.expression': (t, p) =>
    t('duplicate definition of match expressions {{expression}}', p),
  'duplicate.expressionValue': (t, p) =>
    t('duplicate definition of match expression value in label selector {{value}}', p),
  'selector.invalid': (t, p) => t('invalid label selector: {{problem}}', p),
  'bgpAdv.selectorsWithAggregation': (t, p) =>
    t('serviceSelectors and {{field}} are mutually exclusive, both cannot be set in {{name}}', p),
  'bgpAdv.aggregationTooLong': (t, p) =>
    t('invalid aggregation length {{length}} for {{family}}', p),
  'bgpAdv.aggregationTooShort': (t) => t('aggregationLength must be at least 1'),
  'bgpAdv.aggregationMoreSpecific': (t, p) =>
    t(
      'invalid aggregation length {{length}}: prefix {{prefix}} in this pool is more specific than the aggregation length for addresses {{addresses}}',
      p,
    ),
  'bgpAdv.communityInvalid': (t, p) =>
    t('{{detail}}\ninvalid community {{community}} in BGP advertisement', p),
  'bgpAdv.communityUnknown': (t, p) =>
    t(
      'community {{community}} is neither a value like 65000:100 nor an alias defined in a Community object',
      p,
    ),
  'bgpAdv.localPrefClash': (t, p) =>
    t(
      'invalid local preference {{localPref}}: local preferernce {{otherLocalPref}} was already set for the same type of BGP update. Check existing BGP advertisements with common pools and aggregation lengths',
      p,
    ),
  'peer.myASNMissing': (t) => t('missing local ASN'),
  'peer.peerASNMissing': (t) => t('missing peer ASN and dynamicASN'),
  'peer.bothASNs': (t) => t('both peer ASN and dynamicASN specified'),
  'peer.dynamicASNInvalid': (t, p) => t('invalid dynamicASN {{dynamicASN}}', p),
  'peer.multihopIBGP': (t) => t('invalid ebgp-multihop parameter set for an ibgp peer'),
  'peer.noAddress': (t) => t('peer has no Address or Interface specified'),
  'peer.addressAndInterface': (t) => t('peer has both Address and Interface specified'),
  'peer.durationInvalid': (t, p) => t('time: invalid duration {{duration}}', p),
  'peer.holdTimeInvalid': (t, p) =>
    t('invalid BGPPeer timers: invalid hold time {{holdTime}}: must be 0 or >=3s', p),
  'peer.keepaliveAboveHold': (t, p) =>
    t(
      'invalid BGPPeer timers: invalid keepaliveTime {{keepaliveTime}}, must be lower than holdTime {{holdTime}}',
      p,
    ),
  'peer.connectTimeRange': (t) => t('connect time should be between 1 seconds to 65535'),
  'peer.connectTimeWhole': (t) => t('connect time should contain a whole number of seconds'),
  'peer.addressInvalid': (t, p) => t('invalid BGPPeer address {{address}}', p),
  'peer.routerIDInvalid': (t, p) => t('invalid router ID {{routerID}}', p),
  'peer.sourceAddressInvalid': (t, p) => t('invalid source IP {{address}}', p),
  'peer.passwordAndSecret': (t, p) =>
    t('can not have both password and secret ref set in peer config {{namespace}}/{{peer}}', p),
  'peer.bfdProfileMissing': (t, p) =>
    t(
      "BFD profile {{profile}} does not exist: MetalLB keeps this peer's configuration waiting until it does; create it or pick an existing profile",
      p,
    ),
  'bfd.nameMissing': (t) => t('missing bfd profile name'),
  'bfd.outOfRange': (t, p) =>
    t('invalid value {{value}}, must be in {{min}}-{{max}} range\n{{what}}', p),
  'community.valueInvalid': (t, p) => t('parsing community {{name}}: {{detail}}', p),
  'community.duplicateName': (t, p) => t('duplicate definition of community {{name}}', p),
};

/** `(issue) => text` in the current language; MetalLB's English when a code has no sentence. */
export const useIssueText = (): ((issue: ValidationIssue) => string) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  return useCallback(
    (issue: ValidationIssue) => SENTENCES[issue.code]?.(t, issue.params) ?? issue.message,
    [t],
  );
};

/** The issues on one field: exactly `path`, or below it when `nested` ("spec.addresses[2]"...). */
export const issuesAt = (
  issues: ValidationIssue[],
  path: string,
  nested = false,
): ValidationIssue[] =>
  issues.filter((i) => i.path === path || (nested && i.path.startsWith(`${path}`)));
