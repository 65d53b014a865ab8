import { metallbComponents } from './install';
import { findClusterWarnings } from './install-warnings';
import { configurationState, metallbPod, node } from './install-test-factories';
import { bgpAdvertisement, l2Advertisement } from './test-factories';

const kinds = (warnings: ReturnType<typeof findClusterWarnings>) =>
  warnings.map((w) => [w.kind, w.object.kind, w.object.name]);

describe('findClusterWarnings', () => {
  const nodes = [node('worker-1', { zone: 'a' }), node('worker-2', { zone: 'b' })];

  it('flags an advertisement whose node selectors select no node, naming it and the field', () => {
    const warnings = findClusterWarnings({
      nodes,
      l2Advertisements: [
        l2Advertisement('zone-c', { nodeSelectors: [{ matchLabels: { zone: 'c' } }] }),
        l2Advertisement('zone-a-or-c', {
          nodeSelectors: [{ matchLabels: { zone: 'c' } }, { matchLabels: { zone: 'a' } }],
        }),
        l2Advertisement('everywhere'),
      ],
      bgpAdvertisements: [
        bgpAdvertisement('nowhere', {
          nodeSelectors: [{ matchExpressions: [{ key: 'zone', operator: 'In', values: ['x'] }] }],
        }),
      ],
    });
    expect(kinds(warnings)).toEqual([
      ['advertisement-node-selectors-match-no-node', 'L2Advertisement', 'zone-c'],
      ['advertisement-node-selectors-match-no-node', 'BGPAdvertisement', 'nowhere'],
    ]);
    expect(warnings[0]).toMatchObject({ path: 'spec.nodeSelectors' });
    expect(warnings[0].message).toContain('L2Advertisement "zone-c" selects no node');
  });

  it('does not guess about node selectors when the nodes could not be read', () => {
    expect(
      findClusterWarnings({
        l2Advertisements: [
          l2Advertisement('zone-c', { nodeSelectors: [{ matchLabels: { zone: 'c' } }] }),
        ],
      }),
    ).toEqual([]);
  });

  it('flags each speaker that is not ready, and each node without a speaker', () => {
    const components = metallbComponents(
      [
        metallbPod('speaker', 'speaker-a', 'worker-1', { ready: false }),
        metallbPod('controller', 'controller-1', 'worker-1'),
      ],
      [],
      nodes,
    );
    const warnings = findClusterWarnings({ nodes, components });
    expect(kinds(warnings)).toEqual([
      ['speaker-not-ready', 'Pod', 'speaker-a'],
      ['node-without-speaker', 'Node', 'worker-2'],
    ]);
    expect(warnings[0]).toMatchObject({
      node: 'worker-1',
      object: { namespace: 'metallb-system' },
    });
  });

  it('flags a controller that is not ready, or the Deployment when no controller pod runs', () => {
    const notReady = metallbComponents(
      [metallbPod('controller', 'controller-1', 'worker-1', { ready: false })],
      [],
    );
    expect(kinds(findClusterWarnings({ components: notReady }))).toEqual([
      ['controller-not-ready', 'Pod', 'controller-1'],
    ]);
    const none = findClusterWarnings({
      components: metallbComponents([], []),
      namespace: 'metallb-system',
    });
    expect(none[0]).toMatchObject({
      kind: 'controller-not-ready',
      object: { kind: 'Deployment', name: 'controller', namespace: 'metallb-system' },
    });
    expect(none[0].message).toContain(
      'No MetalLB controller pod runs in namespace "metallb-system"',
    );
  });

  it('does not ask for a speaker on nodes the MetalLB resource’s nodeSelector leaves out', () => {
    const components = metallbComponents(
      [
        metallbPod('speaker', 'speaker-a', 'worker-1'),
        metallbPod('controller', 'controller-1', 'worker-1'),
      ],
      [],
      nodes,
    );
    expect(findClusterWarnings({ nodes, components, speakerNodeSelector: { zone: 'a' } })).toEqual(
      [],
    );
  });

  it('flags nodes labelled to be excluded from external load balancers', () => {
    const warnings = findClusterWarnings({
      nodes: [
        node('worker-1'),
        node('worker-3', { 'node.kubernetes.io/exclude-from-external-load-balancers': '' }),
      ],
    });
    expect(kinds(warnings)).toEqual([['node-excluded-from-load-balancers', 'Node', 'worker-3']]);
  });

  it('repeats an Invalid ConfigurationState’s error summary verbatim', () => {
    const warnings = findClusterWarnings({
      configurationStates: [
        configurationState('controller', 'Valid'),
        configurationState('speaker-x', 'Invalid', {
          node: 'worker-1',
          errorSummary: 'failed to parse peer p1: missing peer ASN and dynamicASN',
        }),
      ],
    });
    expect(kinds(warnings)).toEqual([['configuration-invalid', 'ConfigurationState', 'speaker-x']]);
    expect(warnings[0].detail).toBe('failed to parse peer p1: missing peer ASN and dynamicASN');
  });
});
