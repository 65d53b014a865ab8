// Create (console.resource/create → .../~new) and edit (.../<name>/edit) of an IPAddressPool: the
// shared kind form pages with the pool's fields and MetalLB's pool rules against every other pool.
import { useCallback, type FC } from 'react';
import { useTranslation } from 'react-i18next';
import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { validateIPAddressPool, type IPAddressPool } from '../../../metallb';
import { gvkOf, IPAddressPoolModel } from '../../../k8s/models';
import { useMetalLBNamespace } from '../../../k8s/hooks/useMetalLBNamespace';
import {
  makeKindFormPages,
  type KindFieldsProps,
} from '../../../components/kind-form/KindFormPages';
import { PoolFields } from './PoolFields';

const useValidate = (creating: boolean) => {
  const { namespace } = useMetalLBNamespace();
  const [pools] = useK8sWatchResource<IPAddressPool[]>({
    groupVersionKind: gvkOf(IPAddressPoolModel),
    namespace,
    isList: true,
  });
  return useCallback(
    (draft: IPAddressPool) => validateIPAddressPool(draft, pools ?? [], { creating, namespace }),
    [pools, creating, namespace],
  );
};

const useKindLabel = () => useTranslation('plugin__metallb-console-plugin').t('IP address pool');

const PoolFieldsInNamespace: FC<KindFieldsProps<IPAddressPool>> = (props) => {
  const { namespace } = useMetalLBNamespace();
  return <PoolFields {...props} namespace={namespace} />;
};

const { CreatePage, EditPage } = makeKindFormPages<IPAddressPool>({
  model: IPAddressPoolModel,
  useKindLabel,
  newSpec: () => ({ addresses: [''] }),
  useValidate,
  Fields: PoolFieldsInNamespace,
  ownNameField: true,
});

export const PoolCreatePage = CreatePage;
export const PoolEditPage = EditPage;
export default CreatePage;
