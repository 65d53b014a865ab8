// Small builders for the Kubernetes objects the specs need, so each test shows only what matters.
import type {
  BFDProfile,
  BGPAdvertisement,
  BGPPeer,
  Community,
  IPAddressPool,
  L2Advertisement,
  Service,
} from './types';

type Spec<T extends { spec?: unknown }> = NonNullable<T['spec']>;

const meta = (name: string, labels?: Record<string, string>) => ({
  name,
  namespace: 'metallb-system',
  ...(labels ? { labels } : {}),
});

export const pool = (
  name: string,
  addresses: string[],
  spec: Partial<Spec<IPAddressPool>> = {},
  labels?: Record<string, string>,
): IPAddressPool => ({
  apiVersion: 'metallb.io/v1beta1',
  kind: 'IPAddressPool',
  metadata: meta(name, labels),
  spec: { addresses, ...spec },
});

export const l2Advertisement = (
  name: string,
  spec: Spec<L2Advertisement> = {},
): L2Advertisement => ({
  apiVersion: 'metallb.io/v1beta1',
  kind: 'L2Advertisement',
  metadata: meta(name),
  spec,
});

export const bgpAdvertisement = (
  name: string,
  spec: Spec<BGPAdvertisement> = {},
): BGPAdvertisement => ({
  apiVersion: 'metallb.io/v1beta1',
  kind: 'BGPAdvertisement',
  metadata: meta(name),
  spec,
});

export const bgpPeer = (name: string, spec: Spec<BGPPeer> = {}): BGPPeer => ({
  apiVersion: 'metallb.io/v1beta2',
  kind: 'BGPPeer',
  metadata: meta(name),
  spec: { myASN: 64500, peerASN: 64501, peerAddress: '192.0.2.1', ...spec },
});

export const bfdProfile = (name: string, spec: Spec<BFDProfile> = {}): BFDProfile => ({
  apiVersion: 'metallb.io/v1beta1',
  kind: 'BFDProfile',
  metadata: meta(name),
  spec,
});

export const community = (name: string, aliases: Record<string, string>): Community => ({
  apiVersion: 'metallb.io/v1beta1',
  kind: 'Community',
  metadata: meta(name),
  spec: { communities: Object.entries(aliases).map(([alias, value]) => ({ name: alias, value })) },
});

export interface ServiceOptions {
  namespace?: string;
  type?: string;
  annotations?: Record<string, string>;
}

/** A Service with the given ingress IPs; LoadBalancer unless told otherwise. */
export const service = (name: string, ips: string[], options: ServiceOptions = {}): Service => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: {
    name,
    namespace: options.namespace ?? 'default',
    ...(options.annotations ? { annotations: options.annotations } : {}),
  },
  spec: { type: options.type ?? 'LoadBalancer' },
  status: { loadBalancer: { ingress: ips.map((ip) => ({ ip })) } },
});

/** A LoadBalancer Service the controller has marked as allocated from `poolName`. */
export const allocatedService = (
  name: string,
  poolName: string,
  ips: string[],
  options: ServiceOptions = {},
): Service =>
  service(name, ips, {
    ...options,
    annotations: { 'metallb.io/ip-allocated-from-pool': poolName, ...options.annotations },
  });
