// The lab's starting point, as the browser tests and a user walking the lab expect it.
import * as fs from 'fs';
import * as path from 'path';
import type { K8sObject } from './lab';
import {
  METALLB_NS,
  apply,
  deleteQuietly,
  env,
  getJson,
  kubectl,
  kubectlIn,
  namespace,
  run,
  stateDir,
  waitFor,
} from './lab';

const asVmOwner = (...args: string[]) =>
  run(env.KUBECTL, ['--kubeconfig', env.VM_OWNER_KUBECONFIG, ...args]);

test('vmexamples holds the running VMs database, winweb01 and winweb02', async () => {
  const vms = (await getJson('virtualmachines.kubevirt.io', '-n', 'vmexamples'))
    .items as K8sObject[];
  expect(vms.map((v) => v.metadata.name).sort()).toEqual(['database', 'winweb01', 'winweb02']);
  for (const v of vms) expect(v.status.printableStatus).toBe('Running');
  const db = vms.find((v) => v.metadata.name === 'database');
  expect(db.spec.template.spec.domain.devices.interfaces[0].ports).toEqual([
    { name: 'mysql', port: 3306, protocol: 'TCP' },
  ]);
});

test('each running VM has a VMI on a node and a virt-launcher pod with KubeVirt labels', async () => {
  const vmi = await getJson('virtualmachineinstances.kubevirt.io', '-n', 'vmexamples', 'database');
  expect(vmi.status.phase).toBe('Running');
  expect(env.LAB_NODES.split(' ')).toContain(vmi.status.nodeName);
  const pods = (await getJson('pods', '-n', 'vmexamples', '-l', 'vmi.kubevirt.io/id=database'))
    .items;
  expect(pods).toHaveLength(1);
  expect(pods[0].metadata.name).toMatch(/^virt-launcher-database-[a-z0-9]{5}$/);
  expect(pods[0].metadata.labels).toMatchObject({
    app: 'database',
    'kubevirt.io': 'virt-launcher',
    'kubevirt.io/created-by': vmi.metadata.uid,
    'vmi.kubevirt.io/id': 'database',
    'vm.kubevirt.io/name': 'database',
  });
  expect(pods[0].metadata.annotations['kubevirt.io/domain']).toBe('database');
  expect(pods[0].spec.nodeName).toBe(vmi.status.nodeName);
  expect(pods[0].status.phase).toBe('Running');
});

test('MetalLB is installed with no address pool yet', async () => {
  expect((await getJson('ipaddresspools.metallb.io', '-n', METALLB_NS)).items).toEqual([]);
  const states = (await getJson('configurationstates.metallb.io', '-n', METALLB_NS))
    .items as K8sObject[];
  expect(states.map((s) => s.metadata.name)).toContain('controller');
  for (const s of states) expect(s.status.result).toBe('Valid');
});

test('vm-owner is admin of vmexamples only', async () => {
  const can = async (...args: string[]) =>
    (await asVmOwner('auth', 'can-i', ...args)).stdout.trim();
  expect(await can('create', 'services', '-n', 'vmexamples')).toBe('yes');
  expect(await can('patch', 'virtualmachines.kubevirt.io', '-n', 'vmexamples')).toBe('yes');
  expect(await can('list', 'virtualmachines.kubevirt.io', '-n', 'default')).toBe('no');
  expect(await can('list', 'ipaddresspools.metallb.io', '-n', METALLB_NS)).toBe('no');
  const r = await asVmOwner('get', 'ipaddresspools.metallb.io', '-n', METALLB_NS);
  expect(r.stderr).toContain('forbidden');
});

test('the ConsolePlugin CRD takes a plugin, and the Console operator object `cluster` exists', async () => {
  const plugin = {
    apiVersion: 'console.openshift.io/v1',
    kind: 'ConsolePlugin',
    metadata: { name: 'metallb-console-plugin' },
    spec: {
      displayName: 'MetalLB',
      backend: {
        type: 'Service',
        service: {
          name: 'metallb-console-plugin',
          namespace: 'metallb-console-plugin',
          port: 9443,
          basePath: '/',
        },
      },
      i18n: { loadType: 'Preload' },
    },
  };
  const r = await kubectlIn(JSON.stringify(plugin), 'apply', '--dry-run=server', '-f', '-');
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const console_ = await getJson('consoles.operator.openshift.io', 'cluster');
  expect(Array.isArray(console_.spec.plugins)).toBe(true);
});

test("the console's service account: its token works and it may manage user settings, as on OpenShift", async () => {
  // bridge's user-settings handler creates each user's ConfigMap, Role and RoleBinding as this account
  const token = fs
    .readFileSync(env.CONSOLE_SA_TOKEN_FILE ?? path.join(stateDir, 'console-sa.token'), 'utf-8')
    .trim();
  const asConsole = (...args: string[]) =>
    run(env.KUBECTL, ['--kubeconfig', env.KUBECONFIG, '--token', token, ...args]);
  const who = await asConsole('auth', 'whoami', '-o', 'jsonpath={.status.userInfo.username}');
  expect(who.stdout).toBe('system:serviceaccount:openshift-console:console');
  const NS = 'openshift-console-user-settings';
  for (const what of ['configmaps', 'roles', 'rolebindings']) {
    expect((await asConsole('auth', 'can-i', 'create', what, '-n', NS)).stdout.trim()).toBe('yes');
  }
  expect(
    (await asConsole('auth', 'can-i', 'create', 'configmaps', '-n', 'default')).stdout.trim(),
  ).toBe('no');
  expect(
    (
      await asConsole('auth', 'can-i', 'list', 'customresourcedefinitions.apiextensions.k8s.io')
    ).stdout.trim(),
  ).toBe('yes');
});

describe('the VM simulator', () => {
  const NS = 'it-vmsim';
  afterAll(() => deleteQuietly('namespace', NS));

  test('stops a VM (VMI and launcher pod go) and starts it again', async () => {
    await apply([
      namespace(NS),
      {
        apiVersion: 'kubevirt.io/v1',
        kind: 'VirtualMachine',
        metadata: { name: 'vm1', namespace: NS },
        spec: {
          runStrategy: 'Always',
          template: { spec: { domain: { devices: {}, memory: { guest: '1Gi' } } } },
        },
      },
    ]);
    const setRunStrategy = (strategy: string) =>
      kubectl(
        'patch',
        'virtualmachines.kubevirt.io',
        '-n',
        NS,
        'vm1',
        '--type=merge',
        '-p',
        JSON.stringify({ spec: { runStrategy: strategy } }),
      );
    const status = async () =>
      (await getJson('virtualmachines.kubevirt.io', '-n', NS, 'vm1')).status?.printableStatus;
    await waitFor('vm1 Running', async () => (await status()) === 'Running');
    await setRunStrategy('Halted');
    await waitFor('vm1 Stopped', async () => (await status()) === 'Stopped');
    await waitFor(
      'no VMI',
      async () =>
        (await getJson('virtualmachineinstances.kubevirt.io', '-n', NS)).items.length === 0,
    );
    await waitFor(
      'no launcher pod',
      async () => (await getJson('pods', '-n', NS)).items.length === 0,
    );
    await setRunStrategy('Always');
    await waitFor('vm1 Running again', async () => (await status()) === 'Running');
  });
});
