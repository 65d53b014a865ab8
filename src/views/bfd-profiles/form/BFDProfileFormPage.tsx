import { useCallback, type FC } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox, FormGroup, FormSection, TextInput } from '@patternfly/react-core';
import { BFDProfileModel, BGPPeerModel } from '../../../k8s/models';
import { useMetalLBList } from '../../../k8s/hooks/useMetalLBList';
import {
  peersUsingBFDProfile,
  validateBFDProfile,
  type BFDProfile,
  type BGPPeer,
} from '../../../metallb';
import type { FormFieldsProps } from '../../../components/resource-form/ResourceFormPage';
import { FieldIssues, validatedFor } from '../../../components/validation/FieldIssues';
import { issuesAt } from '../../../components/validation/useIssueText';
import { makeKindFormPages, newMetalLBObject } from '../../../components/kind-form/KindFormPages';
import { NameField } from '../../../components/kind-form/NameField';
import '../../../components/metallb-pages.css';

type Spec = NonNullable<BFDProfile['spec']>;
type NumberKey =
  'receiveInterval' | 'transmitInterval' | 'detectMultiplier' | 'echoInterval' | 'minimumTtl';

const BFDFields: FC<FormFieldsProps<BFDProfile> & { creating: boolean }> = ({
  draft,
  setField,
  issues,
  creating,
}) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const peers = useMetalLBList<BGPPeer>(BGPPeerModel);
  const spec: Spec = draft.spec ?? {};
  const users = creating ? [] : peersUsingBFDProfile(draft.metadata?.name ?? '', peers.items);
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
      <NameField
        name={draft.metadata?.name}
        creating={creating}
        issues={issues}
        setField={setField}
      />
      {users.length > 0 ? (
        <div className="metallb-plugin__muted" data-test="bfd-used-by">
          {t('Used by the BGP peers {{names}}: changes apply to their sessions.', {
            names: users.map((u) => u.name).join(', '),
          })}
        </div>
      ) : null}
      <FormSection title={t('Timers')} titleElement="h2">
        {numbers.map(({ key, label, min, max, def }) => {
          const here = issuesAt(issues, `spec.${key}`);
          return (
            <FormGroup key={key} label={label} fieldId={`bfd-${key}`}>
              <TextInput
                id={`bfd-${key}`}
                type="number"
                min={min}
                max={max}
                value={spec[key] ?? ''}
                placeholder={def}
                validated={validatedFor(here)}
                onChange={(_e, v) => setField(['spec', key], v === '' ? undefined : Number(v))}
                data-test={`bfd-${key}`}
              />
              <FieldIssues
                issues={here}
                hint={t('{{min}} to {{max}}; unset: {{def}}', { min, max, def })}
              />
            </FormGroup>
          );
        })}
      </FormSection>
      <FormSection title={t('Modes')} titleElement="h2">
        <FormGroup fieldId="bfd-echo" role="group" label={t('Options')}>
          <Checkbox
            id="bfd-echo"
            label={t('Echo mode')}
            description={t('Not supported on multi-hop sessions.')}
            isChecked={!!spec.echoMode}
            onChange={(_e, c) => setField(['spec', 'echoMode'], c || undefined)}
          />
          <Checkbox
            id="bfd-passive"
            label={t('Passive mode')}
            description={t('Wait for the peer to start the session.')}
            isChecked={!!spec.passiveMode}
            onChange={(_e, c) => setField(['spec', 'passiveMode'], c || undefined)}
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
  newObject: () => newMetalLBObject<BFDProfile>(BFDProfileModel, {}),
  useValidate,
  Fields: BFDFields,
});

export const BFDProfileCreatePage = CreatePage;
export const BFDProfileEditPage = EditPage;
export default CreatePage;
