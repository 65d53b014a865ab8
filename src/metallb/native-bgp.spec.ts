import {
  bgpBackend,
  speakersBGPBackend,
  type SpeakerContainer,
  type SpeakerPod,
  nativeAdvertisementLimits,
  nativeBFDLimit,
  nativeCommunityLimits,
  nativePeerLimits,
} from './native-bgp';
import type { BGPAdvertisement, BGPPeer, Community, IPAddressPool } from './types';
import type { MetalLBResource } from './install';

const metallb = (bgpBackendValue?: string): MetalLBResource => ({
  metadata: { name: 'metallb', namespace: 'metallb-system' },
  spec: bgpBackendValue === undefined ? {} : { bgpBackend: bgpBackendValue },
});
const peer = (spec: BGPPeer['spec']): BGPPeer => ({
  metadata: { name: 'tor' },
  spec: { myASN: 64500, peerASN: 64501, peerAddress: '192.0.2.1', ...spec },
});
const pool = (name: string, addresses: string[]): IPAddressPool => ({
  metadata: { name },
  spec: { addresses },
});

describe('bgpBackend', () => {
  it('reads the MetalLB resource, and says unknown rather than guess', () => {
    expect(bgpBackend(metallb('native'))).toBe('native');
    expect(bgpBackend(metallb('frr'))).toBe('frr');
    expect(bgpBackend(metallb('frr-k8s'))).toBe('frr-k8s');
    expect(bgpBackend(metallb('frr-k8s-external'))).toBe('frr-k8s');
    expect(bgpBackend(metallb())).toBe('unknown');
    expect(bgpBackend(metallb('something-new'))).toBe('unknown');
    expect(bgpBackend(undefined)).toBe('unknown');
  });
});

// Speaker pods as MetalLB v0.16.1 creates them (containers and the speaker's env names only; values as
// released). `ML_ENV` is the speaker container's env in all three manifests.
const ML_ENV = [
  'METALLB_NODE_NAME',
  'METALLB_POD_NAME',
  'METALLB_HOST',
  'METALLB_ML_BIND_ADDR',
  'METALLB_ML_LABELS',
  'METALLB_ML_SECRET_KEY_PATH',
].map((name) => ({ name, value: 'x' }));
const speakerPod = (containers: SpeakerContainer[] | undefined, deleting = false): SpeakerPod => ({
  metadata: {
    labels: { app: 'metallb', component: 'speaker' },
    ...(deleting ? { deletionTimestamp: '2026-11-28T17:00:00Z' } : {}),
  },
  spec: { containers },
});
/** config/manifests/metallb-native.yaml (config/native): no METALLB_BGP_TYPE, one container. */
const NATIVE = speakerPod([{ name: 'speaker', env: ML_ENV }]);
/** config/manifests/metallb-frr.yaml (config/frr), and the Helm chart with speaker.frr.enabled. */
const FRR = speakerPod([
  { name: 'frr', env: [{ name: 'TINI_SUBREAPER', value: 'true' }] },
  { name: 'reloader' },
  { name: 'frr-metrics' },
  {
    name: 'speaker',
    env: [
      { name: 'FRR_CONFIG_FILE', value: '/etc/frr_reloader/frr.conf' },
      { name: 'FRR_RELOADER_PID_FILE', value: '/etc/frr_reloader/reloader.pid' },
      { name: 'METALLB_BGP_TYPE', value: 'frr' },
      ...ML_ENV,
    ],
  },
]);
/** config/manifests/metallb-frr-k8s.yaml (config/frr-k8s): FRR runs in frr-k8s's own DaemonSet. */
const FRR_K8S = speakerPod([
  { name: 'speaker', env: [{ name: 'METALLB_BGP_TYPE', value: 'frr-k8s' }, ...ML_ENV] },
]);

describe('bgpBackend from the speaker pods (MetalLB without the operator)', () => {
  it('reads METALLB_BGP_TYPE, and its absence as native, in the released manifests', () => {
    expect(speakersBGPBackend([NATIVE, NATIVE])).toBe('native');
    expect(speakersBGPBackend([FRR])).toBe('frr');
    expect(speakersBGPBackend([FRR_K8S])).toBe('frr-k8s');
  });

  it('takes an frr container as FRR when the variable is not there', () => {
    const [, , , speaker] = FRR.spec?.containers ?? [];
    const noVariable = speakerPod([
      ...(FRR.spec?.containers ?? []).slice(0, 3),
      { ...speaker, env: ML_ENV },
    ]);
    expect(speakersBGPBackend([noVariable])).toBe('frr');
  });

  it('says unknown where the evidence is not clear', () => {
    // the variable from a ConfigMap or Secret, or env that envFrom may set
    const fromRef = speakerPod([
      { name: 'speaker', env: [{ name: 'METALLB_BGP_TYPE', valueFrom: { configMapKeyRef: {} } }] },
    ]);
    const envFrom = speakerPod([{ name: 'speaker', env: ML_ENV, envFrom: [{ configMapRef: {} }] }]);
    expect(speakersBGPBackend([fromRef])).toBe('unknown');
    expect(speakersBGPBackend([envFrom])).toBe('unknown');
    // speakers that disagree (a rollout from native to FRR-K8s), none, unread, no speaker container
    expect(speakersBGPBackend([NATIVE, FRR_K8S])).toBe('unknown');
    expect(speakersBGPBackend([])).toBe('unknown');
    expect(speakersBGPBackend(undefined)).toBe('unknown');
    expect(speakersBGPBackend([speakerPod([{ name: 'other' }])])).toBe('unknown');
    // a value MetalLB does not know
    const odd = speakerPod([{ name: 'speaker', env: [{ name: 'METALLB_BGP_TYPE', value: 'x' }] }]);
    expect(speakersBGPBackend([odd])).toBe('unknown');
  });

  it('ignores the controller and pods being deleted', () => {
    const controller = {
      ...NATIVE,
      metadata: { labels: { app: 'metallb', component: 'controller' } },
    };
    expect(speakersBGPBackend([controller])).toBe('unknown');
    expect(speakersBGPBackend([speakerPod(NATIVE.spec?.containers, true), FRR_K8S])).toBe(
      'frr-k8s',
    );
  });

  it('lets the MetalLB resource win when it names a backend', () => {
    expect(bgpBackend(metallb('frr-k8s'), [NATIVE])).toBe('frr-k8s');
    expect(bgpBackend(metallb('native'), [FRR_K8S])).toBe('native');
    expect(bgpBackend(metallb(), [NATIVE])).toBe('native');
    expect(bgpBackend(undefined, [FRR])).toBe('frr');
  });
});

