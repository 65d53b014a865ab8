// The details page's Actions for a MetalLB object, or the items of its open row kebab: the shared
// access-reviewed actions (edit, edit labels, delete), with a delete dialog naming what depends on
// the object. A list renders the items only while a row's kebab is open (MetalLBListPage), so no
// access review runs for a row nobody opened.
import type { FC, ReactElement } from 'react';
import type { K8sModel, K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import type { K8sObject } from '../../metallb';
import { useResourceActions } from '../actions/useResourceActions';
import { ActionItems, ActionsMenu } from '../actions/ActionsMenu';
import { listPathFor } from '../MetalLBDetailsPage';
import { useMetalLBNamespace } from '../../k8s/hooks/useMetalLBNamespace';

export const KindActions: FC<{
  model: K8sModel;
  obj: K8sObject;
  /** Set in an open row kebab: closes it. */
  close?: () => void;
  deleteMessage?: ReactElement;
}> = ({ model, obj, close, deleteMessage }) => {
  const name = obj.metadata?.name ?? '';
  const listPath = listPathFor(model, useMetalLBNamespace().namespace);
  const actions = useResourceActions({
    model,
    resource: obj as K8sResourceCommon,
    editPath: `${listPath}/${name}/edit`,
    deleteMessage,
    // From the details page, back to the list; from the list, stay.
    afterDeletePath: close ? undefined : listPath,
  });
  return close ? (
    <ActionItems actions={actions} onSelect={close} />
  ) : (
    <ActionsMenu actions={actions} name={name} />
  );
};
