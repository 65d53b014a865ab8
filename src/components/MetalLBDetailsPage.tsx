import type { ComponentType, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom-v5-compat';
import {
  Breadcrumb,
  BreadcrumbItem,
  Bullseye,
  EmptyState,
  EmptyStateBody,
  PageSection,
  Spinner,
  Split,
  SplitItem,
  Title,
} from '@patternfly/react-core';
import { ExclamationCircleIcon } from '@patternfly/react-icons';
import {
  DocumentTitle,
  HorizontalNav,
  ResourceIcon,
  ResourceYAMLEditor,
  useK8sWatchResource,
  type K8sModel,
  type K8sResourceKind,
  type NavPage,
} from '@openshift-console/dynamic-plugin-sdk';
import { gvkOf, referenceFor } from '../k8s/models';
import { useMetalLBNamespace } from '../k8s/hooks/useMetalLBNamespace';
import type { K8sObject } from '../metallb';
import { errorMessage, httpStatusOf } from '../k8s/errors';

export const listPathFor = (model: K8sModel, namespace: string): string =>
  `/k8s/ns/${namespace}/${referenceFor(model)}`;

const YAMLTab: ComponentType<{ obj?: K8sResourceKind }> = ({ obj }) =>
  obj ? <ResourceYAMLEditor initialResource={obj} /> : null;

/**
 * The details page of a MetalLB object: breadcrumb to its list, its name, actions, and tabs (the
 * kind's Details tab, then YAML). Watches the object so the page follows changes live.
 */
export const MetalLBDetailsPage = <T extends K8sObject>({
  model,
  name,
  listTitle,
  Details,
  actions,
  extraPages = [],
}: {
  model: K8sModel;
  name: string;
  /** Translated plural, for the breadcrumb. */
  listTitle: string;
  Details: ComponentType<{ obj: T }>;
  actions?: (obj: T) => ReactNode;
  /** Tabs between Details and YAML (href relative to the details URL). */
  extraPages?: NavPage[];
}) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const where = useMetalLBNamespace();
  // Not before MetalLB's namespace is settled (a null watch reads as loaded).
  const [obj, watchLoaded, loadError] = useK8sWatchResource<T>(
    where.loaded ? { groupVersionKind: gvkOf(model), name, namespace: where.namespace } : null,
  );
  const loaded = where.loaded && watchLoaded;
  const header = (
    <PageSection hasBodyWrapper={false}>
      <Breadcrumb>
        <BreadcrumbItem>
          <Link to={listPathFor(model, where.namespace)}>{listTitle}</Link>
        </BreadcrumbItem>
        <BreadcrumbItem isActive>{t('{{kind}} details', { kind: model.kind })}</BreadcrumbItem>
      </Breadcrumb>
      <Split hasGutter>
        <SplitItem isFilled>
          <Title headingLevel="h1" data-test="details-title">
            <ResourceIcon groupVersionKind={gvkOf(model)} />
            {name}
          </Title>
        </SplitItem>
        {obj && loaded && actions ? <SplitItem>{actions(obj)}</SplitItem> : null}
      </Split>
    </PageSection>
  );
  let body: ReactNode;
  if (loadError) {
    const notFound = httpStatusOf(loadError) === 404;
    body = (
      <EmptyState
        titleText={
          notFound
            ? t('{{kind}} {{name}} does not exist', { kind: model.kind, name })
            : t('{{kind}} {{name}} could not be loaded', { kind: model.kind, name })
        }
        headingLevel="h2"
        icon={ExclamationCircleIcon}
        status="danger"
        data-test="details-error"
      >
        <EmptyStateBody>
          {notFound
            ? t('It may have been deleted. Go back to the list of {{title}}.', {
                title: listTitle,
              })
            : errorMessage(loadError)}
        </EmptyStateBody>
      </EmptyState>
    );
  } else if (!loaded || !obj) {
    body = (
      <Bullseye>
        <Spinner aria-label={t('Loading {{kind}} {{name}}', { kind: model.kind, name })} />
      </Bullseye>
    );
  } else {
    body = (
      <HorizontalNav
        resource={obj as K8sResourceKind}
        pages={[
          { href: '', name: t('Details'), component: Details as ComponentType },
          ...extraPages,
          { href: 'yaml', name: t('YAML'), component: YAMLTab as ComponentType },
        ]}
      />
    );
  }
  return (
    <>
      <DocumentTitle>{`${name} · ${model.kind}`}</DocumentTitle>
      {header}
      {body}
    </>
  );
};
