// Small field parts of the BGP peer form: a text or number field bound to one spec path.
import type { FC } from 'react';
import { FormGroup, TextInput } from '@patternfly/react-core';
import type { BGPPeer } from '../../../metallb';
import type { FormFieldsProps } from '../../../components/resource-form/ResourceFormPage';
import { FieldIssues, validatedFor } from '../../../components/validation/FieldIssues';
import { issuesAt } from '../../../components/validation/useIssueText';

type Spec = NonNullable<BGPPeer['spec']>;

export const SpecField: FC<
  Pick<FormFieldsProps<BGPPeer>, 'draft' | 'setField' | 'issues'> & {
    field: keyof Spec;
    label: string;
    number?: boolean;
    hint?: string;
    placeholder?: string;
    isRequired?: boolean;
    type?: 'text' | 'password';
    /** Extra issue paths shown here (a rule MetalLB places on a sibling field). */
    alsoPaths?: string[];
  }
> = ({
  draft,
  setField,
  issues,
  field,
  label,
  number,
  hint,
  placeholder,
  isRequired,
  type,
  alsoPaths = [],
}) => {
  const here = [`spec.${field}`, ...alsoPaths].flatMap((p) => issuesAt(issues, p));
  const value = draft.spec?.[field];
  return (
    <FormGroup label={label} fieldId={`peer-${field}`} isRequired={isRequired}>
      <TextInput
        id={`peer-${field}`}
        type={number ? 'number' : (type ?? 'text')}
        value={value === undefined ? '' : String(value)}
        placeholder={placeholder}
        validated={validatedFor(here)}
        onChange={(_e, v) =>
          setField(['spec', field], v === '' ? undefined : number ? Number(v) : v)
        }
        data-test={`peer-${field}`}
      />
      <FieldIssues issues={here} hint={hint} />
    </FormGroup>
  );
};
