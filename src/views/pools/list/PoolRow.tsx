import { memo, type FC } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom-v5-compat';
import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import { Td, Tr } from '@patternfly/react-table';
import type { IPAddressPool, PoolUsage, PoolWarning } from '../../../metallb';
import { UtilizationBar } from '../../../components/UtilizationBar';
import { gvkOf, IPAddressPoolModel } from '../../../k8s/models';
import { PoolWarningLabels } from '../PoolWarnings';
import { PoolRowActions } from './PoolRowActions';

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

interface PoolRowProps {
  pool: IPAddressPool;
  usage?: PoolUsage;
  usageAvailable: boolean;
  source: 'services' | 'pool-status';
  /** Services holding its addresses; undefined when Services cannot be read. */
  services?: number;
  /** undefined until the advertisements are read. */
  warnings?: PoolWarning[];
}

const sameUsage = (a?: PoolUsage, b?: PoolUsage) =>
  a === b ||
  (!!a &&
    !!b &&
    a.assignedIPv4 === b.assignedIPv4 &&
    a.assignedIPv6 === b.assignedIPv6 &&
    a.capacityIPv4 === b.capacityIPv4 &&
    a.capacityIPv6 === b.capacityIPv6);

const sameWarnings = (a?: PoolWarning[], b?: PoolWarning[]) =>
  a === b || (!!a && !!b && JSON.stringify(a) === JSON.stringify(b));

/**
 * Every watch flush recomputes the figures of every pool into new objects; a row re-renders only
 * when its own figures changed (a Service gaining an IP re-renders one row, not the page).
 */
const sameRow = (a: PoolRowProps, b: PoolRowProps) =>
  a.pool === b.pool &&
  a.usageAvailable === b.usageAvailable &&
  a.source === b.source &&
  a.services === b.services &&
  sameUsage(a.usage, b.usage) &&
  sameWarnings(a.warnings, b.warnings);

const PoolRowContent: FC<PoolRowProps> = ({
  pool,
  usage,
  usageAvailable,
  source,
  services,
  warnings,
}) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const name = pool.metadata?.name ?? '';
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
            aria-label={t('{{count}} Services with addresses from {{name}}', {
              count: services,
              name,
            })}
          >
            {services}
          </Link>
        )}
      </Td>
      <Td dataLabel={t('Utilization')} modifier="fitContent">
        <Utilization usage={usage} available={usageAvailable} source={source} />
      </Td>
      <Td dataLabel={t('Warnings')} data-test={warnings ? 'pool-warnings' : undefined}>
        {warnings ? <PoolWarningLabels warnings={warnings} /> : null}
      </Td>
      <Td isActionCell>
        <PoolRowActions pool={pool} />
      </Td>
    </Tr>
  );
};

export const PoolRow = memo(PoolRowContent, sameRow);
