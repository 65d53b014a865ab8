// A text or number field bound to one path of the draft, with the issues MetalLB's rules place
// there (or a hint when there are none): the field every kind form is mostly made of.
import type { FC, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox, FormGroup, TextInput } from '@patternfly/react-core';
import type { ValidationIssue } from '../../metallb';
import type { PathKey } from '../resource-form/draft';
import { FieldIssues, validatedFor } from '../validation/FieldIssues';
import { issuesAt } from '../validation/useIssueText';

interface BoundFieldProps {
  /** The input's id and data-test. */
  id: string;
  label: string;
  path: PathKey[];
  issues: ValidationIssue[];
  setField: (path: PathKey[], value: unknown) => void;
  hint?: ReactNode;
  placeholder?: string;
  isRequired?: boolean;
  /** Extra issue paths shown here (a rule MetalLB places on a sibling field). */
  alsoPaths?: string[];
  /** Shown under the field whatever its issues (a limit of the install, not an error of the value). */
  note?: ReactNode;
}

const BoundField: FC<
  BoundFieldProps & {
    type: 'text' | 'password' | 'number';
    value: string;
    parse: (text: string) => unknown;
    min?: number;
    max?: number;
  }
> = ({ id, label, path, issues, setField, hint, alsoPaths = [], note, parse, ...props }) => {
  const here = [path.join('.'), ...alsoPaths].flatMap((p) => issuesAt(issues, p));
  return (
    <FormGroup label={label} fieldId={id} isRequired={props.isRequired}>
      <TextInput
        id={id}
        type={props.type}
        value={props.value}
        placeholder={props.placeholder}
        isRequired={props.isRequired}
        min={props.min}
        max={props.max}
        validated={validatedFor(here)}
        onChange={(_e, v) => setField(path, v === '' ? undefined : parse(v))}
        data-test={id}
      />
      <FieldIssues issues={here} hint={hint} />
      {note}
    </FormGroup>
  );
};

/**
 * A number; with `min` and `max` (the CRD's range, which the webhook checks too) the input is bounded
 * and, unless a hint is given, the hint says the range and the value MetalLB uses when unset.
 */
export const NumberField: FC<
  BoundFieldProps & { value?: number; min?: number; max?: number; unset?: string }
> = ({ value, unset, hint, ...props }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const { min, max } = props;
  const rangeHint =
    min !== undefined && max !== undefined && unset !== undefined
      ? t('{{min}} to {{max}}; unset: {{def}}', { min, max, def: unset })
      : undefined;
  return (
    <BoundField
      {...props}
      type="number"
      value={value === undefined ? '' : String(value)}
      placeholder={props.placeholder ?? unset}
      hint={hint ?? rangeHint}
      parse={Number}
    />
  );
};

/** Text (a name, an address, a Go duration such as 90s), or a password. */
export const TextField: FC<BoundFieldProps & { value?: string; type?: 'text' | 'password' }> = ({
  value,
  type = 'text',
  ...props
}) => <BoundField {...props} type={type} value={value ?? ''} parse={(v) => v} />;

/** A yes/no setting; unticked removes the key (MetalLB's default is off for all of them). */
export const CheckField: FC<{
  id: string;
  label: string;
  description?: ReactNode;
  value?: boolean;
  path: PathKey[];
  setField: (path: PathKey[], value: unknown) => void;
  isDisabled?: boolean;
}> = ({ id, label, description, value, path, setField, isDisabled }) => (
  <Checkbox
    id={id}
    label={label}
    description={description}
    isChecked={!!value}
    isDisabled={isDisabled}
    onChange={(_e, c) => setField(path, c || undefined)}
    data-test={id}
  />
);
