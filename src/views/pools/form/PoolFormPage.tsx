// Create (console.resource/create → .../~new) and edit (.../<name>/edit) of an IPAddressPool: the
// shared ResourceFormPage with the pool's fields and MetalLB's pool rules against every other pool.
import { useCallback, useState, type FC } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Alert, Bullseye, PageSection, Spinner } from '@patternfly/react-core';
import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { validateIPAddressPool, type IPAddressPool } from '../../../metallb';
import { ResourceFormPage } from '../../../components/resource-form/ResourceFormPage';
import { gvkOf, IPAddressPoolModel, METALLB_NAMESPACE, referenceFor } from '../../../k8s/models';
import { PoolFields } from './PoolFields';

const POOLS_PATH = `/k8s/ns/${METALLB_NAMESPACE}/${referenceFor(IPAddressPoolModel)}`;
export const poolPath = (name: string) => `${POOLS_PATH}/${name}`;

const newPool = (): IPAddressPool => ({
  apiVersion: `${IPAddressPoolModel.apiGroup}/${IPAddressPoolModel.apiVersion}`,
  kind: IPAddressPoolModel.kind,
  metadata: { name: '', namespace: METALLB_NAMESPACE },
  spec: { addresses: [''] },
});

const usePools = () =>
  useK8sWatchResource<IPAddressPool[]>({
    groupVersionKind: gvkOf(IPAddressPoolModel),
    namespace: METALLB_NAMESPACE,
    isList: true,
  });

const PoolForm: FC<{ initial: IPAddressPool; creating: boolean; latest?: IPAddressPool }> = ({
  initial,
  creating,
  latest,
}) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const [pools] = usePools();
  const validate = useCallback(
    (draft: IPAddressPool) =>
      validateIPAddressPool(draft, pools ?? [], { creating, namespace: METALLB_NAMESPACE }),
    [pools, creating],
  );
  return (
    <ResourceFormPage<IPAddressPool>
      model={IPAddressPoolModel}
      kindLabel={t('IP address pool')}
      initial={initial}
      creating={creating}
      latest={latest}
      validate={validate}
      cancelPath={creating ? POOLS_PATH : poolPath(initial.metadata?.name ?? '')}
      savedPath={(saved) => poolPath(saved.metadata?.name ?? '')}
    >
      {(props) => <PoolFields {...props} creating={creating} namespace={METALLB_NAMESPACE} />}
    </ResourceFormPage>
  );
};

export const PoolCreatePage: FC = () => {
  const [initial] = useState(newPool);
  return <PoolForm initial={initial} creating />;
};

export const PoolEditPage: FC = () => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const { name } = useParams();
  const [pool, loaded, error] = useK8sWatchResource<IPAddressPool>({
    groupVersionKind: gvkOf(IPAddressPoolModel),
    namespace: METALLB_NAMESPACE,
    name,
  });
  // The form edits the version it started from; later versions come in as `latest` (conflict).
  const [initial, setInitial] = useState<IPAddressPool>();
  if (loaded && pool && !initial) setInitial(pool);
  if (error)
    return (
      <PageSection>
        <Alert
          isInline
          variant="danger"
          title={t('IP address pool {{name}} could not be loaded', { name })}
        >
          {(error as Error).message ?? String(error)}
        </Alert>
      </PageSection>
    );
  if (!initial)
    return (
      <Bullseye>
        <Spinner aria-label={t('Loading IP address pool')} />
      </Bullseye>
    );
  return <PoolForm initial={initial} creating={false} latest={pool} />;
};

export default PoolCreatePage;
