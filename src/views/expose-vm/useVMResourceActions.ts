import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useAnnotationsModal,
  useDeleteModal,
  useLabelsModal,
  type Action,
  type K8sVerb,
} from '@openshift-console/dynamic-plugin-sdk';
import type { VirtualMachine } from '../../kubevirt';

const VM_REFERENCE = 'kubevirt.io~v1~VirtualMachine';

/**
 * console.action/resource-provider for VirtualMachines, for consoles without kubevirt-plugin (its flag
 * KUBEVIRT_DYNAMIC disables this extension). There VMs show on the console's generic details and list
 * pages, which offer the common actions (edit labels, edit annotations, edit, delete) until any plugin
 * declares a resource provider for the kind: then they show only the providers' actions, the plugin's
 * "Expose with a LoadBalancer" (useExposeVMActions, same context) among them. So this provider gives
 * back the console's four common actions, with the SDK's own dialogs and the same access reviews.
 */
const useVMResourceActions = (vm: VirtualMachine): [Action[], boolean, unknown] => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const launchLabels = useLabelsModal(vm);
  const launchAnnotations = useAnnotationsModal(vm);
  const launchDelete = useDeleteModal(vm);
  const name = vm?.metadata?.name ?? '';
  const namespace = vm?.metadata?.namespace ?? '';
  const actions = useMemo((): Action[] => {
    const review = (verb: K8sVerb) => ({
      group: 'kubevirt.io',
      resource: 'virtualmachines',
      name,
      namespace,
      verb,
    });
    return [
      {
        id: 'edit-labels',
        label: t('Edit labels'),
        cta: launchLabels,
        accessReview: review('patch'),
      },
      {
        id: 'edit-annotations',
        label: t('Edit annotations'),
        cta: launchAnnotations,
        accessReview: review('patch'),
      },
      {
        id: 'edit-resource',
        label: t('Edit {{kind}}', { kind: 'VirtualMachine' }),
        cta: {
          href: `/k8s/ns/${encodeURIComponent(namespace)}/${VM_REFERENCE}/${encodeURIComponent(name)}/yaml`,
        },
        accessReview: review('update'),
      },
      {
        id: 'delete-resource',
        label: t('Delete {{kind}}', { kind: 'VirtualMachine' }),
        cta: launchDelete,
        accessReview: review('delete'),
      },
    ];
  }, [t, name, namespace, launchLabels, launchAnnotations, launchDelete]);
  return [actions, true, undefined];
};

export default useVMResourceActions;
