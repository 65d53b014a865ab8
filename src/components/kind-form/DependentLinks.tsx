import type { FC } from 'react';
import { ResourceLink, type K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import { gvkOf, METALLB_NAMESPACE } from '../../k8s/models';

/** Items for DeleteDependents: links to MetalLB objects of one kind. */
export const dependentItems = (model: K8sModel, names: string[]) =>
  names.map((name) => ({
    key: `${model.kind}/${name}`,
    node: <DependentLink model={model} name={name} />,
  }));

const DependentLink: FC<{ model: K8sModel; name: string }> = ({ model, name }) => (
  <ResourceLink groupVersionKind={gvkOf(model)} name={name} namespace={METALLB_NAMESPACE} inline />
);
