// Edit, edit labels and delete for one object, each checked with an access review: an action the
// user may not take stays in the menu, disabled, with the reason (so nobody wonders where it went).
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom-v5-compat';
import {
  useAccessReview,
  useDeleteModal,
  useLabelsModal,
  type K8sModel,
  type K8sResourceCommon,
} from '@openshift-console/dynamic-plugin-sdk';

export interface ResourceAction {
  id: 'edit' | 'edit-labels' | 'delete';
  label: string;
  run: () => void;
  disabled: boolean;
  /** Why it is disabled, for the menu's description line. */
  reason?: string;
  danger?: boolean;
}

export const useResourceActions = ({
  model,
  resource,
  editPath,
  deleteMessage,
  afterDeletePath,
}: {
  model: K8sModel;
  resource: K8sResourceCommon;
  editPath: string;
  /** What the delete dialog says beyond "are you sure": the objects that depend on this one. */
  deleteMessage?: ReactElement;
  afterDeletePath?: string;
}): ResourceAction[] => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const navigate = useNavigate();
  const attributes = {
    group: model.apiGroup,
    resource: model.plural,
    name: resource.metadata?.name,
    namespace: resource.metadata?.namespace,
  };
  const [canUpdate, updateLoading] = useAccessReview({ ...attributes, verb: 'update' });
  const [canPatch, patchLoading] = useAccessReview({ ...attributes, verb: 'patch' });
  const [canDelete, deleteLoading] = useAccessReview({ ...attributes, verb: 'delete' });
  const launchDelete = useDeleteModal(resource, afterDeletePath, deleteMessage);
  const launchLabels = useLabelsModal(resource);
  const where = { plural: model.labelPlural, namespace: resource.metadata?.namespace };
  const checking = t('Checking your permissions');
  return [
    {
      id: 'edit',
      label: t('Edit {{kind}}', { kind: model.label }),
      run: () => navigate(editPath),
      disabled: !canUpdate,
      reason: updateLoading
        ? checking
        : canUpdate
          ? undefined
          : t('Your user cannot update {{plural}} in {{namespace}}', where),
    },
    {
      id: 'edit-labels',
      label: t('Edit labels'),
      run: launchLabels,
      disabled: !canPatch,
      reason: patchLoading
        ? checking
        : canPatch
          ? undefined
          : t('Your user cannot update {{plural}} in {{namespace}}', where),
    },
    {
      id: 'delete',
      label: t('Delete {{kind}}', { kind: model.label }),
      run: launchDelete,
      disabled: !canDelete,
      reason: deleteLoading
        ? checking
        : canDelete
          ? undefined
          : t('Your user cannot delete {{plural}} in {{namespace}}', where),
      danger: true,
    },
  ];
};
