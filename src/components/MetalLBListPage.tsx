import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bullseye,
  EmptyState,
  EmptyStateBody,
  EmptyStateFooter,
  Spinner,
} from '@patternfly/react-core';
import { ExclamationCircleIcon } from '@patternfly/react-icons';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import {
  ListPageBody,
  ListPageCreateLink,
  ListPageHeader,
  type K8sModel,
} from '@openshift-console/dynamic-plugin-sdk';
import { gvkOf, referenceFor } from '../k8s/models';
import { useMetalLBNamespace } from '../k8s/hooks/useMetalLBNamespace';
import type { K8sObject } from '../metallb';
import { errorMessage, isForbidden } from '../k8s/errors';
import { LazyActionsKebab } from './actions/ActionsMenu';

export interface ListColumn<T> {
  title: string;
  cell: (item: T) => ReactNode;
  fitContent?: boolean;
}

/** The console's create URL for a MetalLB kind: always MetalLB's namespace (its webhooks refuse others). */
export const createPathFor = (model: K8sModel, namespace: string): string =>
  `/k8s/ns/${namespace}/${referenceFor(model)}/~new`;

export const CreateLink = ({ model, label }: { model: K8sModel; label: string }) => {
  const { namespace } = useMetalLBNamespace();
  return (
    <ListPageCreateLink
      to={createPathFor(model, namespace)}
      createAccessReview={{ groupVersionKind: gvkOf(model), namespace }}
    >
      {label}
    </ListPageCreateLink>
  );
};

/**
 * A list page for a MetalLB kind: loading, forbidden, error and empty states, then a table whose
 * columns the kind's page gives. Objects live only in the MetalLB namespace, whatever the URL names.
 */
export const MetalLBListPage = <T extends K8sObject>({
  model,
  title,
  items,
  loaded,
  loadError,
  columns,
  emptyTitle,
  emptyBody,
  createLabel,
  testId,
  children,
  rowActions,
}: {
  model: K8sModel;
  /** Translated plural, e.g. "L2 advertisements". */
  title: string;
  items: T[];
  loaded: boolean;
  loadError: unknown;
  columns: ListColumn<T>[];
  emptyTitle: string;
  emptyBody: string;
  createLabel: string;
  /** Prefix of the data-test attributes: `<testId>-table`, `<testId>-row-<name>`, ... */
  testId: string;
  /** Shown above the table (warnings about the data). */
  children?: ReactNode;
  /**
   * The items of a row's kebab, rendered only while it is open (their access reviews with them);
   * `close` closes the menu.
   */
  rowActions?: (item: T, close: () => void) => ReactNode;
}) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const { namespace } = useMetalLBNamespace();
  const forbidden = isForbidden(loadError);
  let body: ReactNode;
  if (loadError) {
    body = (
      <EmptyState
        titleText={
          forbidden
            ? t('You cannot list {{kind}} objects', { kind: model.kind })
            : t('{{title}} could not be loaded', { title })
        }
        headingLevel="h2"
        icon={ExclamationCircleIcon}
        status="danger"
        data-test={`${testId}-error`}
      >
        <EmptyStateBody>
          {forbidden
            ? t(
                'Listing {{kind}} objects in the {{namespace}} namespace needs permission that your user does not have. Ask a cluster administrator.',
                { kind: model.kind, namespace },
              )
            : errorMessage(loadError)}
        </EmptyStateBody>
      </EmptyState>
    );
  } else if (!loaded) {
    body = (
      <Bullseye>
        <Spinner aria-label={t('Loading {{title}}', { title })} />
      </Bullseye>
    );
  } else if (items.length === 0) {
    body = (
      <EmptyState titleText={emptyTitle} headingLevel="h2" data-test={`${testId}-empty`}>
        <EmptyStateBody>{emptyBody}</EmptyStateBody>
        <EmptyStateFooter>
          <CreateLink model={model} label={createLabel} />
        </EmptyStateFooter>
      </EmptyState>
    );
  } else {
    body = (
      <>
        {children}
        <Table aria-label={title} variant="compact" data-test={`${testId}-table`}>
          <Thead>
            <Tr>
              {columns.map((column) => (
                <Th key={column.title} modifier={column.fitContent ? 'fitContent' : undefined}>
                  {column.title}
                </Th>
              ))}
              {rowActions ? <Th screenReaderText={t('Actions')} /> : null}
            </Tr>
          </Thead>
          <Tbody>
            {items.map((item) => (
              <Tr
                key={item.metadata?.uid ?? item.metadata?.name}
                data-test={`${testId}-row-${item.metadata?.name ?? ''}`}
              >
                {columns.map((column) => (
                  <Td key={column.title} dataLabel={column.title}>
                    {column.cell(item)}
                  </Td>
                ))}
                {rowActions ? (
                  <Td isActionCell>
                    <LazyActionsKebab
                      name={item.metadata?.name ?? ''}
                      items={(close) => rowActions(item, close)}
                    />
                  </Td>
                ) : null}
              </Tr>
            ))}
          </Tbody>
        </Table>
      </>
    );
  }
  return (
    <>
      <ListPageHeader title={title}>
        {loaded && !loadError && items.length > 0 ? (
          <CreateLink model={model} label={createLabel} />
        ) : null}
      </ListPageHeader>
      <ListPageBody>{body}</ListPageBody>
    </>
  );
};
