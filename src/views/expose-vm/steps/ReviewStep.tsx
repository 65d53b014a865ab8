import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Checkbox,
  Form,
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  Spinner,
  TextInput,
} from '@patternfly/react-core';
import { YAMLEditor } from '@openshift-console/dynamic-plugin-sdk';

export type DryRun =
  | { state: 'idle' }
  | { state: 'running' }
  | { state: 'ok' }
  | { state: 'refused'; message: string };

/**
 * The Service as YAML in the console's YAML editor (as the resource form shows objects), editable and
 * kept in step with the wizard's choices both ways.
 */
export const ReviewStep: FC<{
  name: string;
  nameError?: string;
  onName: (name: string) => void;
  ownedByVM: boolean;
  onOwnedByVM: (owned: boolean) => void;
  vmName: string;
  yaml: string;
  onYAML: (text: string) => void;
  yamlError?: string;
  unreadable: string[];
  dryRun: DryRun;
}> = ({
  name,
  nameError,
  onName,
  ownedByVM,
  onOwnedByVM,
  vmName,
  yaml,
  onYAML,
  yamlError,
  unreadable,
  dryRun,
}) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  return (
    <Form onSubmit={(e) => e.preventDefault()}>
      <FormGroup label={t('Service name')} fieldId="expose-name" isRequired>
        <TextInput
          id="expose-name"
          value={name}
          onChange={(_e, v) => onName(v)}
          validated={nameError ? 'error' : 'default'}
          data-test="expose-name"
        />
        {nameError ? (
          <FormHelperText>
            <HelperText>
              <HelperTextItem variant="error">{nameError}</HelperTextItem>
            </HelperText>
          </FormHelperText>
        ) : null}
      </FormGroup>
      <Checkbox
        id="expose-owned"
        label={t('Delete this Service with VirtualMachine {{vm}}', { vm: vmName })}
        description={t(
          'An owner reference to the VM: Kubernetes removes the Service when the VM is deleted.',
        )}
        isChecked={ownedByVM}
        onChange={(_e, checked) => onOwnedByVM(checked)}
        data-test="expose-owned"
      />
      <div aria-live="polite" data-test="expose-dry-run">
        {dryRun.state === 'running' ? (
          <span>
            <Spinner size="sm" aria-label={t('Checking with the API server')} />{' '}
            {t('Checking with the API server (dry run)…')}
          </span>
        ) : dryRun.state === 'ok' ? (
          <Alert
            isInline
            isPlain
            variant="success"
            title={t('The API server accepts this Service (dry run).')}
          />
        ) : dryRun.state === 'refused' ? (
          <Alert
            isInline
            variant="danger"
            title={t('The API server refuses this Service (dry run)')}
          >
            {dryRun.message}
          </Alert>
        ) : null}
      </div>
      <FormGroup label={t('Service YAML')} fieldId="expose-yaml" role="group">
        <div id="expose-yaml" data-test="expose-yaml" className="metallb-plugin__expose-yaml">
          <YAMLEditor value={yaml} onChange={(text: string) => onYAML(text)} minHeight="320px" />
        </div>
        <FormHelperText>
          <HelperText>
            {yamlError ? (
              <HelperTextItem variant="error">{yamlError}</HelperTextItem>
            ) : (
              <HelperTextItem>
                {t('Edits here update the wizard’s choices, and the other way round.')}
              </HelperTextItem>
            )}
            {unreadable.length > 0 ? (
              <HelperTextItem variant="warning">
                {t('The form cannot show {{fields}}; the YAML keeps them as written.', {
                  fields: unreadable.join(', '),
                })}
              </HelperTextItem>
            ) : null}
          </HelperText>
        </FormHelperText>
      </FormGroup>
    </Form>
  );
};
