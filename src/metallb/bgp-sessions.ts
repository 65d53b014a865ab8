// BGP sessions as FRR-K8s reports them (BGPSessionState, frrk8s.metallb.io/v1beta1, FRR-K8s v0.0.18+):
// one object per node, peer and VRF, written by the frr-status container of the node's FRR-K8s pod from
// FRR's own `show bgp neighbors`. It has no time of its own: "since" is when frr-status last wrote the
// status (it writes only on a change, and polls FRR every 2 minutes by default, or on FRR-K8s events).
// MetalLB's ServiceBGPStatus says which peers a node means to announce a Service to; whether the address
// reaches a peer depends on that session, which only BGPSessionState says.
import type { K8sObject, ObjectMeta } from './types';
import type { BGPPeer } from './types';

export interface ManagedFieldsEntry {
  manager?: string;
  operation?: string;
  subresource?: string;
  time?: string;
}

export interface BGPSessionState extends K8sObject {
  metadata?: ObjectMeta & { creationTimestamp?: string; managedFields?: ManagedFieldsEntry[] };
  status?: { bgpStatus?: string; bfdStatus?: string; node?: string; peer?: string; vrf?: string };
}

export const NODE_LABEL = 'frrk8s.metallb.io/node';
export const PEER_LABEL = 'frrk8s.metallb.io/peer';
export const VRF_LABEL = 'frrk8s.metallb.io/vrf';
/** frr-status's word for a session without BFD. */
export const NO_BFD = 'N/A';

/**
 * The session's health: up (Established), down (any other BGP state), unknown (nothing reported), stale
 * (a state is reported, but the node's FRR-K8s pod is not ready: frr-status cannot read a dead FRR, so the
 * last state it wrote stays, Established or not).
 */
export type SessionHealth = 'up' | 'down' | 'unknown' | 'stale';

/** Is the FRR-K8s pod on this node ready? undefined when unknown (its pods not readable, or none). */
export type FRRReady = (node: string) => boolean | undefined;

export interface SessionView {
  node: string;
  /** FRR's BGP state (Idle, Connect, Active, OpenSent, OpenConfirm, Established), absent when unknown. */
  bgp?: string;
  /** FRR's BFD state (up, down, init...), or undefined when BFD is not configured for the session. */
  bfd?: string;
  health: SessionHealth;
  /** When frr-status last wrote this state (its status write), else when the object was made. */
  since?: string;
}

const full = (groups: string[]) => groups.map((g) => g.padStart(4, '0'));

/**
 * A peer address as FRR-K8s writes it in the peer label: IPv4 and interface names as they are, IPv6
 * expanded with `-` for `:` (a label value cannot hold `:`).
 */
export const peerLabelValue = (address: string): string => {
  if (!address.includes(':')) return address;
  const [head, tail = ''] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = address.includes('::') && tail ? tail.split(':') : [];
  const missing = 8 - left.length - right.length;
  const groups = address.includes('::')
    ? [...left, ...Array<string>(Math.max(missing, 0)).fill('0'), ...right]
    : left;
  return full(groups).join('-');
};

/** Where a peer's sessions are reported: its address (or interface, for unnumbered BGP) and VRF. */
export const peerSessionKey = (peer: BGPPeer): { peer?: string; vrf: string } => {
  const target = peer.spec?.peerAddress ?? peer.spec?.interface;
  return { peer: target ? peerLabelValue(target) : undefined, vrf: peer.spec?.vrf || 'default' };
};

const stateNode = (s: BGPSessionState) => s.status?.node ?? s.metadata?.labels?.[NODE_LABEL] ?? '';
const statePeer = (s: BGPSessionState) => s.status?.peer ?? s.metadata?.labels?.[PEER_LABEL] ?? '';
const stateVRF = (s: BGPSessionState) =>
  s.status?.vrf || s.metadata?.labels?.[VRF_LABEL] || 'default';

/** The time frr-status last wrote the status (the newest status write in managedFields). */
export const stateSince = (s: BGPSessionState): string | undefined => {
  const writes = (s.metadata?.managedFields ?? [])
    .filter((f) => f.subresource === 'status' && f.time)
    .map((f) => f.time as string)
    .sort();
  return writes.length ? writes[writes.length - 1] : s.metadata?.creationTimestamp;
};

