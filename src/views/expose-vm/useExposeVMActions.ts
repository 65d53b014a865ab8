import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action } from '@openshift-console/dynamic-plugin-sdk';
import type { VirtualMachine } from '../../kubevirt';
import { exposeVMPath } from './paths';

/**
 * console.action/provider for `kubevirt.io~v1~VirtualMachine`: kubevirt-plugin's VM menu
 * (VirtualMachineActions.tsx, a LazyActionMenu with that context) merges these with its own actions.
 */
const useExposeVMActions = (vm: VirtualMachine): [Action[], boolean, unknown] => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const name = vm?.metadata?.name ?? '';
  const namespace = vm?.metadata?.namespace ?? '';
  const actions = useMemo(
    (): Action[] => [
      {
        id: 'metallb-expose-vm',
        label: t('Expose with a LoadBalancer'),
        description: t('Give ports of this VM an external IP from MetalLB'),
        cta: { href: exposeVMPath(namespace, name) },
        accessReview: { group: '', resource: 'services', verb: 'create', namespace },
      },
    ],
    [t, name, namespace],
  );
  return [actions, true, undefined];
};

export default useExposeVMActions;
