import { useState, type FC } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  InputGroup,
  InputGroupItem,
  Label,
  LabelGroup,
  TextInput,
} from '@patternfly/react-core';
import { useK8sWatchResource, type K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';

/**
 * A list of namespace names: chips to remove, a field to add one with the cluster's namespaces
 * suggested (when the user may list them; any name can still be typed).
 */
export const NamespacePicker: FC<{
  id: string;
  value?: string[];
  onChange: (value: string[] | undefined) => void;
  validated?: 'default' | 'error';
}> = ({ id, value = [], onChange, validated }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const [text, setText] = useState('');
  const [namespaces] = useK8sWatchResource<K8sResourceCommon[]>({
    groupVersionKind: { version: 'v1', kind: 'Namespace' },
    isList: true,
  });
  const add = () => {
    const names = text.split(/[\s,]+/).filter(Boolean);
    if (names.length === 0) return;
    onChange([...value, ...names]);
    setText('');
  };
  const remove = (i: number) => {
    const next = value.filter((_n, j) => j !== i);
    onChange(next.length > 0 ? next : undefined);
  };
  return (
    <>
      {value.length > 0 ? (
        <LabelGroup categoryName={t('Namespaces')} numLabels={20} data-test="namespace-chips">
          {value.map((name, i) => (
            <Label
              key={`${name}-${i}`}
              onClose={() => remove(i)}
              closeBtnAriaLabel={t('Remove namespace {{name}}', { name })}
            >
              {name}
            </Label>
          ))}
        </LabelGroup>
      ) : null}
      <InputGroup>
        <InputGroupItem isFill>
          <TextInput
            id={id}
            value={text}
            list={`${id}-options`}
            placeholder={t('Namespace name')}
            validated={validated}
            onChange={(_e, v) => setText(v)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
            data-test="namespace-picker"
          />
          <datalist id={`${id}-options`}>
            {(namespaces ?? []).map((ns) => (
              <option key={ns.metadata?.name} value={ns.metadata?.name} />
            ))}
          </datalist>
        </InputGroupItem>
        <InputGroupItem>
          <Button variant="control" onClick={add} isDisabled={!text.trim()}>
            {t('Add')}
          </Button>
        </InputGroupItem>
      </InputGroup>
    </>
  );
};
