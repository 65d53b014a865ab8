import { createHash } from 'crypto';
import fc from 'fast-check';
import {
  chooseLauncherSelector,
  launcherPodsOf,
  sha1Hex,
  vmiIdLabelValue,
} from './launcher-selector';
import { launcherPod, vm, vmi } from './test-factories';

describe('sha1Hex', () => {
  it('agrees with Node crypto on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        expect(sha1Hex(s)).toBe(createHash('sha1').update(s, 'utf8').digest('hex'));
      }),
    );
  });
});

describe('vmiIdLabelValue', () => {
  it('is the VMI name up to 63 characters', () => {
    expect(vmiIdLabelValue('database')).toBe('database');
    expect(vmiIdLabelValue('a'.repeat(63))).toBe('a'.repeat(63));
  });
  it('is 54 characters, "-" and 8 hex of the SHA-1 beyond 63, as KubeVirt writes it', () => {
    const long = `vm-${'x'.repeat(80)}`;
    const hash = createHash('sha1').update(long).digest('hex').slice(0, 8);
    expect(vmiIdLabelValue(long)).toBe(`${long.slice(0, 54)}-${hash}`);
    expect(vmiIdLabelValue(long)).toHaveLength(63);
  });
});

describe('chooseLauncherSelector', () => {
  const database = vm('database', undefined, { app: 'database', 'kubevirt.io/domain': 'database' });

  it('selects on vmi.kubevirt.io/id when the running pod has it', () => {
    const pods = [
      launcherPod('database', {
        'vmi.kubevirt.io/id': 'database',
        'vm.kubevirt.io/name': 'database',
      }),
    ];
    const choice = chooseLauncherSelector(database, vmi('database'), pods);
    expect(choice).toMatchObject({
      selector: { 'vmi.kubevirt.io/id': 'database' },
      source: 'vmi-id',
      restartNeeded: false,
      unverified: false,
      alsoMatches: [],
    });
  });

  it('falls back to vm.kubevirt.io/name on KubeVirt before v1.7, and says when it is the hostname', () => {
    const pods = [launcherPod('database', { 'vm.kubevirt.io/name': 'db-host' })];
    const choice = chooseLauncherSelector(database, vmi('database'), pods);
    expect(choice).toMatchObject({
      selector: { 'vm.kubevirt.io/name': 'db-host' },
      source: 'vm-name',
      hostnameDiffers: true,
      restartNeeded: false,
    });
  });

  it('uses the pod’s own (shortened) vmi.kubevirt.io/id value for names longer than 63', () => {
    const name = `database-${'y'.repeat(70)}`;
    const pods = [launcherPod(name, { 'vmi.kubevirt.io/id': vmiIdLabelValue(name) })];
    const choice = chooseLauncherSelector(vm(name), vmi(name), pods);
    expect(choice.selector).toEqual({ 'vmi.kubevirt.io/id': vmiIdLabelValue(name) });
  });

  it('takes a template label the running pod has when KubeVirt’s labels are missing, unless another pod shares it', () => {
    const own = launcherPod('database', { app: 'database', 'kubevirt.io/domain': 'database' });
    const other = launcherPod(
      'winweb01',
      { app: 'database' },
      { name: 'virt-launcher-winweb01-xyz' },
    );
    const choice = chooseLauncherSelector(database, vmi('database'), [own, other]);
    expect(choice).toMatchObject({
      selector: { 'kubevirt.io/domain': 'database' },
      source: 'template-label',
      restartNeeded: false,
    });
  });

  it('proposes a new template label and says a restart is needed when nothing on the pod will do', () => {
    const bare = vm('database', undefined, { 'added-after-start': 'yes' });
    const choice = chooseLauncherSelector(bare, vmi('database'), [launcherPod('database', {})]);
    expect(choice).toMatchObject({
      selector: { 'metallb-console-plugin/vm': 'database' },
      source: 'proposed-label',
      restartNeeded: true,
    });
  });

  it('expects vmi.kubevirt.io/id for a stopped VM, marked unverified', () => {
    const choice = chooseLauncherSelector(database, undefined, []);
    expect(choice).toMatchObject({
      selector: { 'vmi.kubevirt.io/id': 'database' },
      unverified: true,
      restartNeeded: false,
    });
  });

  it('names other pods the selector would also match', () => {
    const own = launcherPod('database', { 'vmi.kubevirt.io/id': 'database' });
    const stray = { metadata: { name: 'impostor', labels: { 'vmi.kubevirt.io/id': 'database' } } };
    expect(chooseLauncherSelector(database, vmi('database'), [own, stray]).alsoMatches).toEqual([
      'impostor',
    ]);
  });

  it('ignores pods being deleted and keeps both pods of a live migration', () => {
    const source = launcherPod('database', { 'vmi.kubevirt.io/id': 'database' });
    const target = launcherPod(
      'database',
      { 'vmi.kubevirt.io/id': 'database' },
      { name: 'target' },
    );
    const gone = launcherPod(
      'database',
      {},
      { name: 'gone', deletionTimestamp: '2026-01-01T00:00:00Z' },
    );
    expect(launcherPodsOf(vmi('database'), [source, target, gone])).toEqual([source, target]);
  });
});
