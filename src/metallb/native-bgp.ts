// MetalLB's native BGP implementation supports less than its FRR-based ones (FRR-K8s, FRR). What it
// refuses, and in its words, is MetalLB v0.16.1's `DiscardFRROnly`, `findIPv6BGPAdvertisement` and
// `findNonLegacyCommunity` (internal/config/validation.go) and the native session manager's "bfd
// profiles not supported in native mode"; the docs (concepts/bgp, API reference) name a subset.
import { entryCidrs, formatCidr, readAddressEntry } from './blocks';
import { readCommunity } from './bgp-community';
import { parseGoDuration } from './go-duration';
import { goQuote } from './go-format';
import type { MetalLBResource } from './install';
import { poolsCoveredBy } from './pool-selection';
import type { BGPAdvertisement, BGPPeer, Community, IPAddressPool } from './types';

export type BGPBackend = 'native' | 'frr' | 'frr-k8s' | 'unknown';

/** What a speaker pod's containers say about the BGP implementation (the parts read here). */
export interface SpeakerContainer {
  name?: string;
  env?: Array<{ name?: string; value?: string; valueFrom?: unknown }>;
  envFrom?: unknown[];
}
export interface SpeakerPod {
  metadata?: { labels?: Record<string, string>; deletionTimestamp?: string };
  spec?: { containers?: SpeakerContainer[] };
}

const fromName = (value: string | undefined): BGPBackend => {
  switch (value) {
    case 'native':
      return 'native';
    case 'frr':
      return 'frr';
    case 'frr-k8s':
    case 'frr-k8s-external':
      return 'frr-k8s';
    default:
      return 'unknown';
  }
};

/**
 * One speaker pod's BGP implementation. MetalLB v0.16.1's speaker reads only the environment variable
 * `METALLB_BGP_TYPE` (speaker/main.go; there is no flag) and runs native when it is absent. Its
 * manifests and Helm chart set it to `frr` (config/frr, chart with speaker.frr.enabled, which also adds
 * the `frr` container) or `frr-k8s` (config/frr-k8s, chart with frrk8s), and leave it out for native
 * (config/native). So: the variable's literal value first; absent, the `frr` container is evidence of
 * FRR; absent with nothing that could set it (no `envFrom`), native; anything else unknown.
 */
const podBackend = (pod: SpeakerPod): BGPBackend => {
  const containers = pod.spec?.containers ?? [];
  const speaker = containers.find((c) => c.name === 'speaker');
  if (!speaker) return 'unknown';
  const variable = (speaker.env ?? []).find((e) => e.name === 'METALLB_BGP_TYPE');
  if (variable) return variable.valueFrom ? 'unknown' : fromName(variable.value ?? '');
  if (containers.some((c) => c.name === 'frr')) return 'frr';
  return (speaker.envFrom ?? []).length > 0 ? 'unknown' : 'native';
};

/** The speakers' BGP implementation: the one they all agree on, else unknown (none read, or mid-rollout). */
export const speakersBGPBackend = (pods: SpeakerPod[] | undefined): BGPBackend => {
  const speakers = (pods ?? []).filter(
    (p) => p.metadata?.labels?.component === 'speaker' && !p.metadata?.deletionTimestamp,
  );
  const found = new Set(speakers.map(podBackend));
  return found.size === 1 ? [...found][0] : 'unknown';
};

/**
 * The BGP implementation: the operator's MetalLB resource (`spec.bgpBackend`) when it says one, else
 * what MetalLB's speaker pods show (an install from the manifests or the Helm chart, or the operator's
 * default). When neither is clear it is unknown: the forms then say nothing rather than guess.
 */
export const bgpBackend = (
  metallb: MetalLBResource | undefined,
  speakers?: SpeakerPod[],
): BGPBackend => {
  const declared = fromName(metallb?.spec?.bgpBackend);
  return declared !== 'unknown' ? declared : speakersBGPBackend(speakers);
};

