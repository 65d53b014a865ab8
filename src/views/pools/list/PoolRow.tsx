import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import { Td, Tr } from '@patternfly/react-table';
import type { IPAddressPool, PoolUsage, PoolWarning } from '../../../metallb';
import { UtilizationBar } from '../../../components/UtilizationBar';
import { ActionsMenu } from '../../../components/actions/ActionsMenu';
import { gvkOf, IPAddressPoolModel } from '../../../k8s/models';
import { PoolWarningLabels } from '../PoolWarnings';
import { usePoolActions } from '../usePoolActions';
import type { usePoolFacts } from '../usePoolFacts';

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
  /** Services holding its addresses; undefined when Services cannot be read. */
  services?: number;
  warnings?: PoolWarning[];
  facts: ReturnType<typeof usePoolFacts>;
}> = ({ pool, usage, usageAvailable, source, services, warnings, facts }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const name = pool.metadata?.name ?? '';
  const actions = usePoolActions(pool, facts);
  return (
    <Tr data-test={`pool-row-${name}`}>
      <Td dataLabel={t('Name')} modifier="nowrap">
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
      <Td dataLabel={t('Services')} modifier="fitContent">
        {services === undefined ? (
          t('Unknown')
        ) : (
          <Link
            to={`/metallb/assignments?pool=${encodeURIComponent(name)}`}
            aria-label={t('{{n}} Services with addresses from {{name}}', { n: services, name })}
          >
            {services}
          </Link>
        )}
      </Td>
      <Td dataLabel={t('Utilization')} modifier="fitContent">
        <Utilization usage={usage} available={usageAvailable} source={source} />
      </Td>
      <Td dataLabel={t('Warnings')}>
        {warnings ? <PoolWarningLabels warnings={warnings} /> : null}
      </Td>
      <Td isActionCell>
        <ActionsMenu actions={actions} name={name} kebab />
      </Td>
    </Tr>
  );
};
