// MetalLB's layer-2 election, recomputed: which node announces an IP and who takes over when it fails.
// Follows speaker/layer2_controller.go of v0.16.1 (ShouldAnnounce, speakersForAds, nodesWithEndpoint).
// Memberlist is not in the API: "speaker pod ready on the node" stands in for "alive in memberlist",
// so the result is a prediction and the views say so.
import { sha256 } from '@noble/hashes/sha2';
import type { EndpointSlice, Node, Pod } from './announcement-types';
import { formatIP, parseIP } from './ip';
import { advertisementCoversPool } from './pool-selection';
import { labelSelectorMatches } from './selectors';
import type { IPAddressPool, L2Advertisement, LabelSelector, Service } from './types';

export const EXCLUDE_FROM_LB_LABEL = 'node.kubernetes.io/exclude-from-external-load-balancers';

export type CandidateExclusion =
  | 'no-speaker'
  | 'speaker-not-ready'
  | 'network-unavailable'
  | 'excluded-from-load-balancers'
  | 'not-selected-by-advertisement'
  | 'no-local-endpoint';

export interface L2Election {
  /** The IP the hash uses: the Service's first LoadBalancer IP in Go's net.IP.String() form. */
  ip: string;
  /** The L2Advertisements that apply: the pool's, whose serviceSelectors are empty or match. */
  advertisements: L2Advertisement[];
  /** Nodes that may announce, in election order: the first announces, the next takes over. */
  candidates: string[];
  excluded: Array<{ node: string; reason: CandidateExclusion }>;
  /** Any endpoint that can serve (ready, or serving while terminating). None: nobody announces. */
  hasServingEndpoint: boolean;
}

export interface ElectionInput {
  service: Service;
  /** The IP as written in status.loadBalancer.ingress[0].ip. */
  ip: string;
  pool: IPAddressPool | undefined;
  l2Advertisements: L2Advertisement[];
  nodes: Node[];
  /** Speaker pods (label component=speaker) in the MetalLB namespace. */
  speakers: Pod[];
  /** The Service's EndpointSlices. */
  endpointSlices: EndpointSlice[];
}

/** Go's net.IP.String() of an IP text (IPv6 compressed, lower case); the text itself if Go would refuse it. */
export const goIPString = (text: string): string => {
  const ip = parseIP(text);
  return ip ? formatIP(ip) : text;
};

/** UTF-8, as Go's []byte(string). */
const utf8 = new TextEncoder();

// Thousands of Services share few (node, IP) pairs, and every rebuild of the rows asks again: keep
// the hashes (bounded; a hash never changes).
const hashes = new Map<string, Uint8Array>();
const MAX_HASHES = 50_000;

/** sha256(node + "#" + ip), the key MetalLB sorts candidates by. */
export const electionHash = (node: string, goIP: string): Uint8Array => {
  const key = `${node}#${goIP}`;
  let hash = hashes.get(key);
  if (!hash) {
    if (hashes.size >= MAX_HASHES) hashes.clear();
    hash = sha256(utf8.encode(key));
    hashes.set(key, hash);
  }
  return hash;
};

const compareBytes = (a: Uint8Array, b: Uint8Array): number => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
};

/** Nodes in MetalLB's order for this IP: ascending bytes of sha256(node + "#" + ip). */
export const electionOrder = (nodes: string[], ip: string): string[] => {
  const goIP = goIPString(ip);
  const keyed = nodes.map((node) => ({ node, hash: electionHash(node, goIP) }));
  keyed.sort((a, b) => compareBytes(a.hash, b.hash));
  return keyed.map((k) => k.node);
};