/** A field native mode refuses, at its path in the object, with MetalLB's own message. */
export interface NativeLimit {
  path: string;
  message: string;
}

/** BGPPeer fields that native mode refuses, in MetalLB's order and words. */
export const nativePeerLimits = (peer: BGPPeer): NativeLimit[] => {
  const spec = peer.spec ?? {};
  const address = spec.peerAddress ?? '';
  const limit = (field: keyof typeof spec, what: string): NativeLimit => ({
    path: `spec.${field}`,
    message: `peer ${address} has ${what} set on native bgp mode`,
  });
  const nonZero = (duration?: string) =>
    duration !== undefined && duration !== '' && parseGoDuration(duration) !== 0n;
  const limits: Array<NativeLimit | false> = [
    !!spec.bfdProfile && limit('bfdProfile', 'bfd-profile'),
    nonZero(spec.keepaliveTime) && limit('keepaliveTime', 'keepalive-time'),
    !!spec.vrf && limit('vrf', 'vrf'),
    spec.connectTime !== undefined && limit('connectTime', 'connect time'),
    !!spec.enableGracefulRestart && limit('enableGracefulRestart', 'EnableGracefulRestart flag'),
    !!spec.disableMP && limit('disableMP', 'disable MP flag'),
    !!spec.dualStackAddressFamily && limit('dualStackAddressFamily', 'dualstackaddressfamily flag'),
    !!spec.dynamicASN && limit('dynamicASN', 'dynamicASN'),
    !!spec.interface && limit('interface', 'interface'),
    !!spec.localASN && limit('localASN', 'localASN'),
  ];
  return limits.filter((l): l is NativeLimit => l !== false);
};

/** Native mode runs no BFD: any BFDProfile makes MetalLB refuse the configuration. */
export const nativeBFDLimit = (): NativeLimit => ({
  path: 'metadata.name',
  message: 'bfd profiles not supported in native mode',
});

const isLarge = (value: string) => readCommunity(value).kind === 'large';

/** Large communities (native speaks only the legacy a:b form); aliases are checked on their Community. */
export const nativeAdvertisementLimits = (
  advertisement: BGPAdvertisement,
  pools: IPAddressPool[],
): NativeLimit[] => {
  const name = advertisement.metadata?.name ?? '';
  const limits: NativeLimit[] = [];
  (advertisement.spec?.communities ?? []).forEach((value, i) => {
    if (isLarge(value))
      limits.push({
        path: `spec.communities[${i}]`,
        message: `native BGP mode only supports legacy communities, BGP advertisement ${goQuote(name)} has non legacy community ${goQuote(value)}`,
      });
  });
  // MetalLB refuses IPv6 in any pool a BGP advertisement covers.
  for (const pool of poolsCoveredBy(advertisement, pools)) {
    const ipv6 = (pool.spec?.addresses ?? [])
      .flatMap((text) => entryCidrs(readAddressEntry(text)))
      .find((cidr) => cidr.family === 6);
    if (ipv6) {
      limits.push({
        path: 'spec.ipAddressPools',
        message: `pool ${goQuote(pool.metadata?.name ?? '')} has ipv6 CIDR ${formatCidr(ipv6)}, native bgp mode does not support ipv6`,
      });
    }
  }
  return limits;
};

/** Community aliases with a large value. */
export const nativeCommunityLimits = (community: Community): NativeLimit[] =>
  (community.spec?.communities ?? []).flatMap((alias, i) =>
    isLarge(alias.value ?? '')
      ? [
          {
            path: `spec.communities[${i}].value`,
            // Go's %q of the alias struct: {"name" "value"}
            message: `native BGP mode only supports legacy communities, BGP community CR ${goQuote(community.metadata?.name ?? '')} has non legacy community {${goQuote(alias.name ?? '')} ${goQuote(alias.value ?? '')}}`,
          },
        ]
      : [],
  );
