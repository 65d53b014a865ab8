// Create and edit pages for a MetalLB kind on the shared ResourceFormPage: the kind gives its new
// object, its rules and its fields; this draws the name field, loads the object for edit and keeps
// later versions as `latest`. Once the form is up it stays up with its draft until the user leaves:
// a failed watch or the object's deletion is an alert above it.
import { useMemo, useState, type FC, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom-v5-compat';
import { Alert, Bullseye, PageSection, Spinner } from '@patternfly/react-core';
import { useK8sWatchResource, type K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import type { K8sObject, ValidationIssue } from '../../metallb';
import { gvkOf } from '../../k8s/models';
import { useMetalLBNamespace } from '../../k8s/hooks/useMetalLBNamespace';
import { ResourceFormPage, type FormFieldsProps } from '../resource-form/ResourceFormPage';
import { listPathFor } from '../MetalLBDetailsPage';
import { errorMessage } from '../../k8s/errors';
import { NameField } from './NameField';

export type KindFieldsProps<R> = FormFieldsProps<R> & { creating: boolean };

export interface KindFormSpec<R extends K8sObject> {
  model: K8sModel;
  /** The kind in the user's words, translated ("L2 advertisement"). */
  useKindLabel: () => string;
  /** A new object's spec; the page makes it an object of this kind in MetalLB's namespace. */
  newSpec: () => R extends { spec?: infer S } ? S : never;
  /** MetalLB's rules for a draft, with whatever other objects they compare against. */
  useValidate: (creating: boolean) => (draft: R) => ValidationIssue[];
  Fields: FC<KindFieldsProps<R>>;
  intro?: ReactNode;
  /** The kind's Fields draw the name themselves (pools show name and namespace as two fields). */
  ownNameField?: boolean;
}

const newMetalLBObject = <R extends K8sObject>(
  model: K8sModel,
  namespace: string,
  spec: unknown,
): R =>
  ({
    apiVersion: `${model.apiGroup}/${model.apiVersion}`,
    kind: model.kind,
    metadata: { name: '', namespace },
    spec,
  }) as unknown as R;

export const makeKindFormPages = <R extends K8sObject>(kind: KindFormSpec<R>) => {
  const Form: FC<{ initial: R; creating: boolean; latest?: R; notice?: ReactNode }> = ({
    initial,
    creating,
    latest,
    notice,
  }) => {
    const listPath = listPathFor(kind.model, useMetalLBNamespace().namespace);
    const validate = kind.useValidate(creating);
    const { Fields } = kind;
    return (
      <ResourceFormPage
        model={kind.model}
        kindLabel={kind.useKindLabel()}
        initial={initial as never}
        creating={creating}
        latest={latest as never}
        notice={notice}
        validate={validate as never}
        cancelPath={creating ? listPath : `${listPath}/${initial.metadata?.name ?? ''}`}
        savedPath={(saved: K8sObject) => `${listPath}/${saved.metadata?.name ?? ''}`}
        intro={kind.intro}
      >
        {(props) => (
          <>
            {kind.ownNameField ? null : (
              <NameField
                name={props.draft.metadata?.name}
                creating={creating}
                issues={props.issues}
                setField={props.setField}
              />
            )}
            <Fields {...(props as unknown as FormFieldsProps<R>)} creating={creating} />
          </>
        )}
      </ResourceFormPage>
    );
  };

  const CreateForm: FC<{ namespace: string }> = ({ namespace }) => {
    // The namespace is MetalLB's, found when the create page opens.
    const [initial] = useState(() => newMetalLBObject<R>(kind.model, namespace, kind.newSpec()));
    return <Form initial={initial} creating />;
  };

  const CreatePage: FC = () => {
    const { t } = useTranslation('plugin__metallb-console-plugin');
    const where = useMetalLBNamespace();
    const label = kind.useKindLabel();
    if (!where.loaded)
      return (
        <Bullseye>
          <Spinner aria-label={t('Loading {{kind}} {{name}}', { kind: label, name: '' })} />
        </Bullseye>
      );
    return <CreateForm namespace={where.namespace} />;
  };

  const EditPage: FC = () => {
    const { t } = useTranslation('plugin__metallb-console-plugin');
    const { name } = useParams();
    const label = kind.useKindLabel();
    const where = useMetalLBNamespace();
    // The kind's list in MetalLB's namespace (the same watch its list page and rules use): a deleted
    // object leaves it at once, where a watch by name would keep showing its last version.
    const [objects, watchLoaded, error] = useK8sWatchResource<R[]>(
      where.loaded
        ? { groupVersionKind: gvkOf(kind.model), namespace: where.namespace, isList: true }
        : null,
    );
    const obj = useMemo(
      () => (objects ?? []).find((o) => o.metadata?.name === name),
      [objects, name],
    );
    const loaded = where.loaded && watchLoaded;
    // The form edits the version it started from; later versions arrive as `latest`.
    const [initial, setInitial] = useState<R>();
    // A list item comes without apiVersion and kind; the draft (and its YAML) has them.
    if (loaded && obj && !initial) {
      const { apiVersion, kind: objKind, ...rest } = obj;
      setInitial({
        apiVersion: apiVersion ?? `${kind.model.apiGroup}/${kind.model.apiVersion}`,
        kind: objKind ?? kind.model.kind,
        ...rest,
      } as R);
    }
    if (!initial) {
      if (error || loaded)
        return (
          <PageSection>
            <Alert
              isInline
              variant="danger"
              title={t('{{kind}} {{name}} could not be loaded', { kind: label, name })}
            >
              {error
                ? errorMessage(error)
                : t('There is no {{kind}} named {{name}} in {{namespace}}.', {
                    kind: label,
                    name,
                    namespace: where.namespace,
                  })}
            </Alert>
          </PageSection>
        );
      return (
        <Bullseye>
          <Spinner aria-label={t('Loading {{kind}} {{name}}', { kind: label, name })} />
        </Bullseye>
      );
    }
    const deleted = loaded && !error && !obj;
    const notice = deleted ? (
      <Alert
        isInline
        variant="danger"
        title={t('{{kind}} {{name}} was deleted while you were editing it', { kind: label, name })}
        data-test="edited-object-deleted"
      >
        {t(
          'Your changes are still here, but there is nothing left to save them to. Copy them from the YAML view to keep them.',
        )}
      </Alert>
    ) : error ? (
      <Alert
        isInline
        variant="warning"
        title={t('The watch of {{kind}} {{name}} failed', { kind: label, name })}
        data-test="edited-object-watch-error"
      >
        <p>{errorMessage(error)}</p>
        <p>
          {t(
            'Your changes are still here. Changes others make may not show until the watch recovers; saving still checks the version on the server.',
          )}
        </p>
      </Alert>
    ) : undefined;
    return <Form initial={initial} creating={false} latest={obj} notice={notice} />;
  };

  return { CreatePage, EditPage };
};
