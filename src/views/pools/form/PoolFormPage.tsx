// Create (console.resource/create → .../~new) and edit (.../<name>/edit) of an IPAddressPool: the
// shared ResourceFormPage with the pool's fields and MetalLB's pool rules against every other pool.
import { useCallback, useState, type FC } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Alert, Bullseye, PageSection, Spinner } from '@patternfly/react-core';
import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { validateIPAddressPool, type IPAddressPool } from '../../../metallb';
import { ResourceFormPage } from '../../../components/resource-form/ResourceFormPage';
import { gvkOf, IPAddressPoolModel, referenceFor } from '../../../k8s/models';
import { useMetalLBNamespace } from '../../../k8s/hooks/useMetalLBNamespace';
import { PoolFields } from './PoolFields';

const poolsPath = (namespace: string) => `/k8s/ns/${namespace}/${referenceFor(IPAddressPoolModel)}`;

/** A new pool in the namespace MetalLB runs in. */
const newPool = (namespace: string): IPAddressPool => ({
  apiVersion: `${IPAddressPoolModel.apiGroup}/${IPAddressPoolModel.apiVersion}`,
  kind: IPAddressPoolModel.kind,
  metadata: { name: '', namespace },
  spec: { addresses: [''] },
});

const usePools = (namespace: string) =>
  useK8sWatchResource<IPAddressPool[]>({
    groupVersionKind: gvkOf(IPAddressPoolModel),
    namespace,
    isList: true,
  });

const PoolForm: FC<{ initial: IPAddressPool; creating: boolean; latest?: IPAddressPool }> = ({
  initial,
  creating,
  latest,
}) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const { namespace } = useMetalLBNamespace();
  const [pools] = usePools(namespace);
  const validate = useCallback(
    (draft: IPAddressPool) => validateIPAddressPool(draft, pools ?? [], { creating, namespace }),
    [pools, creating, namespace],
  );
  const list = poolsPath(namespace);
  return (
    <ResourceFormPage<IPAddressPool>
      model={IPAddressPoolModel}
      kindLabel={t('IP address pool')}
      initial={initial}
      creating={creating}
      latest={latest}
      validate={validate}
      cancelPath={creating ? list : `${list}/${initial.metadata?.name ?? ''}`}
      savedPath={(saved) => `${list}/${saved.metadata?.name ?? ''}`}
    >
      {(props) => <PoolFields {...props} creating={creating} namespace={namespace} />}
    </ResourceFormPage>
  );
};

const PoolCreateForm: FC<{ namespace: string }> = ({ namespace }) => {
  const [initial] = useState(() => newPool(namespace));
  return <PoolForm initial={initial} creating />;
};

export const PoolCreatePage: FC = () => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const where = useMetalLBNamespace();
  if (!where.loaded)
    return (
      <Bullseye>
        <Spinner aria-label={t('Loading IP address pool')} />
      </Bullseye>
    );
  return <PoolCreateForm namespace={where.namespace} />;
};

export const PoolEditPage: FC = () => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const { name } = useParams();
  const where = useMetalLBNamespace();
  const [pool, watchLoaded, error] = useK8sWatchResource<IPAddressPool>(
    where.loaded
      ? { groupVersionKind: gvkOf(IPAddressPoolModel), namespace: where.namespace, name }
      : null,
  );
  const loaded = where.loaded && watchLoaded;
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
