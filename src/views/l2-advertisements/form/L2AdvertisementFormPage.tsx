import { useCallback, type FC } from 'react';
import { useTranslation } from 'react-i18next';
import { FormGroup, FormSection } from '@patternfly/react-core';
import { IPAddressPoolModel, L2AdvertisementModel } from '../../../k8s/models';
import { useMetalLBList } from '../../../k8s/hooks/useMetalLBList';
import {
  validateL2Advertisement,
  type IPAddressPool,
  type L2Advertisement,
} from '../../../metallb';
import { ParsedTextInput } from '../../../components/resource-form/ParsedTextInput';
import { FieldIssues } from '../../../components/validation/FieldIssues';
import { issuesAt } from '../../../components/validation/useIssueText';
import {
  makeKindFormPages,
  type KindFieldsProps,
} from '../../../components/kind-form/KindFormPages';
import {
  NodesChoice,
  PoolsChoice,
  ServiceSelectorsField,
} from '../../../components/kind-form/AdvertisementTargets';
import '../../../components/metallb-pages.css';

const parseList = (text: string): string[] | undefined => {
  const list = text
    .split(/[,\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  return list.length ? list : undefined;
};

const L2AdvertisementFields: FC<KindFieldsProps<L2Advertisement>> = ({
  draft,
  setField,
  issues,
}) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const pools = useMetalLBList<IPAddressPool>(IPAddressPoolModel);
  const spec = draft.spec ?? {};
  return (
    <>
      <PoolsChoice spec={spec} pools={pools.items} issues={issues} setField={setField} />
      <NodesChoice
        spec={spec}
        issues={issues}
        setField={setField}
        allNodesText={t(
          'None: every node with a ready speaker may announce; MetalLB picks one per address.',
        )}
      />
      <FormSection title={t('Interfaces and Services')} titleElement="h2">
        <FormGroup label={t('Interfaces')} fieldId="l2-interfaces">
          <ParsedTextInput
            id="l2-interfaces"
            value={spec.interfaces}
            format={(list) => (list ?? []).join(', ')}
            parse={parseList}
            placeholder="eth1, bond0"
            onValue={(list) => setField(['spec', 'interfaces'], list)}
          />
          <FieldIssues
            issues={issuesAt(issues, 'spec.interfaces', true)}
            hint={t(
              'Answer ARP and NDP only on these interfaces of the announcing node; empty: all interfaces.',
            )}
          />
        </FormGroup>
        <ServiceSelectorsField spec={spec} issues={issues} setField={setField} />
      </FormSection>
    </>
  );
};

const useValidate = () =>
  useCallback((draft: L2Advertisement) => validateL2Advertisement(draft), []);

const useKindLabel = () => useTranslation('plugin__metallb-console-plugin').t('L2 advertisement');

const { CreatePage, EditPage } = makeKindFormPages<L2Advertisement>({
  model: L2AdvertisementModel,
  useKindLabel,
  newSpec: () => ({ ipAddressPools: [] }),
  useValidate,
  Fields: L2AdvertisementFields,
});

export const L2AdvertisementCreatePage = CreatePage;
export const L2AdvertisementEditPage = EditPage;
export default CreatePage;
