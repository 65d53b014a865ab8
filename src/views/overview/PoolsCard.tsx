import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import { Card, CardBody, CardTitle } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import type { PoolsWithUtilization } from '../../k8s/hooks/usePoolUtilization';
import { gvkOf, IPAddressPoolModel } from '../../k8s/models';
import { UtilizationBar } from '../../components/UtilizationBar';

/** Each pool's utilization per family, the same figures as the pool list. */
export const PoolsCard: FC<{ pools: PoolsWithUtilization }> = ({ pools }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const available = pools.source !== 'none';
  let body;
  if (pools.loadError) body = t('IP address pools could not be loaded');
  else if (pools.pools.length === 0) body = t('No IP address pools yet.');
  else
    body = (
      <Table aria-label={t('IP address pools')} variant="compact">
        <Thead>
          <Tr>
            <Th>{t('Name')}</Th>
            <Th>{t('Utilization')}</Th>
          </Tr>
        </Thead>
        <Tbody>
          {pools.pools.map((pool) => {
            const name = pool.metadata?.name ?? '';
            const usage = pools.utilization.get(name);
            const families = usage
              ? [
                  {
                    family: 'IPv4' as const,
                    assigned: usage.assignedIPv4,
                    capacity: usage.capacityIPv4,
                  },
                  {
                    family: 'IPv6' as const,
                    assigned: usage.assignedIPv6,
                    capacity: usage.capacityIPv6,
                  },
                ].filter((f) => f.capacity > 0n || (f.assigned ?? 0n) > 0n)
              : [];
            return (
              <Tr key={pool.metadata?.uid ?? name} data-test={`overview-pool-${name}`}>
                <Td dataLabel={t('Name')}>
                  <ResourceLink
                    groupVersionKind={gvkOf(IPAddressPoolModel)}
                    name={name}
                    namespace={pool.metadata?.namespace}
                  />
                </Td>
                <Td dataLabel={t('Utilization')}>
                  {!available || !usage
                    ? t('Unavailable')
                    : families.length === 0
                      ? t('No valid addresses')
                      : families.map((f) => (
                          <UtilizationBar
                            key={f.family}
                            {...f}
                            source={pools.source === 'pool-status' ? 'pool-status' : 'services'}
                          />
                        ))}
                </Td>
              </Tr>
            );
          })}
        </Tbody>
      </Table>
    );
  return (
    <Card data-test="pools-card">
      <CardTitle component="h2">{t('IP address pools')}</CardTitle>
      <CardBody>{body}</CardBody>
    </Card>
  );
};
