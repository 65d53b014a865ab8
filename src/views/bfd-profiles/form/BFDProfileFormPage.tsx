import { useCallback, type FC } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, FormGroup, FormSection } from '@patternfly/react-core';
import { BFDProfileModel, BGPPeerModel } from '../../../k8s/models';
import { useMetalLBList } from '../../../k8s/hooks/useMetalLBList';
import {
  nativeBFDLimit,
  peersUsingBFDProfile,
  validateBFDProfile,
  type BFDProfile,
  type BGPPeer,
} from '../../../metallb';
import {
  makeKindFormPages,
  type KindFieldsProps,
} from '../../../components/kind-form/KindFormPages';
import { CheckField, NumberField } from '../../../components/kind-form/SpecInputs';
import { useBGPBackend, useNativeBGPLimits } from '../../../components/kind-form/NativeBGPLimit';
import '../../../components/metallb-pages.css';

type Spec = NonNullable<BFDProfile['spec']>;
type NumberKey =
  'receiveInterval' | 'transmitInterval' | 'detectMultiplier' | 'echoInterval' | 'minimumTtl';

const BFDFields: FC<KindFieldsProps<BFDProfile>> = ({ draft, setField, issues, creating }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const peers = useMetalLBList<BGPPeer>(BGPPeerModel);
  const spec: Spec = draft.spec ?? {};
  const users = creating ? [] : peersUsingBFDProfile(draft.metadata?.name ?? '', peers.items);
  const limits = useNativeBGPLimits(() => [nativeBFDLimit()]);
  const { byResource } = useBGPBackend();
  // The CRD's ranges (the webhook checks the same), shown as the input's bounds and in the hint.
  const numbers: Array<{ key: NumberKey; label: string; min: number; max: number; def: string }> = [
    { key: 'receiveInterval', label: t('Receive interval (ms)'), min: 10, max: 60000, def: '300' },
    {
      key: 'transmitInterval',
      label: t('Transmit interval (ms)'),
      min: 10,
      max: 60000,
      def: '300',
    },
    { key: 'detectMultiplier', label: t('Detect multiplier'), min: 2, max: 255, def: '3' },
    { key: 'echoInterval', label: t('Echo interval (ms)'), min: 10, max: 60000, def: '50' },
    { key: 'minimumTtl', label: t('Minimum TTL'), min: 1, max: 254, def: '254' },
  ];
  return (
    <>
      {limits.map((limit) => (
        <Alert
          key={limit.message}
          isInline
          variant="warning"
          title={t('Native BGP mode has no BFD')}
          data-test="native-bgp-limit"
        >
          {byResource
            ? t(
                'MetalLB runs in native BGP mode here; with any BFD profile it refuses the configuration with: {{message}}. To use BFD, switch MetalLB to FRR-K8s mode (spec.bgpBackend: frr-k8s in the MetalLB resource).',
                { message: limit.message },
              )
            : t(
                'MetalLB runs in native BGP mode here (its speaker pods set no METALLB_BGP_TYPE); with any BFD profile it refuses the configuration with: {{message}}. To use BFD, reinstall MetalLB in FRR-K8s mode (the metallb-frr-k8s.yaml manifest, or the Helm chart with frrk8s.enabled=true).',
                { message: limit.message },
              )}
        </Alert>
      ))}
      {users.length > 0 ? (
        <div className="metallb-plugin__muted" data-test="bfd-used-by">
          {t('Used by the BGP peers {{names}}: changes apply to their sessions.', {
            names: users.map((u) => u.name).join(', '),
          })}
        </div>
      ) : null}
      <FormSection title={t('Timers')} titleElement="h2">
        {numbers.map(({ key, label, min, max, def }) => (
          <NumberField
            key={key}
            id={`bfd-${key}`}
            label={label}
            value={spec[key]}
            path={['spec', key]}
            min={min}
            max={max}
            unset={def}
            issues={issues}
            setField={setField}
          />
        ))}
      </FormSection>
      <FormSection title={t('Modes')} titleElement="h2">
        <FormGroup fieldId="bfd-echo" role="group" label={t('Options')}>
          <CheckField
            id="bfd-echo"
            label={t('Echo mode')}
            description={t('Not supported on multi-hop sessions.')}
            value={spec.echoMode}
            path={['spec', 'echoMode']}
            setField={setField}
          />
          <CheckField
            id="bfd-passive"
            label={t('Passive mode')}
            description={t('Wait for the peer to start the session.')}
            value={spec.passiveMode}
            path={['spec', 'passiveMode']}
            setField={setField}
          />
        </FormGroup>
      </FormSection>
    </>
  );
};

const useValidate = () => useCallback((draft: BFDProfile) => validateBFDProfile(draft), []);
const useKindLabel = () => useTranslation('plugin__metallb-console-plugin').t('BFD profile');

const { CreatePage, EditPage } = makeKindFormPages<BFDProfile>({
  model: BFDProfileModel,
  useKindLabel,
  newSpec: () => ({}),
  useValidate,
  Fields: BFDFields,
});

export const BFDProfileCreatePage = CreatePage;
export const BFDProfileEditPage = EditPage;
export default CreatePage;
