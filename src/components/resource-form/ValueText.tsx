import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import { valueText } from './conflict-compare';

/** A field's value in a conflict or merge list: one line of YAML, or "not set". */
export const ValueText: FC<{ value: unknown }> = ({ value }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const text = valueText(value);
  return text === undefined ? <em>{t('not set')}</em> : <code>{text}</code>;
};
