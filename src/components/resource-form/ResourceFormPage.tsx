// The create/edit page every MetalLB kind uses: a form and a YAML view of one draft (kept in sync
// both ways), validation from src/metallb placed on the fields, a server-side dry run before every
// save with the server's refusal shown verbatim, and newer versions handled without overwriting:
// MetalLB's status changes are taken underneath the draft, someone else's change is shown and can
// take the user's changes on top (see useNewerVersions).
import { useEffect, useMemo, useState, type FC, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom-v5-compat';
import {
  ActionGroup,
  Alert,
  Button,
  Form,
  PageSection,
  Radio,
  Title,
  Tooltip,
} from '@patternfly/react-core';
import {
  DocumentTitle,
  YAMLEditor,
  useAccessReview,
  type K8sModel,
  type K8sResourceCommon,
} from '@openshift-console/dynamic-plugin-sdk';
import type { ValidationIssue } from '../../metallb';
import { dryRunOnly, saveOverServerChanges, SaveFailure } from '../../k8s/save-resource';
import type { Draft, PathKey } from './draft';
import { getIn } from './draft';
import { IssueList } from './IssueList';
import { NewerVersionAlerts } from './NewerVersionAlerts';
import { useFormYamlSync } from './useFormYamlSync';
import { useNewerVersions } from './useNewerVersions';
import './resource-form.css';

/** "spec.addresses[2]" → ['spec', 'addresses', 2] */
const pathKeys = (path: string): PathKey[] =>
  path.split(/\.|\[(\d+)\]/).flatMap<PathKey>((part, i) => {
    if (part === undefined || part === '') return [];
    return i % 2 === 1 ? [Number(part)] : [part];
  });

const isEmptyAt = (draft: Draft, path: string) => {
  const value = getIn(draft, pathKeys(path));
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
};

export interface FormFieldsProps<R> {
  draft: R;
  setField: (path: PathKey[], value: unknown) => void;
  issues: ValidationIssue[];
}

export interface ResourceFormPageProps<R extends K8sResourceCommon> {
  model: K8sModel;
  /** The kind as the user reads it ("IP address pool"). */
  kindLabel: string;
  /** A new object's skeleton, or the object as loaded when editing began. */
  initial: R;
  creating: boolean;
  /** The object as the watch sees it now (edit only): see useNewerVersions for what a newer one does. */
  latest?: R;
  /** Above the form: what happened to the object since it loaded (a failed watch, deleted). */
  notice?: ReactNode;
  validate: (draft: R) => ValidationIssue[];
  /** Where Cancel goes, and where a saved object's page is. */
  cancelPath: string;
  savedPath: (saved: R) => string;
  /** Above the form: what the user must know before filling it (e.g. why the namespace is fixed). */
  intro?: ReactNode;
  children: (props: FormFieldsProps<R>) => ReactNode;
}

type Outcome =
  { kind: 'refused'; failure: SaveFailure } | { kind: 'blocked' } | { kind: 'undecided' };

export const ResourceFormPage = <R extends K8sResourceCommon>({
  model,
  kindLabel,
  initial,
  creating,
  latest,
  notice,
  validate,
  cancelPath,
  savedPath,
  intro,
  children,
}: ResourceFormPageProps<R>): ReturnType<FC> => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const navigate = useNavigate();
  const sync = useFormYamlSync(initial as unknown as Draft);
  const versions = useNewerVersions(initial as unknown as Draft, sync);
  const draft = sync.draft as unknown as R;
  const allIssues = useMemo(() => validate(draft), [validate, draft]);
  const [attempted, setAttempted] = useState(false);
  // A field still empty is not shouted at before the first save; everything else shows as typed.
  const issues = useMemo(
    () => (attempted ? allIssues : allIssues.filter((i) => !isEmptyAt(sync.draft, i.path))),
    [allIssues, attempted, sync.draft],
  );
  const [outcome, setOutcome] = useState<Outcome>();
  const [yamlSwitchRefused, setYamlSwitchRefused] = useState(false);
  const [saving, setSaving] = useState(false);
  const namespace = initial.metadata?.namespace;
  const [allowed, checking] = useAccessReview({
    group: model.apiGroup,
    resource: model.plural,
    verb: creating ? 'create' : 'update',
    namespace,
    name: creating ? undefined : initial.metadata?.name,
  });

  const latestVersion = latest?.metadata?.resourceVersion;
  useEffect(() => {
    if (!creating && latest) versions.receive(latest as unknown as Draft);
    // Each version the watch delivers is taken once; the rest is read, not watched.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [latestVersion]);

  const save = async () => {
    setOutcome(undefined);
    setAttempted(true);
    if (sync.view === 'yaml' && sync.yamlError !== undefined) {
      setYamlSwitchRefused(true);
      return;
    }
    if (versions.review?.decisions.includes(undefined)) {
      setOutcome({ kind: 'undecided' });
      return;
    }
    setSaving(true);
    // Server-written fields come from the version the edit stands on, whatever the YAML text says.
    const data = (creating ? sync.draft : versions.toSave()) as unknown as R;
    try {
      if (allIssues.length > 0) {
        // Ours first; still ask the server, so its own words stand beside ours.
        await dryRunOnly({ model, data, creating });
        setOutcome({ kind: 'blocked' });
        setSaving(false);
        return;
      }
      const saved = await saveOverServerChanges({ model, data, creating }, versions.base, (newer) =>
        versions.receive(newer as Draft),
      );
      // Leaving the page unmounts it: no state update after this (React 17, in consoles 4.19-4.21,
      // warns of an update on an unmounted component).
      navigate(savedPath(saved));
    } catch (error) {
      if (error instanceof SaveFailure) {
        // A conflict with someone's change is the conflict alert's to explain.
        const held =
          error.kind === 'conflict' &&
          versions.receive(error.latest as Draft | undefined, true) === 'conflict';
        if (!held) setOutcome({ kind: 'refused', failure: error });
      } else {
        setOutcome({ kind: 'refused', failure: new SaveFailure('failed', String(error), 'save') });
      }
      setSaving(false);
    }
  };

  const title = creating
    ? t('Create {{kind}}', { kind: kindLabel })
    : t('Edit {{kind}} {{name}}', { kind: kindLabel, name: initial.metadata?.name ?? '' });
  const denied = !checking && !allowed;
  const saveButton = (
    <Button
      variant="primary"
      onClick={save}
      isLoading={saving}
      isAriaDisabled={saving || denied || checking}
      data-test="save-resource"
    >
      {creating ? t('Create') : t('Save')}
    </Button>
  );

  return (
    <>
      <DocumentTitle>{title}</DocumentTitle>
      <PageSection>
        <Title headingLevel="h1">{title}</Title>
        {intro}
        {notice ? (
          // stays in view while the user scrolls a long form: the object it speaks of is gone or unwatched
          <div className="metallb-plugin__form-notice">{notice}</div>
        ) : null}
        <div
          role="radiogroup"
          aria-label={t('Configure via')}
          className="metallb-plugin__view-switch"
        >
          <span>{t('Configure via:')}</span>
          <Radio
            id="metallb-form-view"
            name="metallb-editor-view"
            label={t('Form view')}
            isChecked={sync.view === 'form'}
            onChange={() => setYamlSwitchRefused(!sync.switchTo('form'))}
            data-test="form-view"
          />
          <Radio
            id="metallb-yaml-view"
            name="metallb-editor-view"
            label={t('YAML view')}
            isChecked={sync.view === 'yaml'}
            onChange={() => sync.switchTo('yaml')}
            data-test="yaml-view"
          />
        </div>
        {yamlSwitchRefused && sync.yamlError !== undefined ? (
          <Alert
            isInline
            variant="danger"
            title={t('The YAML does not parse')}
            data-test="yaml-error"
          >
            <p>{sync.yamlError || t('The YAML must be one object (a mapping).')}</p>
            <p>{t('Your text is kept. Fix it to switch to the form or to save.')}</p>
          </Alert>
        ) : null}
        {sync.view === 'form' ? (
          <Form className="metallb-plugin__form" onSubmit={(e) => e.preventDefault()}>
            {children({ draft, setField: sync.setField, issues })}
          </Form>
        ) : (
          <>
            {issues.length > 0 ? <IssueList issues={issues} /> : null}
            <div className="metallb-plugin__form-yaml">
              <YAMLEditor
                value={sync.yamlText}
                onChange={(text: string) => sync.setYamlText(text)}
                minHeight="400px"
              />
            </div>
          </>
        )}
        <div className="metallb-plugin__form-alerts" aria-live="polite">
          <NewerVersionAlerts
            kind={kindLabel}
            name={initial.metadata?.name ?? ''}
            versions={versions}
            saveRefused={outcome?.kind === 'undecided'}
            onResolve={() => setOutcome(undefined)}
          />
          {outcome?.kind === 'blocked' ? (
            <Alert
              isInline
              variant="danger"
              title={t('Fix the problems marked above before saving')}
              data-test="local-issues"
            >
              <IssueList issues={allIssues} plain />
              <p>
                {t('The server was asked too (dry run) and did not refuse it; nothing was saved.')}
              </p>
            </Alert>
          ) : null}
          {outcome?.kind === 'refused' ? (
            <Alert
              isInline
              variant="danger"
              title={
                outcome.failure.kind === 'forbidden'
                  ? t('Your user may not save this')
                  : outcome.failure.stage === 'dry-run'
                    ? t('The server refused this (dry run, nothing was saved)')
                    : t('The server refused to save')
              }
              data-test="server-refusal"
            >
              <pre className="metallb-plugin__server-message">{outcome.failure.message}</pre>
            </Alert>
          ) : null}
          {denied ? (
            <Alert
              isInline
              variant="info"
              title={
                creating
                  ? t('Your user cannot create {{plural}} in {{namespace}}', {
                      plural: model.labelPlural,
                      namespace,
                    })
                  : t('Your user cannot update {{plural}} in {{namespace}}', {
                      plural: model.labelPlural,
                      namespace,
                    })
              }
              data-test="save-forbidden"
            />
          ) : null}
        </div>
        <ActionGroup>
          {denied ? (
            <Tooltip content={t('Ask a cluster administrator for access')}>{saveButton}</Tooltip>
          ) : (
            saveButton
          )}
          <Button variant="link" onClick={() => navigate(cancelPath)} data-test="cancel">
            {t('Cancel')}
          </Button>
        </ActionGroup>
      </PageSection>
    </>
  );
};
