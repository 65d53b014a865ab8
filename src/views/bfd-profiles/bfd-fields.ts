import { useTranslation } from 'react-i18next';
import type { BFDProfile } from '../../metallb';

/** The BFD fields with MetalLB's defaults (applied by the speaker when a field is unset). */
export const useBFDFields = () => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const ms = (v: number) => t('{{value}} ms', { value: v });
  const yesNo = (v: boolean) => (v ? t('Yes') : t('No'));
  return [
    {
      label: t('Receive interval'),
      value: (p: BFDProfile) => ms(p.spec?.receiveInterval ?? 300),
      defaulted: (p: BFDProfile) => p.spec?.receiveInterval === undefined,
    },
    {
      label: t('Transmit interval'),
      value: (p: BFDProfile) => ms(p.spec?.transmitInterval ?? 300),
      defaulted: (p: BFDProfile) => p.spec?.transmitInterval === undefined,
    },
    {
      label: t('Detect multiplier'),
      value: (p: BFDProfile) => String(p.spec?.detectMultiplier ?? 3),
      defaulted: (p: BFDProfile) => p.spec?.detectMultiplier === undefined,
    },
    {
      label: t('Echo mode'),
      value: (p: BFDProfile) => yesNo(!!p.spec?.echoMode),
      defaulted: (p: BFDProfile) => p.spec?.echoMode === undefined,
    },
    {
      label: t('Echo interval'),
      value: (p: BFDProfile) => ms(p.spec?.echoInterval ?? 50),
      defaulted: (p: BFDProfile) => p.spec?.echoInterval === undefined,
    },
    {
      label: t('Passive mode'),
      value: (p: BFDProfile) => yesNo(!!p.spec?.passiveMode),
      defaulted: (p: BFDProfile) => p.spec?.passiveMode === undefined,
    },
    {
      label: t('Minimum TTL'),
      value: (p: BFDProfile) => String(p.spec?.minimumTtl ?? 254),
      defaulted: (p: BFDProfile) => p.spec?.minimumTtl === undefined,
    },
  ];
};