export const sessionHealth = (bgp?: string): SessionHealth =>
  bgp === undefined || bgp === '' ? 'unknown' : bgp === 'Established' ? 'up' : 'down';

const view = (node: string, s?: BGPSessionState, frrReady?: FRRReady): SessionView => {
  const bfd = s?.status?.bfdStatus;
  const health = sessionHealth(s?.status?.bgpStatus);
  return {
    node,
    bgp: s?.status?.bgpStatus || undefined,
    bfd: bfd && bfd !== NO_BFD ? bfd : undefined,
    health: health !== 'unknown' && frrReady?.(node) === false ? 'stale' : health,
    since: s ? stateSince(s) : undefined,
  };
};

/**
 * The sessions of one peer, node by node: the reported state of each node that has one, in node order,
 * then the nodes in `expectedNodes` that report none (health unknown: FRR-K8s has not written one, or
 * does not run there).
 */
export const sessionsOfPeer = (
  peer: BGPPeer,
  states: BGPSessionState[],
  expectedNodes: string[] = [],
  frrReady?: FRRReady,
): SessionView[] => {
  const key = peerSessionKey(peer);
  if (!key.peer) return [];
  const byNode = new Map<string, BGPSessionState>();
  for (const s of states) {
    if (statePeer(s) !== key.peer || stateVRF(s) !== key.vrf) continue;
    byNode.set(stateNode(s), s);
  }
  const nodes = [...new Set([...byNode.keys(), ...expectedNodes])].filter(Boolean).sort();
  return nodes.map((n) => view(n, byNode.get(n), frrReady));
};

/** FRR-K8s pods' readiness by node, from its daemon pods (undefined when they could not be read). */
export const frrReadiness = (
  pods:
    | Array<{
        spec?: { nodeName?: string };
        status?: { conditions?: Array<{ type?: string; status?: string }> };
      }>
    | undefined,
): FRRReady | undefined => {
  if (!pods) return undefined;
  const ready = new Map<string, boolean>();
  for (const p of pods) {
    const node = p.spec?.nodeName;
    if (!node) continue;
    const ok = !!p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True');
    ready.set(node, ready.get(node) || ok);
  }
  return (node) => ready.get(node);
};

/** A session of a node with a named BGPPeer, for announcements and the overview. */
export interface PeerSession extends SessionView {
  peerName: string;
  /** The peer's address (or interface). */
  address?: string;
}

/**
 * The session of `node` with the BGPPeer named `peerName` (as ServiceBGPStatus names its peers); health
 * unknown when the peer object or its state is not there, or when states are not readable (undefined).
 */
export const sessionOf = (
  node: string,
  peerName: string,
  peers: BGPPeer[] | undefined,
  states: BGPSessionState[] | undefined,
  frrReady?: FRRReady,
): PeerSession => {
  const peer = peers?.find((p) => p.metadata?.name === peerName);
  const address = peer?.spec?.peerAddress ?? peer?.spec?.interface;
  if (!peer || !states) return { node, peerName, address, health: 'unknown' };
  const session = sessionsOfPeer(peer, states, [], frrReady).find((s) => s.node === node);
  return { ...(session ?? view(node)), node, peerName, address };
};

/**
 * Every reported session that is not Established, and every session whose node's FRR-K8s pod is not ready
 * (stale), with its BGPPeer when one matches.
 */
export const sessionsDown = (
  peers: BGPPeer[],
  states: BGPSessionState[],
  frrReady?: FRRReady,
): Array<PeerSession & { peer?: BGPPeer }> => {
  const down: Array<PeerSession & { peer?: BGPPeer }> = [];
  for (const s of states) {
    const v = view(stateNode(s), s, frrReady);
    if (v.health !== 'down' && v.health !== 'stale') continue;
    const peer = peers.find((p) => {
      const k = peerSessionKey(p);
      return k.peer === statePeer(s) && k.vrf === stateVRF(s);
    });
    down.push({
      ...v,
      peerName: peer?.metadata?.name ?? statePeer(s),
      address: peer?.spec?.peerAddress ?? peer?.spec?.interface ?? statePeer(s),
      peer,
    });
  }
  return down.sort((a, b) => a.peerName.localeCompare(b.peerName) || a.node.localeCompare(b.node));
};
