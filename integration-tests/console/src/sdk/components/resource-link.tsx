// ResourceLink and ResourceIcon with the console's URL conventions: /k8s/ns/<ns>/<segment>/<name> for
// namespaced kinds, /k8s/cluster/<segment>/<name> otherwise, where <segment> is group~version~Kind for
// CRDs and the plural for core kinds. The console colours each kind's badge; the host uses one colour.
import type { FC } from 'react';
import { Link } from 'react-router';
import type {
  K8sModel,
  ResourceIconProps,
  ResourceLinkProps,
} from '@openshift-console/dynamic-plugin-sdk';
import { modelForResourceSpec, parseReference, urlSegmentFor } from '../models';

export const resourcePath = (model: K8sModel, name?: string, namespace?: string): string => {
  const scope = model.namespaced
    ? namespace
      ? `/k8s/ns/${namespace}`
      : '/k8s/all-namespaces'
    : '/k8s/cluster';
  return `${scope}/${urlSegmentFor(model)}${name ? `/${name}` : ''}`;
};

const modelOf = (props: {
  kind?: string;
  groupVersionKind?: ResourceLinkProps['groupVersionKind'];
}) => modelForResourceSpec(props.groupVersionKind, props.kind);

export const ResourceIcon: FC<ResourceIconProps> = ({ kind, groupVersionKind, className }) => {
  const model = modelOf({ kind, groupVersionKind });
  const kindName = model?.kind ?? groupVersionKind?.kind ?? (kind ? parseReference(kind).kind : '');
  const abbr = model?.abbr ?? kindName.replace(/[a-z]/g, '').slice(0, 4);
  return (
    <span
      className={`co-m-resource-icon ${className ?? ''}`}
      title={kindName}
      style={{
        display: 'inline-block',
        minWidth: '1.5em',
        padding: '0 4px',
        marginRight: '4px',
        borderRadius: '20px',
        fontSize: 'var(--pf-t--global--font--size--xs)',
        fontWeight: 'var(--pf-t--global--font--weight--body--bold)',
        lineHeight: '1.5em',
        textAlign: 'center',
        color: 'var(--pf-t--global--text--color--on-brand--default)',
        backgroundColor: 'var(--pf-t--global--color--brand--default)',
      }}
    >
      <span className="pf-v6-screen-reader">{kindName}</span>
      <span aria-hidden="true">{abbr}</span>
    </span>
  );
};

export const ResourceLink: FC<ResourceLinkProps> = (props) => {
  const {
    name,
    namespace,
    displayName,
    inline,
    linkTo = true,
    hideIcon,
    className,
    dataTest,
    onClick,
    nameSuffix,
    children,
    title,
  } = props;
  const model = modelOf(props);
  const label = displayName || name;
  const path = model && name ? resourcePath(model, name, namespace) : undefined;
  return (
    <span
      className={`co-resource-item ${className ?? ''}`}
      style={{ display: inline ? 'inline-flex' : 'flex', alignItems: 'center' }}
    >
      {!hideIcon && <ResourceIcon kind={props.kind} groupVersionKind={props.groupVersionKind} />}
      {linkTo && path ? (
        <Link to={path} title={title} data-test={dataTest ?? name} onClick={onClick}>
          {label}
          {nameSuffix}
        </Link>
      ) : (
        <span data-test={dataTest ?? name}>
          {label}
          {nameSuffix}
        </span>
      )}
      {children}
    </span>
  );
};
