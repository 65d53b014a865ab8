import { renderHook } from '@testing-library/react-hooks';
import useExposeVMActions from './useExposeVMActions';
import { exposeVMPath } from './paths';

describe('useExposeVMActions', () => {
  it('offers the wizard for the VM, reviewed against creating Services in its namespace', () => {
    const vm = { metadata: { name: 'database', namespace: 'vmexamples' } };
    const { result } = renderHook(() => useExposeVMActions(vm));
    const [actions, loaded] = result.current;
    expect(loaded).toBe(true);
    expect(actions).toEqual([
      expect.objectContaining({
        id: 'metallb-expose-vm',
        label: 'Expose with a LoadBalancer',
        cta: { href: '/k8s/ns/vmexamples/metallb-expose-vm?vm=database' },
        accessReview: { group: '', resource: 'services', verb: 'create', namespace: 'vmexamples' },
      }),
    ]);
  });

  it('encodes names in the wizard path', () => {
    expect(exposeVMPath('a b', 'c&d')).toBe('/k8s/ns/a%20b/metallb-expose-vm?vm=c%26d');
    expect(exposeVMPath('vmexamples')).toBe('/k8s/ns/vmexamples/metallb-expose-vm');
    expect(exposeVMPath()).toBe('/k8s/all-namespaces/metallb-expose-vm');
  });
});