export const isPodReady = (pod: Pod): boolean =>
  pod.status?.phase === 'Running' &&
  (pod.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');

export const isNetworkUnavailable = (node: Node): boolean =>
  (node.status?.conditions ?? []).some(
    (c) => c.type === 'NetworkUnavailable' && c.status === 'True',
  );

export const isExcludedFromBalancers = (node: Node): boolean =>
  Object.prototype.hasOwnProperty.call(node.metadata?.labels ?? {}, EXCLUDE_FROM_LB_LABEL);

/** Nodes an advertisement's nodeSelectors select: every node when it has none, else any selector's. */
export const selectsNode = (selectors: LabelSelector[] | undefined, node: Node): boolean =>
  (selectors ?? []).length === 0 ||
  (selectors ?? []).some((s) => labelSelectorMatches(s, node.metadata?.labels));

/** The pool's L2Advertisements that apply to this Service (serviceSelectors empty or matching, v0.16). */
export const l2AdvertisementsForService = (
  service: Service,
  pool: IPAddressPool | undefined,
  l2Advertisements: L2Advertisement[],
): L2Advertisement[] =>
  pool
    ? l2Advertisements.filter(
        (ad) =>
          advertisementCoversPool(ad, pool) &&
          ((ad.spec?.serviceSelectors ?? []).length === 0 ||
            (ad.spec?.serviceSelectors ?? []).some((s) =>
              labelSelectorMatches(s, service.metadata?.labels),
            )),
      )
    : [];

/** EndpointCanServe: ready (or readiness unknown), or serving while terminating. */
export const canServe = (conditions?: { ready?: boolean; serving?: boolean }): boolean =>
  conditions?.ready === undefined || conditions.ready || conditions.serving === true;

/** Nodes hosting an endpoint that can serve (EndpointCanServe). */
export const nodesWithServingEndpoint = (slices: EndpointSlice[]): Set<string> => {
  const found = new Set<string>();
  for (const slice of slices) {
    for (const ep of slice.endpoints ?? []) {
      if (canServe(ep.conditions) && ep.nodeName) found.add(ep.nodeName);
    }
  }
  return found;
};

const hasServingEndpoint = (slices: EndpointSlice[]): boolean =>
  slices.some((slice) => (slice.endpoints ?? []).some((ep) => canServe(ep.conditions)));

export const electL2 = (input: ElectionInput): L2Election => {
  const { service, nodes, speakers, endpointSlices } = input;
  const advertisements = l2AdvertisementsForService(service, input.pool, input.l2Advertisements);
  const speakerByNode = new Map<string, Pod>();
  for (const pod of speakers) {
    const node = pod.spec?.nodeName;
    // A ready pod wins over a not-ready one on the same node (a restart in progress).
    if (node && (!speakerByNode.has(node) || isPodReady(pod))) speakerByNode.set(node, pod);
  }
  const local = service.spec?.externalTrafficPolicy === 'Local';
  const endpointNodes = nodesWithServingEndpoint(endpointSlices);
  const excluded: L2Election['excluded'] = [];
  const eligible: string[] = [];
  for (const node of nodes) {
    const name = node.metadata?.name ?? '';
    const speaker = speakerByNode.get(name);
    let reason: CandidateExclusion | undefined;
    if (!speaker) reason = 'no-speaker';
    else if (!isPodReady(speaker)) reason = 'speaker-not-ready';
    else if (isNetworkUnavailable(node)) reason = 'network-unavailable';
    else if (isExcludedFromBalancers(node)) reason = 'excluded-from-load-balancers';
    else if (!advertisements.some((ad) => selectsNode(ad.spec?.nodeSelectors, node)))
      reason = 'not-selected-by-advertisement';
    else if (local && !endpointNodes.has(name)) reason = 'no-local-endpoint';
    if (reason) excluded.push({ node: name, reason });
    else eligible.push(name);
  }
  return {
    ip: goIPString(input.ip),
    advertisements,
    candidates: electionOrder(eligible, input.ip),
    excluded,
    hasServingEndpoint: hasServingEndpoint(endpointSlices),
  };
};

/** Who takes over if `owner` fails: the first candidate after removing it (MetalLB re-runs the same sort). */
export const nextInLine = (election: L2Election, owner: string | undefined): string | undefined =>
  election.candidates.find((node) => node !== owner);
