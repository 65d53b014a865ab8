// The row kebab and the details page's Actions for a MetalLB object: the shared access-reviewed
// actions (edit, edit labels, delete), with a delete dialog naming what depends on the object.
import type { FC, ReactElement } from 'react';
import type { K8sModel, K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import type { K8sObject } from '../../metallb';
import { useResourceActions } from '../actions/useResourceActions';
import { ActionsMenu } from '../actions/ActionsMenu';
import { listPathFor } from '../MetalLBDetailsPage';
import { useMetalLBNamespace } from '../../k8s/hooks/useMetalLBNamespace';

export const KindActions: FC<{
  model: K8sModel;
  obj: K8sObject;
  kebab?: boolean;
  deleteMessage?: ReactElement;
}> = ({ model, obj, kebab, deleteMessage }) => {
  const name = obj.metadata?.name ?? '';
  const listPath = listPathFor(model, useMetalLBNamespace().namespace);
  const actions = useResourceActions({
    model,
    resource: obj as K8sResourceCommon,
    editPath: `${listPath}/${name}/edit`,
    deleteMessage,
    // From the details page, back to the list; from the list, stay.
    afterDeletePath: kebab ? undefined : listPath,
  });
  return <ActionsMenu actions={actions} name={name} kebab={kebab} />;
};
