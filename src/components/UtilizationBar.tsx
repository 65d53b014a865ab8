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
 * "IPv4 · 1 of 51" with a bar; amber at 80%, red when the family is full. Counts come formatted by the
 * core (exact, or 2^64 for huge IPv6 pools, never a wrong number).
 */
export const UtilizationBar: FC<{
  family: 'IPv4' | 'IPv6';
  assigned: bigint;
  capacity: bigint;
}> = ({ family, assigned, capacity }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const fraction = usageFraction(assigned, capacity);
  const label = t('{{assigned}} of {{capacity}}', {
    assigned: formatAddressCount(assigned),
    capacity: formatAddressCount(capacity),
  });
  return (
    <Progress
      className="metallb-plugin__utilization"
      value={Math.round(fraction * 10000) / 100}
      title={family}
      label={label}
      valueText={t('{{family}}: {{label}} addresses assigned', { family, label })}
      measureLocation={ProgressMeasureLocation.outside}
      size={ProgressSize.sm}
      variant={variantFor(fraction)}
      data-test={`utilization-${family}`}
    />
  );
};
