import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import { Label, LabelGroup, Title } from '@patternfly/react-core';
import {
  addressEntrySize,
  formatAddressCount,
  type IPAddressPool,
  type LabelSelector,
} from '../../../metallb';
import { DetailsItem, DetailsList, MetadataItems } from '../../../components/DetailsList';
import { SelectorText } from '../../../components/AdvertisementCells';
import { UtilizationBar } from '../../../components/UtilizationBar';
import { PoolWarningAlerts } from '../PoolWarnings';
import { usePoolFacts } from '../usePoolFacts';
import { AddressMap } from './AddressMap';
import './pool-details.css';

const Selectors: FC<{ selectors?: LabelSelector[] }> = ({ selectors }) =>
  selectors?.length ? (
    <>
      {selectors.map((s, i) => (
        <div key={i}>
          <SelectorText selector={s} />
        </div>
      ))}
    </>
  ) : null;

/** Each entry with its family, size and range written out. */
const AddressList: FC<{ pool: IPAddressPool }> = ({ pool }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const avoid = pool.spec?.avoidBuggyIPs === true;
  return (
    <ul className="metallb-plugin__plain-list" data-test="pool-addresses">
      {(pool.spec?.addresses ?? []).map((entry) => {
        const size = addressEntrySize(entry, avoid);
        return (
          <li key={entry}>
            <code>{entry}</code>{' '}
            {size ? (
              <span className="metallb-plugin__muted">
                {t('IPv{{family}}, {{size}} addresses, {{first}} to {{last}}', {
                  family: size.family,
                  size: formatAddressCount(size.usable),
                  count: Number(size.usable), // the plural form only; {{size}} is exact
                  first: size.first,
                  last: size.last,
                })}
              </span>
            ) : (
              <span className="metallb-plugin__muted">{t('not a valid entry')}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
};

export const PoolDetailsTab: FC<{ obj: IPAddressPool }> = ({ obj: pool }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const facts = usePoolFacts();
  const name = pool.metadata?.name ?? '';
  const usage = facts.utilization.get(name);
  const allocation = pool.spec?.serviceAllocation;
  const annotations = Object.entries(pool.metadata?.annotations ?? {});
  const warnings = facts.loaded ? facts.warningsOf(pool) : [];
  const assignments = facts.assignmentsOf(name);
  const families = usage
    ? [
        { family: 'IPv4' as const, assigned: usage.assignedIPv4, capacity: usage.capacityIPv4 },
        { family: 'IPv6' as const, assigned: usage.assignedIPv6, capacity: usage.capacityIPv6 },
      ].filter((f) => f.capacity > 0n)
    : [];
  return (
    <div className="metallb-plugin__details-body">
      {warnings.length > 0 ? <PoolWarningAlerts warnings={warnings} /> : null}
      <section className="metallb-plugin__details-section">
        <Title headingLevel="h2">{t('IP address pool details')}</Title>
        <DetailsList>
          <MetadataItems obj={pool} />
          <DetailsItem term={t('Addresses')}>
            <AddressList pool={pool} />
          </DetailsItem>
          <DetailsItem term={t('Utilization')} testId="pool-utilization">
            {families.length > 0 ? (
              <div className="metallb-plugin__utilization-list">
                {families.map((f) => (
                  <UtilizationBar
                    key={f.family}
                    {...f}
                    source={facts.source === 'pool-status' ? 'pool-status' : 'services'}
                  />
                ))}
              </div>
            ) : null}
          </DetailsItem>
          <DetailsItem term={t('Auto-assign')}>
            {pool.spec?.autoAssign === false
              ? t('No: only Services that ask for this pool or its addresses get them')
              : t('Yes')}
          </DetailsItem>
          <DetailsItem term={t('Avoid buggy IPs')}>
            {pool.spec?.avoidBuggyIPs
              ? t('Yes: addresses ending in .0 and .255 are skipped')
              : t('No')}
          </DetailsItem>
          <DetailsItem term={t('Service allocation')}>
            {allocation ? (
              <>
                <div>
                  {allocation.priority
                    ? t('Priority {{priority}} (lower is tried first)', {
                        priority: allocation.priority,
                      })
                    : t('No priority (tried after pools with one)')}
                </div>
                {allocation.namespaces?.length ? (
                  <div>{t('Namespaces: {{list}}', { list: allocation.namespaces.join(', ') })}</div>
                ) : null}
                {allocation.namespaceSelectors?.length ? (
                  <div>
                    {t('Namespaces selected by:')}{' '}
                    <Selectors selectors={allocation.namespaceSelectors} />
                  </div>
                ) : null}
                {allocation.serviceSelectors?.length ? (
                  <div>
                    {t('Services selected by:')}{' '}
                    <Selectors selectors={allocation.serviceSelectors} />
                  </div>
                ) : null}
              </>
            ) : (
              t('Any Service (no serviceAllocation)')
            )}
          </DetailsItem>
          <DetailsItem term={t('Annotations')}>
            {annotations.length > 0 ? (
              <LabelGroup numLabels={5}>
                {annotations.map(([k, v]) => (
                  <Label key={k} isCompact>
                    {`${k}=${v}`}
                  </Label>
                ))}
              </LabelGroup>
            ) : null}
          </DetailsItem>
        </DetailsList>
      </section>
      {assignments ? <AddressMap pool={pool} assignments={assignments} /> : null}
    </div>
  );
};
