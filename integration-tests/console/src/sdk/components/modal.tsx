// useModal/useOverlay: the console renders launched components in its ModalProvider at the app root;
// the host keeps the list here and renders it in <OverlayRoot/>.
import { useState, useSyncExternalStore, type ComponentType, type FC } from 'react';
import { useNavigate } from 'react-router';
import {
  Alert,
  Button,
  Modal,
  ModalBody,
  ModalFooter,
  ModalHeader,
  TextInput,
} from '@patternfly/react-core';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { modelForResourceSpec, getGroupVersionKindForResource } from '../models';
import { k8sDeleteResource, k8sPatchResource } from '../resources';

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

// The console's labels modal: the labels as "key=value" tags, saved with a JSON patch that first
// tests the resourceVersion (a label edit never silently overwrites a concurrent change). The host's
// takes a comma or space separated text field instead of the console's tag input.
const LabelsModal: FC<{ resource: K8sResourceCommon; closeModal?: () => void }> = ({
  resource,
  closeModal,
}) => {
  const [text, setText] = useState(
    Object.entries(resource.metadata?.labels ?? {})
      .map(([k, v]) => (v ? `${k}=${v}` : k))
      .join(', '),
  );
  const [error, setError] = useState<string>();
  const [inProgress, setInProgress] = useState(false);
  const model = modelForResourceSpec(getGroupVersionKindForResource(resource));
  const onSave = () => {
    if (!model) return;
    const labels: Record<string, string> = {};
    for (const part of text.split(/[\s,]+/).filter(Boolean)) {
      const [key, ...value] = part.split('=');
      labels[key] = value.join('=');
    }
    setInProgress(true);
    k8sPatchResource({
      model,
      resource,
      data: [
        {
          op: 'test',
          path: '/metadata/resourceVersion',
          value: resource.metadata?.resourceVersion,
        },
        { op: 'add', path: '/metadata/labels', value: labels },
      ],
    })
      .then(() => closeModal?.())
      .catch((e: Error) => {
        setInProgress(false);
        setError(e.message);
      });
  };
  return (
    <Modal isOpen variant="small" onClose={closeModal} aria-labelledby="lab-labels-modal-title">
      <ModalHeader title="Edit labels" labelId="lab-labels-modal-title" />
      <ModalBody>
        <TextInput
          aria-label="Labels"
          value={text}
          onChange={(_e, v) => setText(v)}
          data-test="labels-input"
        />
        {error && (
          <Alert isInline variant="danger" title="An error occurred">
            {error}
          </Alert>
        )}
      </ModalBody>
      <ModalFooter>
        <Button
          variant="primary"
          onClick={onSave}
          isLoading={inProgress}
          data-test="confirm-action"
        >
          Save
        </Button>
        <Button variant="link" onClick={closeModal}>
          Cancel
        </Button>
      </ModalFooter>
    </Modal>
  );
};

export const useLabelsModal = (resource: K8sResourceCommon) => () =>
  launch(LabelsModal as ComponentType<never>, { resource });
