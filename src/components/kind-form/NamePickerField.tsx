// Names of other objects picked from those that exist (checkboxes), plus names typed freely: MetalLB
// accepts names of objects that do not exist yet, so the form does too, and says so.
import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox, FormGroup } from '@patternfly/react-core';
import type { ValidationIssue } from '../../metallb';
import { ParsedTextInput } from '../resource-form/ParsedTextInput';
import { FieldIssues } from '../validation/FieldIssues';
import { issuesAt } from '../validation/useIssueText';
import { MissingMark } from '../AdvertisementCells';

const parseNames = (text: string): string[] =>
  text
    .split(/[,\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);

export const NamePickerField: FC<{
  id: string;
  label: string;
  known: string[];
  chosen?: string[];
  path: string;
  issues: ValidationIssue[];
  onChange: (names: string[] | undefined) => void;
  /** Said when nothing exists to pick. */
  noneKnown: string;
  /** For names that do not exist: what MetalLB does with them. */
  missingText: (name: string) => string;
}> = ({ id, label, known, chosen, path, issues, onChange, noneKnown, missingText }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const names = chosen ?? [];
  const others = names.filter((n) => !known.includes(n));
  const set = (list: string[]) => onChange(list.length ? list : undefined);
  return (
    <FormGroup label={label} fieldId={`${id}-other`} role="group" data-test={id}>
      {known.length === 0 ? <div className="metallb-plugin__muted">{noneKnown}</div> : null}
      {known.map((name) => (
        <Checkbox
          key={name}
          id={`${id}-${name}`}
          label={name}
          isChecked={names.includes(name)}
          onChange={(_e, checked) =>
            set(checked ? [...names, name] : names.filter((n) => n !== name))
          }
        />
      ))}
      <ParsedTextInput
        id={`${id}-other`}
        aria-label={t('Other names for {{label}}', { label })}
        value={others}
        format={(list) => list.join(', ')}
        parse={parseNames}
        placeholder={t('Other names, comma separated')}
        onValue={(typed) => set([...names.filter((n) => known.includes(n)), ...typed])}
      />
      <FieldIssues issues={issuesAt(issues, path, true)} />
      {others.map((name) => (
        <div key={name}>
          <MissingMark text={missingText(name)} />
        </div>
      ))}
    </FormGroup>
  );
};