describe('nativePeerLimits', () => {
  it('finds nothing in a plain peer', () => {
    expect(nativePeerLimits(peer({ holdTime: '90s', keepaliveTime: '0s' }))).toEqual([]);
  });

  it('names every field native mode refuses, in MetalLB’s words', () => {
    const limits = nativePeerLimits(
      peer({
        bfdProfile: 'fast',
        keepaliveTime: '30s',
        vrf: 'red',
        connectTime: '10s',
        enableGracefulRestart: true,
        disableMP: true,
        dualStackAddressFamily: true,
        dynamicASN: 'external',
        interface: 'eth1',
        localASN: 64999,
      }),
    );
    expect(limits.map((l) => l.path)).toEqual([
      'spec.bfdProfile',
      'spec.keepaliveTime',
      'spec.vrf',
      'spec.connectTime',
      'spec.enableGracefulRestart',
      'spec.disableMP',
      'spec.dualStackAddressFamily',
      'spec.dynamicASN',
      'spec.interface',
      'spec.localASN',
    ]);
    expect(limits[0].message).toBe('peer 192.0.2.1 has bfd-profile set on native bgp mode');
    expect(limits[1].message).toBe('peer 192.0.2.1 has keepalive-time set on native bgp mode');
    expect(limits[4].message).toBe(
      'peer 192.0.2.1 has EnableGracefulRestart flag set on native bgp mode',
    );
  });

  it('lets a zero keepalive through, as MetalLB does, but not a zero connect time', () => {
    expect(nativePeerLimits(peer({ keepaliveTime: '0s' }))).toEqual([]);
    expect(nativePeerLimits(peer({ connectTime: '0s' })).map((l) => l.path)).toEqual([
      'spec.connectTime',
    ]);
  });
});

describe('nativeBFDLimit', () => {
  it('is MetalLB’s native session manager refusal', () => {
    expect(nativeBFDLimit().message).toBe('bfd profiles not supported in native mode');
  });
});

describe('nativeAdvertisementLimits', () => {
  const advertisement = (spec: BGPAdvertisement['spec']): BGPAdvertisement => ({
    metadata: { name: 'upstream' },
    spec,
  });

  it('refuses large communities, not legacy ones nor aliases', () => {
    const limits = nativeAdvertisementLimits(
      advertisement({ ipAddressPools: [], communities: ['65000:100', 'large:1:2:3', 'no-export'] }),
      [],
    );
    expect(limits).toEqual([
      {
        path: 'spec.communities[1]',
        message:
          'native BGP mode only supports legacy communities, BGP advertisement "upstream" has non legacy community "large:1:2:3"',
      },
    ]);
  });

  it('refuses IPv6 in the pools it covers, naming the first IPv6 CIDR as MetalLB does', () => {
    const pools = [
      pool('v4', ['192.168.123.200-192.168.123.250']),
      pool('dual', ['192.168.124.0/24', '2001:db8::10-2001:db8::1f']),
    ];
    expect(nativeAdvertisementLimits(advertisement({ ipAddressPools: ['v4'] }), pools)).toEqual([]);
    expect(nativeAdvertisementLimits(advertisement({}), pools)).toEqual([
      {
        path: 'spec.ipAddressPools',
        message:
          'pool "dual" has ipv6 CIDR 2001:db8::10/124, native bgp mode does not support ipv6',
      },
    ]);
  });
});

describe('nativeCommunityLimits', () => {
  it('names the alias with a large value, printed as Go prints the alias', () => {
    const community: Community = {
      metadata: { name: 'communities' },
      spec: {
        communities: [
          { name: 'no-advertise', value: '65535:65282' },
          { name: 'big', value: 'large:64500:1:2' },
        ],
      },
    };
    expect(nativeCommunityLimits(community)).toEqual([
      {
        path: 'spec.communities[1].value',
        message:
          'native BGP mode only supports legacy communities, BGP community CR "communities" has non legacy community {"big" "large:64500:1:2"}',
      },
    ]);
  });
});
