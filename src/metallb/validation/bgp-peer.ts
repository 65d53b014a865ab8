// BGPPeer (v1beta2) as MetalLB's peerFromCR checks it; the webhook prefixes "parsing peer <name> ".
import { formatGoDuration, parseGoDuration } from '../go-duration';
import { goQuote } from '../go-format';
import { parseIP } from '../ip';
import type { BFDProfile, BGPPeer } from '../types';
import type { IssueCode, IssueParams, ValidationIssue } from './issues';
import { selectorListIssues, wrapWebhook } from './issues';

export interface BGPPeerContext {
  /** When given, a bfdProfile naming none of these is reported (MetalLB waits for it silently). */
  bfdProfiles?: BFDProfile[];
}

const SECOND = 1000000000n;

/** The hold and keepalive rules of MetalLB's parseTimers, on durations already parsed. */
const timerIssues = (ht: bigint | undefined, ka: bigint | undefined): ValidationIssue[] => {
  if (ht === undefined && ka === undefined) return [];
  const hold = ht ?? (ka as bigint) * 3n;
  const keepalive = ka ?? (ht as bigint) / 3n;
  // %q of a *metav1.Duration calls its generated String(): "&Duration{Duration:1m30s,}", or "nil"
  const quoted = (d: bigint | undefined) =>
    goQuote(d === undefined ? 'nil' : `&Duration{Duration:${formatGoDuration(d)},}`);
  const issues: ValidationIssue[] = [];
  const rounded = (hold / SECOND) * SECOND;
  if (rounded !== 0n && rounded < 3n * SECOND) {
    const params = { holdTime: quoted(ht) };
    const message = `invalid BGPPeer timers: invalid hold time ${params.holdTime}: must be 0 or >=3s`;
    issues.push({
      path: 'spec.holdTime',
      code: 'peer.holdTimeInvalid',
      params,
      message,
      webhookMessage: message,
    });
  } else if (keepalive > hold) {
    const params = { keepaliveTime: quoted(ka), holdTime: quoted(ht) };
    const message = `invalid BGPPeer timers: invalid keepaliveTime ${params.keepaliveTime}, must be lower than holdTime ${params.holdTime}`;
    issues.push({
      path: 'spec.keepaliveTime',
      code: 'peer.keepaliveAboveHold',
      params,
      message,
      webhookMessage: message,
    });
  }
  return issues;
};

const durationField = (
  spec: NonNullable<BGPPeer['spec']>,
  field: 'holdTime' | 'keepaliveTime' | 'connectTime',
  issues: ValidationIssue[],
): bigint | undefined => {
  const text = spec[field];
  if (text === undefined) return undefined;
  const ns = parseGoDuration(text);
  if (ns === null) {
    issues.push({
      path: `spec.${field}`,
      code: 'peer.durationInvalid',
      params: { duration: goQuote(text) },
      message: `time: invalid duration ${goQuote(text)}`,
    });
    return undefined;
  }
  return ns;
};

export const validateBGPPeer = (peer: BGPPeer, context: BGPPeerContext = {}): ValidationIssue[] => {
  const spec = peer.spec ?? {};
  const issues: ValidationIssue[] = [];
  const push = (path: string, code: IssueCode, message: string, params: IssueParams = {}) =>
    issues.push({ path, code, params, message, webhookMessage: message });
  const myASN = spec.myASN ?? 0;
  const peerASN = spec.peerASN ?? 0;
  const dynamicASN = spec.dynamicASN ?? '';
  if (myASN === 0) push('spec.myASN', 'peer.myASNMissing', 'missing local ASN');
  if (peerASN === 0 && dynamicASN === '')
    push('spec.peerASN', 'peer.peerASNMissing', 'missing peer ASN and dynamicASN');
  if (peerASN !== 0 && dynamicASN !== '')
    push('spec.dynamicASN', 'peer.bothASNs', 'both peer ASN and dynamicASN specified');
  if (dynamicASN !== '' && dynamicASN !== 'internal' && dynamicASN !== 'external') {
    push('spec.dynamicASN', 'peer.dynamicASNInvalid', `invalid dynamicASN ${dynamicASN}`, {
      dynamicASN,
    });
  }
  if (peerASN === myASN && spec.ebgpMultiHop) {
    push(
      'spec.ebgpMultiHop',
      'peer.multihopIBGP',
      'invalid ebgp-multihop parameter set for an ibgp peer',
    );
  }
  const address = spec.peerAddress ?? '';
  const iface = spec.interface ?? '';
  if (address === '' && iface === '')
    push('spec.peerAddress', 'peer.noAddress', 'peer has no Address or Interface specified');
  if (address !== '' && iface !== '')
    push(
      'spec.interface',
      'peer.addressAndInterface',
      'peer has both Address and Interface specified',
    );

  const parseProblems: ValidationIssue[] = [];
  const hold = durationField(spec, 'holdTime', parseProblems);
  const keepalive = durationField(spec, 'keepaliveTime', parseProblems);
  const connect = durationField(spec, 'connectTime', parseProblems);
  issues.push(...parseProblems, ...timerIssues(hold, keepalive));
  if (connect !== undefined) {
    // CRD rules (the API server's words, checked before the webhook)
    if (connect < SECOND || connect >= 65536n * SECOND) {
      issues.push({
        path: 'spec.connectTime',
        code: 'peer.connectTimeRange',
        params: {},
        message: 'connect time should be between 1 seconds to 65535',
      });
    } else if ((connect / 1000000n) % 1000n !== 0n) {
      issues.push({
        path: 'spec.connectTime',
        code: 'peer.connectTimeWhole',
        params: {},
        message: 'connect time should contain a whole number of seconds',
      });
    }
  }

  if (address !== '' && parseIP(address) === null)
    push('spec.peerAddress', 'peer.addressInvalid', `invalid BGPPeer address ${goQuote(address)}`, {
      address: goQuote(address),
    });
  if (spec.routerID && parseIP(spec.routerID) === null)
    push('spec.routerID', 'peer.routerIDInvalid', `invalid router ID ${goQuote(spec.routerID)}`, {
      routerID: goQuote(spec.routerID),
    });
  if (spec.sourceAddress && parseIP(spec.sourceAddress) === null) {
    push(
      'spec.sourceAddress',
      'peer.sourceAddressInvalid',
      `invalid source IP ${goQuote(spec.sourceAddress)}`,
      { address: goQuote(spec.sourceAddress) },
    );
  }
  issues.push(...selectorListIssues(spec.nodeSelectors, 'spec.nodeSelectors', 'nodeSelectors'));
  if (spec.password && spec.passwordSecret?.name) {
    const ns = peer.metadata?.namespace ?? '';
    const params = { namespace: goQuote(ns), peer: goQuote(peer.metadata?.name ?? '') };
    push(
      'spec.password',
      'peer.passwordAndSecret',
      `can not have both password and secret ref set in peer config ${params.namespace}/${params.peer}`,
      params,
    );
  }
  const bfd = spec.bfdProfile;
  if (bfd && context.bfdProfiles && !context.bfdProfiles.some((p) => p.metadata?.name === bfd)) {
    issues.push({
      path: 'spec.bfdProfile',
      code: 'peer.bfdProfileMissing',
      params: { profile: goQuote(bfd) },
      message: `BFD profile ${goQuote(bfd)} does not exist: MetalLB keeps this peer's configuration waiting until it does; create it or pick an existing profile`,
    });
  }
  return wrapWebhook(issues, `parsing peer ${peer.metadata?.name ?? ''} `);
};
