import { readFileSync } from 'fs';
import * as path from 'path';
import { endpointSlice, node, speaker } from './announcement-factories';
import {
  EXCLUDE_FROM_LB_LABEL,
  electL2,
  electionHash,
  electionOrder,
  goIPString,
  nextInLine,
  type ElectionInput,
} from './election';
import { l2Advertisement, pool, service } from './test-factories';

type Vector = { ip: string; goIP: string; order: string[]; hashes: Record<string, string> };
// Recorded from Go's crypto/sha256 and net.IP.String(): see testdata/README.md.
const vectors = JSON.parse(
  readFileSync(path.join(__dirname, 'testdata/election-vectors.json'), 'utf8'),
) as Vector[];

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('the election order, against Go', () => {
  it.each(vectors.map((v) => [`${v.ip} over ${v.order.length} nodes`, v] as const))(
    '%s',
    (_name, v) => {
      expect(goIPString(v.ip)).toBe(v.goIP);
      for (const [n, h] of Object.entries(v.hashes)) expect(hex(electionHash(n, v.goIP))).toBe(h);
      // Any input order gives MetalLB's order.
      expect(electionOrder([...v.order].reverse(), v.ip)).toEqual(v.order);
      expect(electionOrder([...v.order].sort(), v.ip)).toEqual(v.order);
    },
  );

  it('puts worker-3 first and worker-1 next for the lab database IP, as seen on the cluster', () => {
    expect(electionOrder(['worker-1', 'worker-2', 'worker-3'], '192.168.123.200')).toEqual([
      'worker-3',
      'worker-1',
      'worker-2',
    ]);
  });
});

const lab = (overrides: Partial<ElectionInput> = {}): ElectionInput => ({
  service: service('database', ['192.168.123.200'], { namespace: 'vmexamples' }),
  ip: '192.168.123.200',
  pool: pool('lab', ['192.168.123.200-192.168.123.250']),
  l2Advertisements: [l2Advertisement('lab-l2')],
  nodes: ['worker-1', 'worker-2', 'worker-3'].map((n) => node(n)),
  speakers: ['worker-1', 'worker-2', 'worker-3'].map((n) => speaker(n)),
  endpointSlices: [endpointSlice('database', [['worker-2', true]], 'vmexamples')],
  ...overrides,
});

describe('electL2: the candidates', () => {
  it('takes every node with a ready speaker, in hash order, and names the next in line', () => {
    const e = electL2(lab());
    expect(e.candidates).toEqual(['worker-3', 'worker-1', 'worker-2']);
    expect(e.excluded).toEqual([]);
    expect(nextInLine(e, 'worker-3')).toBe('worker-1');
    expect(nextInLine(e, 'worker-1')).toBe('worker-3');
  });

  it('drops nodes whose speaker is missing or not ready (the stand-in for memberlist)', () => {
    const e = electL2(lab({ speakers: [speaker('worker-1'), speaker('worker-3', false)] }));
    expect(e.candidates).toEqual(['worker-1']);
    expect(e.excluded).toEqual([
      { node: 'worker-2', reason: 'no-speaker' },
      { node: 'worker-3', reason: 'speaker-not-ready' },
    ]);
  });

  it('drops nodes with NetworkUnavailable and nodes labelled exclude-from-external-load-balancers', () => {
    const e = electL2(
      lab({
        nodes: [
          node('worker-1', { networkUnavailable: true }),
          node('worker-2', { labels: { [EXCLUDE_FROM_LB_LABEL]: '' } }),
          node('worker-3'),
        ],
      }),
    );
    expect(e.candidates).toEqual(['worker-3']);
    expect(e.excluded.map((x) => x.reason)).toEqual([
      'network-unavailable',
      'excluded-from-load-balancers',
    ]);
  });

  it('keeps the nodes any applicable advertisement selects, ignoring advertisements of other pools', () => {
    const e = electL2(
      lab({
        nodes: [
          node('worker-1', { labels: { zone: 'a' } }),
          node('worker-2', { labels: { zone: 'b' } }),
          node('worker-3', { labels: { zone: 'c' } }),
        ],
        l2Advertisements: [
          l2Advertisement('a', {
            ipAddressPools: ['lab'],
            nodeSelectors: [{ matchLabels: { zone: 'a' } }],
          }),
          l2Advertisement('b', {
            ipAddressPools: ['lab'],
            nodeSelectors: [{ matchLabels: { zone: 'b' } }],
          }),
          l2Advertisement('other', { ipAddressPools: ['other'] }),
        ],
      }),
    );
    expect(e.advertisements.map((a) => a.metadata?.name)).toEqual(['a', 'b']);
    expect(e.candidates).toEqual(['worker-1', 'worker-2']);
    expect(e.excluded).toEqual([{ node: 'worker-3', reason: 'not-selected-by-advertisement' }]);
  });

  it('applies only advertisements whose serviceSelectors match the Service (v0.16)', () => {
    const ads = [
      l2Advertisement('web-only', { serviceSelectors: [{ matchLabels: { app: 'web' } }] }),
    ];
    expect(electL2(lab({ l2Advertisements: ads })).candidates).toEqual([]);
    const web = {
      ...service('database', ['192.168.123.200']),
      metadata: { name: 'database', namespace: 'vmexamples', labels: { app: 'web' } },
    };
    expect(electL2(lab({ l2Advertisements: ads, service: web })).candidates).toHaveLength(3);
  });

  it('with externalTrafficPolicy Local, keeps only nodes with a serving endpoint', () => {
    const local = service('database', ['192.168.123.200'], { namespace: 'vmexamples' });
    local.spec = { ...local.spec, externalTrafficPolicy: 'Local' };
    const e = electL2(lab({ service: local }));
    expect(e.candidates).toEqual(['worker-2']);
    expect(e.excluded.filter((x) => x.reason === 'no-local-endpoint').map((x) => x.node)).toEqual([
      'worker-1',
      'worker-3',
    ]);
  });

  it('says when no endpoint can serve (ready, or serving while terminating)', () => {
    expect(electL2(lab({ endpointSlices: [] })).hasServingEndpoint).toBe(false);
    expect(
      electL2(lab({ endpointSlices: [endpointSlice('database', [['worker-1', false]])] }))
        .hasServingEndpoint,
    ).toBe(false);
    const terminating = endpointSlice('database', [['worker-1', false]]);
    terminating.endpoints![0].conditions = { ready: false, serving: true, terminating: true };
    expect(electL2(lab({ endpointSlices: [terminating] })).hasServingEndpoint).toBe(true);
  });

  it('hashes the IP in Go text form, so an IPv6 written long sorts as MetalLB sorts it', () => {
    const e = electL2(lab({ ip: 'FD00:0:0:0:0:0:0:1' }));
    expect(e.ip).toBe('fd00::1');
    expect(e.candidates).toEqual(['worker-2', 'worker-1', 'worker-3']);
  });
});
