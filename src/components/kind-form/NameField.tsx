import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import { FormGroup, TextInput } from '@patternfly/react-core';
import type { ValidationIssue } from '../../metallb';
import { useMetalLBNamespace } from '../../k8s/hooks/useMetalLBNamespace';
import type { PathKey } from '../resource-form/draft';
import { FieldIssues, validatedFor } from '../validation/FieldIssues';
import { issuesAt } from '../validation/useIssueText';

/** The object's name (fixed once created) and the namespace it must live in, with why. */
export const NameField: FC<{
  name?: string;
  creating: boolean;
  issues: ValidationIssue[];
  setField: (path: PathKey[], value: unknown) => void;
}> = ({ name, creating, issues, setField }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const here = issuesAt(issues, 'metadata.name');
  const { namespace } = useMetalLBNamespace();
  return (
    <FormGroup label={t('Name')} isRequired fieldId="metallb-name">
      <TextInput
        id="metallb-name"
        value={name ?? ''}
        isRequired
        readOnlyVariant={creating ? undefined : 'default'}
        validated={validatedFor(here)}
        onChange={(_e, v) => setField(['metadata', 'name'], v)}
        data-test="resource-name"
      />
      <FieldIssues
        issues={here}
        hint={
          creating
            ? t(
                'Created in the {{namespace}} namespace: MetalLB reads its configuration only from the namespace it runs in.',
                { namespace },
              )
            : t('A name cannot be changed; create a new object instead.')
        }
      />
    </FormGroup>
  );
};
