import type { FC } from 'react';
import { ResourceLink, type K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import { gvkOf } from '../../k8s/models';
import { useMetalLBNamespace } from '../../k8s/hooks/useMetalLBNamespace';

/** Items for DeleteDependents: links to MetalLB objects of one kind. */
export const dependentItems = (model: K8sModel, names: string[]) =>
  names.map((name) => ({
    key: `${model.kind}/${name}`,
    node: <DependentLink model={model} name={name} />,
  }));

const DependentLink: FC<{ model: K8sModel; name: string }> = ({ model, name }) => {
  const { namespace } = useMetalLBNamespace();
  return <ResourceLink groupVersionKind={gvkOf(model)} name={name} namespace={namespace} inline />;
};
