// ListPageHeader, ListPageBody and the create buttons. The console's header also carries a favourite
// button and the namespace bar above it; the host has neither.
import type { FC } from 'react';
import { Link } from 'react-router';
import { Button, Content, PageSection, Title } from '@patternfly/react-core';
import type {
  ListPageCreateButtonProps,
  ListPageCreateLinkProps,
  ListPageCreateProps,
  ListPageHeaderProps,
} from '@openshift-console/dynamic-plugin-sdk';
import { useAccessReview } from '../hooks';
import { getActiveNamespace, ALL_NAMESPACES_KEY } from '../host-state';
import { modelForResourceSpec, parseReference } from '../models';
import { resourcePath } from './resource-link';
import { DocumentTitle } from './misc';

export const ListPageHeader: FC<ListPageHeaderProps> = ({
  title,
  badge,
  helpText,
  helpAlert,
  children,
}) => (
  <>
    <DocumentTitle>{title}</DocumentTitle>
    <PageSection hasBodyWrapper={false} className="co-m-nav-title">
      <div
        style={{
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          gap: '16px',
        }}
      >
        <Title headingLevel="h1" data-test="page-heading">
          {title} {badge}
        </Title>
        {children}
      </div>
      {helpText && <Content component="p">{helpText}</Content>}
      {helpAlert}
    </PageSection>
  </>
);

export const ListPageBody: FC<{ children?: React.ReactNode }> = ({ children }) => (
  <PageSection hasBodyWrapper={false}>{children}</PageSection>
);

type CreateAccessReview = ListPageCreateLinkProps['createAccessReview'];

const useCreateAllowed = (review: CreateAccessReview): boolean => {
  const model = review
    ? modelForResourceSpec(
        typeof review.groupVersionKind === 'string' ? undefined : review.groupVersionKind,
        typeof review.groupVersionKind === 'string' ? review.groupVersionKind : undefined,
      )
    : undefined;
  const [allowed, loading] = useAccessReview(
    model
      ? {
          group: model.apiGroup,
          resource: model.plural,
          verb: 'create',
          namespace: review?.namespace,
        }
      : {},
  );
  return !review || (!loading && allowed);
};

export const ListPageCreateLink: FC<ListPageCreateLinkProps> = ({
  to,
  createAccessReview,
  children,
}) => {
  const allowed = useCreateAllowed(createAccessReview);
  if (!allowed) return null;
  return (
    <Link to={to}>
      <Button variant="primary" component="span" data-test="item-create">
        {children}
      </Button>
    </Link>
  );
};

export const ListPageCreateButton: FC<ListPageCreateButtonProps> = ({
  createAccessReview,
  ...props
}) => {
  const allowed = useCreateAllowed(createAccessReview);
  if (!allowed) return null;
  return <Button variant="primary" data-test="item-create" {...props} />;
};

/** Links to the resource's create page (`.../~new`), which the host serves with a YAML editor. */
export const ListPageCreate: FC<ListPageCreateProps> = ({
  groupVersionKind,
  createAccessReview,
  children,
}) => {
  const gvk =
    typeof groupVersionKind === 'string' ? parseReference(groupVersionKind) : groupVersionKind;
  const model = modelForResourceSpec(gvk);
  const ns = getActiveNamespace();
  const to = model
    ? `${resourcePath(model, undefined, model.namespaced ? (ns === ALL_NAMESPACES_KEY ? 'default' : ns) : undefined)}/~new`
    : '#';
  return (
    <ListPageCreateLink
      to={to}
      createAccessReview={
        createAccessReview ??
        (model
          ? {
              groupVersionKind: gvk,
              namespace: model.namespaced && ns !== ALL_NAMESPACES_KEY ? ns : undefined,
            }
          : undefined)
      }
    >
      {children}
    </ListPageCreateLink>
  );
};
