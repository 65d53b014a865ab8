import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ListPageBody,
  ListPageHeader,
  useK8sWatchResource,
} from '@openshift-console/dynamic-plugin-sdk';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { gvkOf, IPAddressPoolModel, METALLB_NAMESPACE } from '../../../k8s/models';

type IPAddressPool = K8sResourceCommon & { spec?: { addresses?: string[]; autoAssign?: boolean } };

/** First slice of the pool list: name, addresses and auto-assign, watched live. */
const IPAddressPoolListPage: FC<{ namespace?: string }> = ({ namespace }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const [pools, loaded, error] = useK8sWatchResource<IPAddressPool[]>({
    groupVersionKind: gvkOf(IPAddressPoolModel),
    namespace: namespace ?? METALLB_NAMESPACE,
    isList: true,
  });
  return (
    <>
      <ListPageHeader title={t('IP address pools')} />
      <ListPageBody>
        {error ? <p>{String(error)}</p> : null}
        {loaded && !error ? (
          <Table aria-label={t('IP address pools')} variant="compact">
            <Thead>
              <Tr>
                <Th>{t('Name')}</Th>
                <Th>{t('Addresses')}</Th>
                <Th>{t('Auto-assign')}</Th>
              </Tr>
            </Thead>
            <Tbody>
              {pools.map((pool) => (
                <Tr key={pool.metadata?.uid ?? pool.metadata?.name}>
                  <Td dataLabel={t('Name')}>{pool.metadata?.name}</Td>
                  <Td dataLabel={t('Addresses')}>{(pool.spec?.addresses ?? []).join(', ')}</Td>
                  <Td dataLabel={t('Auto-assign')}>
                    {pool.spec?.autoAssign === false ? t('No') : t('Yes')}
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        ) : null}
      </ListPageBody>
    </>
  );
};

export default IPAddressPoolListPage;
