// A list of label selectors typed as kubectl writes them (`app=web,tier in (a,b),!gpu`), one per
// row, each with a live preview of what it matches; any row matching selects (MetalLB ORs them).
import { useState, type FC, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  InputGroup,
  InputGroupItem,
  TextInput,
} from '@patternfly/react-core';
import { MinusCircleIcon, PlusCircleIcon } from '@patternfly/react-icons';
import {
  labelSelectorText,
  parseLabelSelectorText,
  type LabelSelector,
  type ValidationIssue,
} from '../../metallb';
import { FieldIssues } from '../validation/FieldIssues';
import { issuesAt } from '../validation/useIssueText';

const SelectorRow: FC<{
  id: string;
  label: string;
  selector: LabelSelector;
  onChange: (selector: LabelSelector) => void;
  onRemove: () => void;
  preview: ReactNode;
  issues: ValidationIssue[];
}> = ({ id, label, selector, onChange, onRemove, preview, issues }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const formatted = labelSelectorText(selector);
  const [text, setText] = useState(formatted);
  const [seen, setSeen] = useState(formatted);
  const [unreadable, setUnreadable] = useState<string>();
  if (seen !== formatted) {
    // Changed from the YAML view: show it, unless the text already says the same.
    setSeen(formatted);
    const reading = parseLabelSelectorText(text);
    if (!('selector' in reading) || labelSelectorText(reading.selector) !== formatted) {
      setText(formatted);
      setUnreadable(undefined);
    }
  }
  return (
    <div data-test="selector-row">
      <InputGroup>
        <InputGroupItem isFill>
          <TextInput
            id={id}
            aria-label={label}
            value={text}
            placeholder="app=web,zone in (a,b)"
            validated={unreadable || issues.length ? 'error' : 'default'}
            onChange={(_e, next) => {
              setText(next);
              const reading = parseLabelSelectorText(next);
              if ('selector' in reading) {
                setUnreadable(undefined);
                onChange(reading.selector);
              } else setUnreadable(reading.error);
            }}
          />
        </InputGroupItem>
        <InputGroupItem>
          <Button
            variant="plain"
            aria-label={t('Remove selector')}
            onClick={onRemove}
            icon={<MinusCircleIcon />}
          />
        </InputGroupItem>
      </InputGroup>
      {unreadable ? (
        <FormHelperText>
          <HelperText>
            <HelperTextItem variant="error">
              {t('Cannot read "{{part}}": write key=value, key!=value, key in (a,b), key, !key', {
                part: unreadable,
              })}
            </HelperTextItem>
          </HelperText>
        </FormHelperText>
      ) : (
        <FieldIssues issues={issues} hint={preview} />
      )}
    </div>
  );
};

export const SelectorListField: FC<{
  id: string;
  label: string;
  help: string;
  selectors?: LabelSelector[];
  path: string;
  issues: ValidationIssue[];
  onChange: (selectors: LabelSelector[] | undefined) => void;
  /** What one selector matches now, in words. */
  preview: (selector: LabelSelector, index: number) => ReactNode;
  addLabel: string;
}> = ({ id, label, help, selectors, path, issues, onChange, preview, addLabel }) => {
  const list = selectors ?? [];
  // Rows keep their own typing state; keys survive removals in the middle.
  const [keys, setKeys] = useState(() => list.map((_, i) => i));
  const [next, setNext] = useState(list.length);
  if (keys.length !== list.length) {
    const fixed = list.map((_, i) => keys[i] ?? next + i);
    setKeys(fixed);
    setNext(next + list.length);
  }
  const set = (items: LabelSelector[]) => onChange(items.length ? items : undefined);
  return (
    <FormGroup label={label} fieldId={`${id}-0`} role="group" data-test={id}>
      <FieldIssues issues={issuesAt(issues, path)} hint={help} />
      {list.map((selector, i) => (
        <SelectorRow
          key={keys[i] ?? i}
          id={`${id}-${i}`}
          label={`${label} ${i + 1}`}
          selector={selector}
          issues={issuesAt(issues, `${path}[${i}]`, true)}
          preview={preview(selector, i)}
          onChange={(s) => set(list.map((old, j) => (j === i ? s : old)))}
          onRemove={() => {
            setKeys(keys.filter((_, j) => j !== i));
            set(list.filter((_, j) => j !== i));
          }}
        />
      ))}
      <Button
        variant="link"
        icon={<PlusCircleIcon />}
        onClick={() => {
          setKeys([...keys, next]);
          setNext(next + 1);
          onChange([...list, {}]);
        }}
        data-test={`${id}-add`}
      >
        {addLabel}
      </Button>
    </FormGroup>
  );
};
