import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import { Td, Tr } from '@patternfly/react-table';
import type { IPAddressPool, PoolUsage } from '../../../metallb';
import { UtilizationBar } from '../../../components/UtilizationBar';
import { gvkOf, IPAddressPoolModel } from '../../../k8s/models';

const Utilization: FC<{
  usage?: PoolUsage;
  available: boolean;
  source: 'services' | 'pool-status';
}> = ({ usage, available, source }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  if (!available || !usage) return <>{t('Unavailable')}</>;
  const families = [
    { family: 'IPv4' as const, assigned: usage.assignedIPv4, capacity: usage.capacityIPv4 },
    { family: 'IPv6' as const, assigned: usage.assignedIPv6, capacity: usage.capacityIPv6 },
  ].filter((f) => f.capacity > 0n || (f.assigned ?? 0n) > 0n);
  if (families.length === 0) return <>{t('No valid addresses')}</>;
  return (
    <div className="metallb-plugin__utilization-list">
      {families.map((f) => (
        <UtilizationBar key={f.family} {...f} source={source} />
      ))}
    </div>
  );
};

export const PoolRow: FC<{
  pool: IPAddressPool;
  usage?: PoolUsage;
  usageAvailable: boolean;
  source: 'services' | 'pool-status';
}> = ({ pool, usage, usageAvailable, source }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const name = pool.metadata?.name ?? '';
  return (
    <Tr data-test={`pool-row-${name}`}>
      <Td dataLabel={t('Name')}>
        <ResourceLink
          groupVersionKind={gvkOf(IPAddressPoolModel)}
          name={name}
          namespace={pool.metadata?.namespace}
        />
      </Td>
      <Td dataLabel={t('Addresses')}>
        {(pool.spec?.addresses ?? []).map((entry) => (
          <div key={entry}>{entry}</div>
        ))}
      </Td>
      <Td dataLabel={t('Auto-assign')}>{pool.spec?.autoAssign === false ? t('No') : t('Yes')}</Td>
      <Td dataLabel={t('Utilization')} modifier="fitContent">
        <Utilization usage={usage} available={usageAvailable} source={source} />
      </Td>
    </Tr>
  );
};
