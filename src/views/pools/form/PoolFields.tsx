import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox, FormGroup, FormSection, TextInput } from '@patternfly/react-core';
import type { IPAddressPool, LabelSelector } from '../../../metallb';
import type { FormFieldsProps } from '../../../components/resource-form/ResourceFormPage';
import { formatLabels, parseLabels } from '../../../components/resource-form/labels-text';
import { FieldIssues, validatedFor } from '../../../components/validation/FieldIssues';
import { issuesAt } from '../../../components/validation/useIssueText';
import { NamespacePicker } from '../../../components/resource-form/NamespacePicker';
import { ParsedTextInput } from '../../../components/resource-form/ParsedTextInput';
import { AddressRows } from './AddressRows';

/** One selector's matchLabels as text; anything richer is edited in the YAML view. */
const SelectorField: FC<{
  id: string;
  label: string;
  selectors?: LabelSelector[];
  path: string;
  issues: FormFieldsProps<IPAddressPool>['issues'];
  onChange: (selectors: LabelSelector[] | undefined) => void;
}> = ({ id, label, selectors, path, issues, onChange }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const simple =
    !selectors ||
    selectors.length === 0 ||
    (selectors.length === 1 && !selectors[0].matchExpressions?.length);
  const here = issuesAt(issues, path, true);
  return (
    <FormGroup label={label} fieldId={id}>
      <ParsedTextInput
        id={id}
        value={simple ? selectors?.[0]?.matchLabels : undefined}
        format={formatLabels}
        parse={parseLabels}
        isDisabled={!simple}
        placeholder={simple ? 'team=web' : t('Edit these selectors in the YAML view')}
        validated={validatedFor(here)}
        onValue={(matchLabels) => onChange(matchLabels ? [{ matchLabels }] : undefined)}
      />
      <FieldIssues
        issues={here}
        hint={
          simple
            ? t('Labels as key=value, comma separated. Expressions: use the YAML view.')
            : t(
                'These selectors use expressions or more than one selector; edit them in the YAML view.',
              )
        }
      />
    </FormGroup>
  );
};

export const PoolFields: FC<
  FormFieldsProps<IPAddressPool> & { creating: boolean; namespace: string }
> = ({ draft, setField, issues, creating, namespace }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const spec = draft.spec ?? {};
  const allocation = spec.serviceAllocation ?? {};
  const nameIssues = issuesAt(issues, 'metadata.name');
  return (
    <>
      <FormGroup label={t('Name')} isRequired fieldId="pool-name">
        <TextInput
          id="pool-name"
          value={draft.metadata?.name ?? ''}
          isRequired
          readOnlyVariant={creating ? undefined : 'default'}
          validated={validatedFor(nameIssues)}
          onChange={(_e, v) => setField(['metadata', 'name'], v)}
          data-test="pool-name"
        />
        <FieldIssues
          issues={nameIssues}
          hint={creating ? undefined : t('A pool cannot be renamed; create a new one instead.')}
        />
      </FormGroup>
      <FormGroup label={t('Namespace')} fieldId="pool-namespace">
        <TextInput id="pool-namespace" value={namespace} readOnlyVariant="default" />
        <FieldIssues
          issues={issuesAt(issues, 'metadata.namespace')}
          hint={t(
            'MetalLB reads pools only from the namespace it runs in ({{namespace}}); its webhook refuses them anywhere else.',
            { namespace },
          )}
        />
      </FormGroup>
      <AddressRows
        addresses={spec.addresses ?? []}
        avoidBuggyIPs={spec.avoidBuggyIPs === true}
        issues={issues}
        onChange={(addresses) => setField(['spec', 'addresses'], addresses)}
      />
      <FormGroup label={t('Allocation')} fieldId="pool-auto-assign" role="group">
        <Checkbox
          id="pool-auto-assign"
          label={t('Auto-assign')}
          description={t(
            'Hand out addresses to any LoadBalancer Service. Off: only Services that ask for this pool or its addresses get them.',
          )}
          isChecked={spec.autoAssign !== false}
          onChange={(_e, checked) => setField(['spec', 'autoAssign'], checked)}
        />
        <Checkbox
          id="pool-avoid-buggy"
          label={t('Avoid buggy IPs')}
          description={t('Skip IPv4 addresses ending in .0 and .255.')}
          isChecked={spec.avoidBuggyIPs === true}
          onChange={(_e, checked) => setField(['spec', 'avoidBuggyIPs'], checked)}
        />
      </FormGroup>
      <FormSection title={t('Service allocation')} titleElement="h2">
        <FormGroup label={t('Priority')} fieldId="pool-priority">
          <TextInput
            id="pool-priority"
            type="number"
            value={allocation.priority ?? ''}
            onChange={(_e, v) =>
              setField(['spec', 'serviceAllocation', 'priority'], v === '' ? undefined : Number(v))
            }
          />
          <FieldIssues
            issues={[]}
            hint={t('Lower numbers are tried first; unset or 0 comes last.')}
          />
        </FormGroup>
        <FormGroup label={t('Namespaces')} fieldId="pool-namespaces">
          <NamespacePicker
            id="pool-namespaces"
            value={allocation.namespaces}
            validated={validatedFor(issuesAt(issues, 'spec.serviceAllocation.namespaces', true))}
            onChange={(list) => setField(['spec', 'serviceAllocation', 'namespaces'], list)}
          />
          <FieldIssues
            issues={issuesAt(issues, 'spec.serviceAllocation.namespaces', true)}
            hint={t('Only Services in these namespaces get addresses from this pool.')}
          />
        </FormGroup>
        <SelectorField
          id="pool-namespace-selectors"
          label={t('Namespace selector')}
          selectors={allocation.namespaceSelectors}
          path="spec.serviceAllocation.namespaceSelectors"
          issues={issues}
          onChange={(s) => setField(['spec', 'serviceAllocation', 'namespaceSelectors'], s)}
        />
        <SelectorField
          id="pool-service-selectors"
          label={t('Service selector')}
          selectors={allocation.serviceSelectors}
          path="spec.serviceAllocation.serviceSelectors"
          issues={issues}
          onChange={(s) => setField(['spec', 'serviceAllocation', 'serviceSelectors'], s)}
        />
      </FormSection>
      <FormGroup label={t('Labels')} fieldId="pool-labels">
        <ParsedTextInput
          id="pool-labels"
          value={draft.metadata?.labels}
          format={formatLabels}
          parse={parseLabels}
          onValue={(labels) => setField(['metadata', 'labels'], labels)}
          data-test="pool-labels"
        />
        <FieldIssues
          issues={[]}
          hint={t('key=value, comma separated. Advertisements can select pools by these.')}
        />
      </FormGroup>
    </>
  );
};
