// MetalLB installed as the operator leaves it: the controller Deployment's pod and one speaker DaemonSet pod
// per node, each the pod its real process runs as; the MetalLB resource's (simulated) operator conditions;
// a speaker whose process dies shows as not ready, and ready again (one restart) once up.sh starts it.
import { readFileSync } from 'fs';
import * as path from 'path';
import type { K8sObject } from './lab';
import {
  METALLB_NS,
  clusterDir,
  env,
  getJson,
  killLabProcess,
  nodes,
  run,
  stateDir,
  waitFor,
} from './lab';

const pidOf = (process: string): number =>
  Number(readFileSync(path.join(stateDir, 'pids', `${process}.pid`), 'utf8').trim());

/** The --pod-name the running process was started with, read from its command line. */
const podNameOf = (process: string): string => {
  const argv = readFileSync(`/proc/${pidOf(process)}/cmdline`, 'utf8').split('\0');
  return argv[argv.indexOf('--pod-name') + 1];
};

const ready = (pod: K8sObject): boolean =>
  pod.status?.conditions?.some((c: K8sObject) => c.type === 'Ready' && c.status === 'True') ??
  false;

const metallbPods = async (component: string): Promise<K8sObject[]> =>
  (
    await getJson('pods', '-n', METALLB_NS, '-l', `app=metallb,component=${component}`)
  ).items.filter((p: K8sObject) => !p.metadata.deletionTimestamp);

const condition = async (type: string): Promise<string | undefined> =>
  (await getJson('metallbs.metallb.io', '-n', METALLB_NS, 'metallb')).status?.conditions?.find(
    (c: K8sObject) => c.type === type,
  )?.status;

const speakersRun = env.SPEAKERS === 'yes';
if (!speakersRun) {
  throw new Error(
    'SPEAKERS=no in .cluster/cluster.env: these tests need the speakers (run up.sh as root)',
  );
}

describe('MetalLB as the operator installs it', () => {
  test('the controller is the pod of Deployment controller, and its process runs as that pod', async () => {
    const [pod, ...others] = await metallbPods('controller');
    expect(others).toEqual([]);
    expect(pod.metadata.ownerReferences[0].kind).toBe('ReplicaSet');
    expect(pod.metadata.name).toMatch(/^controller-[a-z0-9]+-[a-z0-9]{5}$/);
    expect(pod.spec.containers[0].image).toBe('quay.io/metallb/controller:v0.16.1');
    expect(ready(pod)).toBe(true);
    expect(podNameOf('metallb-controller')).toBe(pod.metadata.name);
  });

  test('one speaker per node, pods of DaemonSet speaker, each process running as its node’s pod', async () => {
    const pods = await metallbPods('speaker');
    expect(pods.map((p: K8sObject) => p.spec.nodeName).sort()).toEqual([...nodes].sort());
    for (const pod of pods) {
      expect(pod.metadata.ownerReferences[0]).toMatchObject({ kind: 'DaemonSet', name: 'speaker' });
      expect(pod.spec.hostNetwork).toBe(true);
      expect(ready(pod)).toBe(true);
      expect(podNameOf(`speaker-${pod.spec.nodeName}`)).toBe(pod.metadata.name);
    }
    const ds = await getJson('daemonset', '-n', METALLB_NS, 'speaker');
    expect(ds.status.numberReady).toBe(nodes.length);
  });

  test('the MetalLB resource exists, named metallb, and reports Available', async () => {
    expect(
      await waitFor('MetalLB Available', async () => (await condition('Available')) === 'True'),
    ).toBe(true);
    expect(await condition('Degraded')).toBe('False');
    expect(await condition('Progressing')).toBe('False');
  });

  test('a speaker whose process dies shows as not ready, and ready again when it runs again', async () => {
    const node = nodes[nodes.length - 1];
    const before = (await metallbPods('speaker')).find((p: K8sObject) => p.spec.nodeName === node);
    const restarts = before.status.containerStatuses[0].restartCount;
    const t0 = Date.now();
    await killLabProcess(`speaker-${node}`);
    await waitFor(
      `speaker pod on ${node} not ready`,
      async () => !ready(await getJson('pod', '-n', METALLB_NS, before.metadata.name)),
      20_000,
      200,
    );
    const notReadyMs = Date.now() - t0;
    expect(
      await waitFor('MetalLB Progressing', async () => (await condition('Progressing')) === 'True'),
    ).toBe(true);
    expect(await condition('Available')).toBe('False');
    const daemonSet = await getJson('daemonset', '-n', METALLB_NS, 'speaker');
    expect(daemonSet.status.numberReady).toBeLessThan(nodes.length);

    const up = await run('bash', [path.join(clusterDir, 'up.sh')]);
    expect(up.code).toBe(0);
    const after = await waitFor(
      `speaker pod on ${node} ready again`,
      async () => {
        const pod = await getJson('pod', '-n', METALLB_NS, before.metadata.name);
        return ready(pod) ? pod : undefined;
      },
      30_000,
    );
    expect(after.status.containerStatuses[0].restartCount).toBe(restarts + 1);
    expect(after.status.containerStatuses[0].lastState.terminated.exitCode).toBe(137);
    expect(
      await waitFor(
        'MetalLB Available again',
        async () => (await condition('Available')) === 'True',
      ),
    ).toBe(true);
    console.log(
      `speaker on ${node} killed: its pod not ready after ${(notReadyMs / 1000).toFixed(1)} s; ` +
        `ready again after up.sh, restarts ${restarts} -> ${restarts + 1}`,
    );
  });
});
