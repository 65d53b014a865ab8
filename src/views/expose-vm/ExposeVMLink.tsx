import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom-v5-compat';
import { useActiveNamespace, useFlag } from '@openshift-console/dynamic-plugin-sdk';
import { FLAG_KUBEVIRT } from '../../k8s/flags';
import { exposeVMPath } from './paths';

/** "Expose a VM" for other pages' headers; shown only where KubeVirt's VirtualMachine is served. */
export const ExposeVMLink: FC = () => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const kubevirt = useFlag(FLAG_KUBEVIRT);
  const [namespace] = useActiveNamespace();
  if (!kubevirt) return null;
  const to = exposeVMPath(namespace && namespace !== '#ALL_NS#' ? namespace : undefined);
  return (
    <Link to={to} data-test="expose-vm-link">
      {t('Expose a VM')}
    </Link>
  );
};
