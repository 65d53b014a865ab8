import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Progress,
  ProgressMeasureLocation,
  ProgressSize,
  ProgressVariant,
} from '@patternfly/react-core';
import { formatAddressCount, usageFraction } from '../metallb';

const variantFor = (fraction: number) =>
  fraction >= 1 ? ProgressVariant.danger : fraction >= 0.8 ? ProgressVariant.warning : undefined;

/**
 * "IPv4 · 1 of 51" with a bar; amber at 80%, red when the family is full. Counts are exact in the
 * user's number format ("2⁶⁴" for a /64, see formatAddressCount). An unknown assigned count (a pool
 * MetalLB has written no status for) reads "unknown", never 0. `source` says where the count comes
 * from, for screen readers (the list says it once for all bars).
 */
export const UtilizationBar: FC<{
  family: 'IPv4' | 'IPv6';
  assigned: bigint | undefined;
  capacity: bigint;
  source?: 'services' | 'pool-status';
}> = ({ family, assigned, capacity, source = 'services' }) => {
  const { t, i18n } = useTranslation('plugin__metallb-console-plugin');
  const fraction = assigned === undefined ? 0 : usageFraction(assigned, capacity);
  const counts = {
    assigned: assigned === undefined ? t('unknown') : formatAddressCount(assigned, i18n.language),
    capacity: formatAddressCount(capacity, i18n.language),
  };
  const label = t('{{assigned}} of {{capacity}}', counts);
  const count = Number(capacity); // picks the plural form only; {{capacity}} is exact
  const valueText =
    source === 'pool-status'
      ? t(
          '{{family}}: {{assigned}} of {{capacity}} addresses assigned, as reported by MetalLB in the pool status',
          { ...counts, family, count },
        )
      : t(
          '{{family}}: {{assigned}} of {{capacity}} addresses assigned, counted from LoadBalancer Services',
          { ...counts, family, count },
        );
  return (
    <Progress
      className="metallb-plugin__utilization"
      value={Math.round(fraction * 10000) / 100}
      title={family}
      label={label}
      valueText={valueText}
      measureLocation={ProgressMeasureLocation.outside}
      size={ProgressSize.sm}
      variant={assigned === undefined ? undefined : variantFor(fraction)}
      data-test={`utilization-${family}`}
      data-source={source}
    />
  );
};
