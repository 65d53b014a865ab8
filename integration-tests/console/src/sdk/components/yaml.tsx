// ResourceYAMLEditor, YAMLEditor and CodeEditor. The console's editors are Monaco with the resource's
// OpenAPI schema (completion, validation), a sample/snippet sidebar, keyboard shortcuts, and a
// conflict banner when the object changes underneath. The host's is a plain textarea with js-yaml:
// the same Save/Reload/Cancel (or Create) flow and server errors, without schema help or conflict diff.
import { forwardRef, useState, type FC } from 'react';
import { useNavigate } from 'react-router';
import { dump, load } from 'js-yaml';
import { ActionGroup, Alert, Button, PageSection, TextArea, Title } from '@patternfly/react-core';
import type {
  K8sResourceCommon,
  ResourceYAMLEditorProps,
} from '@openshift-console/dynamic-plugin-sdk';
import { getGroupVersionKindForResource, modelForResourceSpec } from '../models';
import { k8sCreateResource, k8sUpdateResource } from '../resources';
import { resourcePath } from './resource-link';

type CodeEditorProps = {
  value?: string;
  language?: string;
  minHeight?: string | number;
  onChange?: (v: string) => void;
  readOnly?: boolean;
  options?: { readOnly?: boolean };
};

export const CodeEditor = forwardRef<{ editor?: unknown }, CodeEditorProps>(
  ({ value, minHeight, onChange, readOnly, options }, _ref) => (
    <TextArea
      aria-label="Code editor"
      value={value}
      onChange={(_e, v) => onChange?.(v)}
      readOnlyVariant={readOnly || options?.readOnly ? 'default' : undefined}
      resizeOrientation="vertical"
      style={{
        fontFamily: 'var(--pf-t--global--font--family--mono)',
        minHeight: minHeight ?? '400px',
      }}
    />
  ),
);
CodeEditor.displayName = 'CodeEditor';
export const YAMLEditor = CodeEditor;

/** As the console's editor shows it by default: without metadata.managedFields. */
const toYAML = (obj: K8sResourceCommon) => {
  if (!obj.metadata) return dump(obj, { lineWidth: -1 });
  const metadata: Record<string, unknown> = { ...obj.metadata };
  delete metadata.managedFields;
  return dump({ ...obj, metadata }, { lineWidth: -1 });
};

export const ResourceYAMLEditor: FC<ResourceYAMLEditorProps> = ({
  initialResource,
  header,
  onSave,
  readOnly,
  create,
  onChange,
  hideHeader,
}) => {
  const navigate = useNavigate();
  const [text, setText] = useState(() => toYAML(initialResource));
  const [error, setError] = useState<string>();
  const [success, setSuccess] = useState<string>();
  const [saving, setSaving] = useState(false);

  const save = async () => {
    setError(undefined);
    setSuccess(undefined);
    if (onSave) {
      onSave(text);
      return;
    }
    let obj: K8sResourceCommon;
    try {
      obj = load(text) as K8sResourceCommon;
    } catch (e) {
      setError((e as Error).message);
      return;
    }
    const model = modelForResourceSpec(getGroupVersionKindForResource(obj));
    if (!model) {
      setError(`The server doesn't have a resource type "${obj.kind}" in "${obj.apiVersion}".`);
      return;
    }
    setSaving(true);
    try {
      if (create) {
        const created = await k8sCreateResource({ model, data: obj });
        navigate(resourcePath(model, created.metadata?.name, created.metadata?.namespace));
      } else {
        const updated = await k8sUpdateResource({ model, data: obj });
        setText(toYAML(updated));
        setSuccess(
          `${updated.metadata?.name} has been updated to version ${updated.metadata?.resourceVersion}`,
        );
      }
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <PageSection hasBodyWrapper={false}>
      {!hideHeader && (
        <Title headingLevel="h2" style={{ marginBottom: '16px' }}>
          {header ?? (create ? `Create ${initialResource.kind}` : 'YAML')}
        </Title>
      )}
      <CodeEditor
        value={text}
        readOnly={readOnly}
        onChange={(v) => {
          setText(v);
          onChange?.(v);
        }}
      />
      {error && (
        <Alert isInline variant="danger" title="Error" style={{ marginTop: '16px' }}>
          {error}
        </Alert>
      )}
      {success && (
        <Alert isInline variant="success" title={success} style={{ marginTop: '16px' }} />
      )}
      {!readOnly && (
        <ActionGroup style={{ marginTop: '16px', display: 'flex', gap: '8px' }}>
          <Button variant="primary" onClick={save} isLoading={saving} data-test="save-changes">
            {create ? 'Create' : 'Save'}
          </Button>
          {!create && (
            <Button variant="secondary" onClick={() => setText(toYAML(initialResource))}>
              Reload
            </Button>
          )}
          <Button variant="link" onClick={() => navigate(-1)}>
            Cancel
          </Button>
        </ActionGroup>
      )}
    </PageSection>
  );
};
