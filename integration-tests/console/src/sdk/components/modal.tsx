// useModal/useOverlay: the console renders launched components in its ModalProvider at the app root;
// the host keeps the list here and renders it in <OverlayRoot/>.
import { useState, useSyncExternalStore, type ComponentType, type FC } from 'react';
import { useNavigate } from 'react-router';
import { Alert, Button, Modal, ModalBody, ModalFooter, ModalHeader } from '@patternfly/react-core';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { modelForResourceSpec, getGroupVersionKindForResource } from '../models';
import { k8sDeleteResource } from '../resources';

type Overlay = {
  id: string;
  Component: ComponentType<Record<string, unknown>>;
  props: Record<string, unknown>;
};

let overlays: Overlay[] = [];
const listeners = new Set<() => void>();
const set = (next: Overlay[]) => {
  overlays = next;
  listeners.forEach((l) => l());
};
let counter = 0;

const launch = (
  Component: ComponentType<never>,
  props: Record<string, unknown> = {},
  id?: string,
) => {
  const overlayId = id ?? `overlay-${++counter}`;
  const close = () => set(overlays.filter((o) => o.id !== overlayId));
  set([
    ...overlays.filter((o) => o.id !== overlayId),
    {
      id: overlayId,
      Component: Component as unknown as ComponentType<Record<string, unknown>>,
      props: { ...props, closeModal: close, closeOverlay: close },
    },
  ]);
};

export const useModal = () => launch;
export const useOverlay = () => launch;

export const OverlayRoot: FC = () => {
  const list = useSyncExternalStore(
    (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    () => overlays,
  );
  return (
    <>
      {list.map(({ id, Component, props }) => (
        <Component key={id} {...props} />
      ))}
    </>
  );
};

const DeleteModal: FC<{
  resource: K8sResourceCommon;
  redirectTo?: string;
  message?: React.ReactNode;
  btnText?: React.ReactNode;
  closeModal?: () => void;
}> = ({ resource, redirectTo, message, btnText, closeModal }) => {
  const navigate = useNavigate();
  const [error, setError] = useState<string>();
  const [inProgress, setInProgress] = useState(false);
  const model = modelForResourceSpec(getGroupVersionKindForResource(resource));
  const onDelete = () => {
    if (!model) return;
    setInProgress(true);
    k8sDeleteResource({ model, resource })
      .then(() => {
        closeModal?.();
        if (redirectTo) navigate(redirectTo);
      })
      .catch((e: Error) => {
        setInProgress(false);
        setError(e.message);
      });
  };
  return (
    <Modal isOpen variant="small" onClose={closeModal} aria-labelledby="lab-delete-modal-title">
      <ModalHeader
        title={`Delete ${resource.kind}?`}
        titleIconVariant="warning"
        labelId="lab-delete-modal-title"
      />
      <ModalBody>
        {message ?? (
          <>
            Are you sure you want to delete <strong>{resource.metadata?.name}</strong>
            {resource.metadata?.namespace ? (
              <>
                {' '}
                in namespace <strong>{resource.metadata.namespace}</strong>
              </>
            ) : null}
            ?
          </>
        )}
        {error && (
          <Alert isInline variant="danger" title="An error occurred">
            {error}
          </Alert>
        )}
      </ModalBody>
      <ModalFooter>
        <Button
          variant="danger"
          onClick={onDelete}
          isLoading={inProgress}
          isDisabled={inProgress}
          data-test="confirm-action"
        >
          {btnText ?? 'Delete'}
        </Button>
        <Button variant="link" onClick={closeModal}>
          Cancel
        </Button>
      </ModalFooter>
    </Modal>
  );
};

export const useDeleteModal =
  (
    resource: K8sResourceCommon,
    redirectTo?: string,
    message?: React.ReactNode,
    btnText?: React.ReactNode,
  ) =>
  () =>
    launch(DeleteModal as ComponentType<never>, { resource, redirectTo, message, btnText });
