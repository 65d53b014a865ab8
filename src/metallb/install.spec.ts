import {
  advertisementMode,
  findMetalLBNamespace,
  imageVersion,
  metallbComponents,
  operatorConditions,
  operatorHealthy,
} from './install';
import { configurationState, metallbPod, metallbResource, node } from './install-test-factories';

describe('findMetalLBNamespace', () => {
  it('takes the namespace of the operator’s MetalLB resource first', () => {
    expect(
      findMetalLBNamespace(
        [metallbResource('openshift-metallb')],
        [metallbPod('controller', 'controller-1', 'worker-1', { namespace: 'elsewhere' })],
      ),
    ).toEqual({ namespace: 'openshift-metallb', source: 'metallb-resource' });
  });

  it('else the namespace the controller pod runs in', () => {
    expect(
      findMetalLBNamespace(
        [],
        [
          metallbPod('speaker', 'speaker-a', 'worker-1', { namespace: 'lb' }),
          metallbPod('controller', 'controller-1', 'worker-1', { namespace: 'lb' }),
        ],
      ),
    ).toEqual({ namespace: 'lb', source: 'controller-pod' });
  });

  it('else metallb-system, marked as the default', () => {
    expect(findMetalLBNamespace([], [])).toEqual({
      namespace: 'metallb-system',
      source: 'default',
    });
  });
});

describe('imageVersion', () => {
  it.each([
    ['quay.io/metallb/speaker:v0.16.1', 'v0.16.1'],
    ['localhost:5000/metallb/controller:v0.15.2', 'v0.15.2'],
    ['registry.redhat.io/openshift4/metallb-rhel9@sha256:abc', 'metallb-rhel9'],
    ['registry.example:5000/metallb', 'metallb'],
    [undefined, undefined],
  ])('%s -> %s', (image, version) => expect(imageVersion(image)).toBe(version));
});

describe('metallbComponents', () => {
  const pods = [
    metallbPod('speaker', 'speaker-b', 'worker-2', { ready: false, restarts: 3 }),
    metallbPod('speaker', 'speaker-a', 'worker-1'),
    metallbPod('controller', 'controller-7d9', 'worker-1'),
    { ...metallbPod('speaker', 'unrelated', 'worker-3'), metadata: { name: 'x', labels: {} } },
  ];

  it('finds the controller and each speaker by node, with readiness, restarts and version', () => {
    const { controllers, speakers } = metallbComponents(pods, []);
    expect(controllers).toEqual([
      expect.objectContaining({
        component: 'controller',
        pod: 'controller-7d9',
        node: 'worker-1',
        ready: true,
        version: 'v0.16.1',
      }),
    ]);
    expect(speakers.map((s) => [s.node, s.pod, s.ready, s.restarts])).toEqual([
      ['worker-1', 'speaker-a', true, 0],
      ['worker-2', 'speaker-b', false, 3],
    ]);
  });

  it('a Running pod without the Ready condition is not ready; a pod being deleted is left out', () => {
    const starting = metallbPod('speaker', 'speaker-c', 'worker-3');
    starting.status = { phase: 'Running', conditions: [] };
    const leaving = metallbPod('speaker', 'speaker-d', 'worker-4');
    leaving.metadata = { ...leaving.metadata, deletionTimestamp: '2026-01-01T00:00:00Z' };
    const { speakers } = metallbComponents([starting, leaving], []);
    expect(speakers.map((s) => [s.pod, s.ready])).toEqual([['speaker-c', false]]);
  });

  it('joins each component with its ConfigurationState (by label, or by name on older objects)', () => {
    const { controllers, speakers } = metallbComponents(pods, [
      configurationState('controller', 'Valid'),
      configurationState('speaker-w1', 'Invalid', {
        node: 'worker-1',
        errorSummary: 'peer p1 has no address',
      }),
      { metadata: { name: 'speaker-worker-2' }, status: { result: 'Whatever' } },
    ]);
    expect(controllers[0].configuration).toEqual({ result: 'Valid' });
    expect(speakers[0].configuration).toEqual({
      result: 'Invalid',
      errorSummary: 'peer p1 has no address',
    });
    expect(speakers[1].configuration).toEqual({ result: 'Unknown' });
  });

  it('leaves the configuration undefined where MetalLB writes no ConfigurationState', () => {
    expect(metallbComponents(pods, []).speakers[0].configuration).toBeUndefined();
  });

  it('names the nodes no speaker runs on', () => {
    expect(
      metallbComponents(pods, [], [node('worker-1'), node('worker-3'), node('worker-2')])
        .nodesWithoutSpeaker,
    ).toEqual(['worker-3']);
  });
});

describe('operator conditions', () => {
  it('lists the four conditions in the operator’s order, present or not', () => {
    const m = metallbResource('metallb-system', { Degraded: 'False', Available: 'True' });
    expect(operatorConditions(m).map(({ type, condition }) => [type, condition?.status])).toEqual([
      ['Available', 'True'],
      ['Progressing', undefined],
      ['Degraded', 'False'],
      ['Upgradeable', undefined],
    ]);
  });

  it('is healthy when Available and not Degraded', () => {
    expect(operatorHealthy(metallbResource())).toBe(true);
    expect(operatorHealthy(metallbResource('ns', { Available: 'True', Degraded: 'True' }))).toBe(
      false,
    );
    expect(operatorHealthy(metallbResource('ns', { Available: 'False' }))).toBe(false);
    expect(operatorHealthy({ metadata: { name: 'metallb' } })).toBe(false);
  });
});

describe('advertisementMode', () => {
  it.each([
    [1, 0, 'layer2'],
    [0, 2, 'bgp'],
    [1, 1, 'both'],
    [0, 0, 'none'],
  ] as const)('%d L2 and %d BGP advertisements: %s', (l2, bgp, mode) =>
    expect(advertisementMode(l2, bgp)).toBe(mode),
  );
});
