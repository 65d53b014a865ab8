import { renderHook } from '@testing-library/react-hooks';
import {
  useAnnotationsModal,
  useDeleteModal,
  useLabelsModal,
} from '@openshift-console/dynamic-plugin-sdk';
import useVMResourceActions from './useVMResourceActions';

describe('useVMResourceActions', () => {
  it("gives back the console's common actions for a VM, each with the SDK's dialog and an access review", () => {
    const labels = jest.fn();
    const annotations = jest.fn();
    const remove = jest.fn();
    jest.mocked(useLabelsModal).mockReturnValue(labels);
    jest.mocked(useAnnotationsModal).mockReturnValue(annotations);
    jest.mocked(useDeleteModal).mockReturnValue(remove);
    const vm = { metadata: { name: 'database', namespace: 'vmexamples' } };
    const { result } = renderHook(() => useVMResourceActions(vm));
    const [actions, loaded] = result.current;
    expect(loaded).toBe(true);
    expect(jest.mocked(useDeleteModal)).toHaveBeenCalledWith(vm);
    const review = (verb: string) => ({
      group: 'kubevirt.io',
      resource: 'virtualmachines',
      name: 'database',
      namespace: 'vmexamples',
      verb,
    });
    expect(actions).toEqual([
      { id: 'edit-labels', label: 'Edit labels', cta: labels, accessReview: review('patch') },
      {
        id: 'edit-annotations',
        label: 'Edit annotations',
        cta: annotations,
        accessReview: review('patch'),
      },
      {
        id: 'edit-resource',
        label: 'Edit VirtualMachine',
        cta: { href: '/k8s/ns/vmexamples/kubevirt.io~v1~VirtualMachine/database/yaml' },
        accessReview: review('update'),
      },
      {
        id: 'delete-resource',
        label: 'Delete VirtualMachine',
        cta: remove,
        accessReview: review('delete'),
      },
    ]);
  });
});
