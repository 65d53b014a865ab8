// One object of each MetalLB kind beyond pools, for the specs that open every declared details page.
// Their node selectors match no node, so no speaker opens a BGP session or announces anything.
import { kubectlApply, kubectlDelete } from './fixtures';

const NO_NODE = [{ matchLabels: { 'e2e.metallb-console-plugin/no-such-node': 'true' } }];
const meta = (name: string) => ({ name, namespace: 'metallb-system' });

export const KIND_SAMPLES = [
  {
    apiVersion: 'metallb.io/v1beta1',
    kind: 'BFDProfile',
    metadata: meta('e2e-sample-bfd'),
    spec: { receiveInterval: 200, transmitInterval: 200, detectMultiplier: 4 },
  },
  {
    apiVersion: 'metallb.io/v1beta1',
    kind: 'Community',
    metadata: meta('e2e-sample-communities'),
    spec: { communities: [{ name: 'e2e-no-advertise', value: '65535:65282' }] },
  },
  {
    apiVersion: 'metallb.io/v1beta2',
    kind: 'BGPPeer',
    metadata: meta('e2e-sample-peer'),
    spec: {
      myASN: 64500,
      peerASN: 64501,
      peerAddress: '192.168.123.254',
      bfdProfile: 'e2e-sample-bfd',
      nodeSelectors: NO_NODE,
    },
  },
  {
    apiVersion: 'metallb.io/v1beta1',
    kind: 'BGPAdvertisement',
    metadata: meta('e2e-sample-bgp'),
    spec: {
      // A pool name that does not exist: the routes spec's pool has IPv6, which native BGP refuses.
      ipAddressPools: ['e2e-sample-bgp-pool'],
      peers: ['e2e-sample-peer'],
      communities: ['e2e-no-advertise'],
      nodeSelectors: NO_NODE,
    },
  },
  {
    apiVersion: 'metallb.io/v1beta1',
    kind: 'L2Advertisement',
    metadata: meta('e2e-sample-l2'),
    spec: { ipAddressPools: ['e2e-sample'], nodeSelectors: NO_NODE },
  },
];

export const applyKindSamples = () => KIND_SAMPLES.forEach((o) => kubectlApply(o));

/** In reverse: advertisements and peers go before the BFD profile (MetalLB refuses to delete one in use). */
export const deleteKindSamples = () => {
  for (const o of [...KIND_SAMPLES].reverse())
    kubectlDelete(`${o.kind}.metallb.io`, o.metadata.name, 'metallb-system');
};
