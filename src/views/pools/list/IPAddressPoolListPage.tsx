import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import { ListPageBody, ListPageHeader } from '@openshift-console/dynamic-plugin-sdk';
import { Table, Tbody, Th, Thead, Tr } from '@patternfly/react-table';
import { usePoolUtilization } from '../../../k8s/hooks/usePoolUtilization';
import { UtilizationSourceAlert } from '../../../components/UtilizationSourceAlert';
import { PoolRow } from './PoolRow';
import { CreatePoolLink, PoolListEmpty, PoolListError, PoolListLoading } from './PoolListStates';
import './pool-list.css';

/**
 * IPAddressPools with their addresses, auto-assign and utilization per family, live as pools and
 * Services change. Pools live only in the MetalLB namespace (its webhooks refuse them elsewhere), so
 * the page shows that namespace whatever namespace the URL names.
 */
const IPAddressPoolListPage: FC<{ namespace?: string }> = () => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const { pools, utilization, source, loaded, loadError, servicesProblem, servicesError } =
    usePoolUtilization();
  const usageAvailable = source !== 'none';

  let body;
  if (loadError) body = <PoolListError error={loadError} />;
  else if (!loaded) body = <PoolListLoading />;
  else if (pools.length === 0) body = <PoolListEmpty />;
  else {
    body = (
      <>
        <UtilizationSourceAlert source={source} problem={servicesProblem} error={servicesError} />
        <Table aria-label={t('IP address pools')} variant="compact" data-test="pools-table">
          <Thead>
            <Tr>
              <Th>{t('Name')}</Th>
              <Th>{t('Addresses')}</Th>
              <Th modifier="fitContent">{t('Auto-assign')}</Th>
              <Th modifier="fitContent">{t('Utilization')}</Th>
            </Tr>
          </Thead>
          <Tbody>
            {pools.map((pool) => (
              <PoolRow
                key={pool.metadata?.uid ?? pool.metadata?.name}
                pool={pool}
                usage={utilization.get(pool.metadata?.name ?? '')}
                usageAvailable={usageAvailable}
                source={source === 'pool-status' ? 'pool-status' : 'services'}
              />
            ))}
          </Tbody>
        </Table>
      </>
    );
  }

  return (
    <>
      <ListPageHeader title={t('IP address pools')}>
        {loaded && !loadError && pools.length > 0 ? <CreatePoolLink /> : null}
      </ListPageHeader>
      <ListPageBody>{body}</ListPageBody>
    </>
  );
};

export default IPAddressPoolListPage;
