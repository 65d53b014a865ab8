import { useCallback, type FC } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  FormGroup,
  FormSection,
  InputGroup,
  InputGroupItem,
  TextInput,
} from '@patternfly/react-core';
import { MinusCircleIcon, PlusCircleIcon } from '@patternfly/react-icons';
import { CommunityModel } from '../../../k8s/models';
import { useMetalLBList } from '../../../k8s/hooks/useMetalLBList';
import {
  nativeCommunityLimits,
  readCommunity,
  validateCommunity,
  type Community,
} from '../../../metallb';
import { FieldIssues, validatedFor } from '../../../components/validation/FieldIssues';
import { issuesAt } from '../../../components/validation/useIssueText';
import {
  makeKindFormPages,
  type KindFieldsProps,
} from '../../../components/kind-form/KindFormPages';
import { NativeBGPLimit, useNativeBGPLimits } from '../../../components/kind-form/NativeBGPLimit';
import '../../../components/metallb-pages.css';

const CommunityFields: FC<KindFieldsProps<Community>> = ({ draft, setField, issues }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const aliases = draft.spec?.communities ?? [];
  const limits = useNativeBGPLimits(() => nativeCommunityLimits(draft));
  const kindOf = (value: string) => {
    const reading = readCommunity(value);
    return reading.kind === 'legacy'
      ? t('Standard (two 16-bit numbers)')
      : reading.kind === 'large'
        ? t('Large (three 32-bit numbers)')
        : undefined;
  };
  return (
    <>
      <FormSection title={t('Aliases')} titleElement="h2">
        {aliases.map((alias, i) => {
          const nameIssues = issuesAt(issues, `spec.communities[${i}].name`);
          const valueIssues = issuesAt(issues, `spec.communities[${i}].value`);
          return (
            <FormGroup
              key={i}
              label={t('Alias {{number}}', { number: i + 1 })}
              fieldId={`alias-name-${i}`}
              role="group"
              data-test="alias-row"
            >
              <InputGroup>
                <InputGroupItem isFill>
                  <TextInput
                    id={`alias-name-${i}`}
                    aria-label={t('Alias name')}
                    placeholder="no-advertise"
                    value={alias.name ?? ''}
                    validated={validatedFor(nameIssues)}
                    onChange={(_e, v) => setField(['spec', 'communities', i, 'name'], v)}
                    data-test={`alias-name-${i}`}
                  />
                </InputGroupItem>
                <InputGroupItem isFill>
                  <TextInput
                    id={`alias-value-${i}`}
                    aria-label={t('Community value')}
                    placeholder="65535:65282"
                    value={alias.value ?? ''}
                    validated={validatedFor(valueIssues)}
                    onChange={(_e, v) => setField(['spec', 'communities', i, 'value'], v)}
                    data-test={`alias-value-${i}`}
                  />
                </InputGroupItem>
                <InputGroupItem>
                  <Button
                    variant="plain"
                    aria-label={t('Remove alias')}
                    icon={<MinusCircleIcon />}
                    onClick={() =>
                      setField(
                        ['spec', 'communities'],
                        aliases.filter((_, j) => j !== i),
                      )
                    }
                  />
                </InputGroupItem>
              </InputGroup>
              <FieldIssues
                issues={[...nameIssues, ...valueIssues]}
                hint={kindOf(alias.value ?? '')}
              />
              <NativeBGPLimit limits={limits} path={`spec.communities[${i}].value`} />
            </FormGroup>
          );
        })}
        <Button
          variant="link"
          icon={<PlusCircleIcon />}
          onClick={() => setField(['spec', 'communities'], [...aliases, { name: '', value: '' }])}
          data-test="add-alias"
        >
          {t('Add alias')}
        </Button>
        <div className="metallb-plugin__muted">
          {t(
            'Values: two 16-bit numbers (65000:100) or large:<three 32-bit numbers> (large:64500:1:2).',
          )}
        </div>
      </FormSection>
    </>
  );
};

const useValidate = () => {
  const communities = useMetalLBList<Community>(CommunityModel);
  return useCallback(
    (draft: Community) => validateCommunity(draft, communities.items),
    [communities.items],
  );
};
const useKindLabel = () => useTranslation('plugin__metallb-console-plugin').t('Community');

const { CreatePage, EditPage } = makeKindFormPages<Community>({
  model: CommunityModel,
  useKindLabel,
  newSpec: () => ({ communities: [{ name: '', value: '' }] }),
  useValidate,
  Fields: CommunityFields,
});

export const CommunityCreatePage = CreatePage;
export const CommunityEditPage = EditPage;
export default CreatePage;
