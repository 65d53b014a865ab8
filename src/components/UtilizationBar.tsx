import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Progress,
  ProgressMeasureLocation,
  ProgressSize,
  ProgressVariant,
} from '@patternfly/react-core';
import { formatAddressCountForDisplay, utilizationPercent } from './AddressCount';

const variantFor = (percent: number) =>
  percent >= 100 ? ProgressVariant.danger : percent >= 80 ? ProgressVariant.warning : undefined;

/** "IPv4 · 1 of 51" with a bar; the bar turns amber at 80% and red when the family is full. */
export const UtilizationBar: FC<{
  family: 'IPv4' | 'IPv6';
  assigned: bigint;
  capacity: bigint;
}> = ({ family, assigned, capacity }) => {
  const { t, i18n } = useTranslation('plugin__metallb-console-plugin');
  const locale = i18n.language || 'en';
  const percent = utilizationPercent(assigned, capacity);
  const label = t('{{assigned}} of {{capacity}}', {
    assigned: formatAddressCountForDisplay(assigned, locale),
    capacity: formatAddressCountForDisplay(capacity, locale),
  });
  return (
    <Progress
      className="metallb-plugin__utilization"
      value={percent}
      title={family}
      label={label}
      valueText={t('{{family}}: {{label}} addresses assigned', { family, label })}
      measureLocation={ProgressMeasureLocation.outside}
      size={ProgressSize.sm}
      variant={variantFor(percent)}
      data-test={`utilization-${family}`}
    />
  );
};
