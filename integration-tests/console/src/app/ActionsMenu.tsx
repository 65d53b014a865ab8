// The console's action menu for a resource (LazyActionMenu): actions that plugins provide through
// `console.action/provider` for the resource's context id (`group~version~Kind`). Each provider is a
// hook, called here with the resource, as the console does; the host shows them on its generic
// details page, where kubevirt-plugin's VM page would merge them into its own menu.
import { useCallback, useEffect, useState, type FC } from 'react';
import { useNavigate } from 'react-router';
import { Dropdown, DropdownItem, DropdownList, MenuToggle } from '@patternfly/react-core';
import { useResolvedExtensions } from '@openshift/dynamic-plugin-sdk';
import type { CodeRef, Extension } from '@openshift/dynamic-plugin-sdk';
import type { Action } from '@openshift-console/dynamic-plugin-sdk';
import { useAccessReview } from '../sdk/hooks';

type ProviderHook = (resource: unknown) => [Action[], boolean, unknown];
type ActionProvider = Extension<
  'console.action/provider',
  { contextId: string; provider: CodeRef<ProviderHook> }
>;
const isActionProvider = (e: Extension): e is ActionProvider =>
  e.type === 'console.action/provider';

const CallProvider: FC<{
  id: string;
  hook: ProviderHook;
  resource: unknown;
  report: (id: string, a: Action[]) => void;
}> = ({ id, hook, resource, report }) => {
  const [actions, loaded] = hook(resource);
  useEffect(() => {
    if (loaded) report(id, actions);
  }, [id, actions, loaded, report]);
  return null;
};

const ActionItem: FC<{ action: Action; close: () => void }> = ({ action, close }) => {
  const navigate = useNavigate();
  const [allowed] = useAccessReview(action.accessReview ?? { resource: '', verb: 'get' });
  const cta = action.cta;
  return (
    <DropdownItem
      isDisabled={action.disabled || (!!action.accessReview && !allowed)}
      description={action.description}
      data-test-action={action.id}
      onClick={() => {
        close();
        if (typeof cta === 'function') cta();
        else if (cta.external) window.open(cta.href, '_blank');
        else navigate(cta.href);
      }}
    >
      {action.label}
    </DropdownItem>
  );
};

export const ActionsMenu: FC<{ contextId: string; resource: unknown }> = ({
  contextId,
  resource,
}) => {
  const [providers] = useResolvedExtensions<ActionProvider>(isActionProvider);
  const mine = providers.filter((p) => p.properties.contextId === contextId);
  const [byProvider, setByProvider] = useState<Record<string, Action[]>>({});
  const [open, setOpen] = useState(false);
  const report = useCallback(
    (id: string, actions: Action[]) => setByProvider((s) => ({ ...s, [id]: actions })),
    [],
  );
  if (mine.length === 0) return null;
  const actions = Object.values(byProvider).flat();
  return (
    <>
      {mine.map((p) => (
        <CallProvider
          key={p.uid}
          id={p.uid}
          hook={p.properties.provider as unknown as ProviderHook}
          resource={resource}
          report={report}
        />
      ))}
      <div style={{ display: 'inline-block' }}>
        <Dropdown
          isOpen={open}
          onOpenChange={setOpen}
          toggle={(ref) => (
            <MenuToggle
              ref={ref}
              onClick={() => setOpen(!open)}
              isExpanded={open}
              data-test="actions-menu"
            >
              Actions
            </MenuToggle>
          )}
        >
          <DropdownList>
            {actions.map((a) => (
              <ActionItem key={a.id} action={a} close={() => setOpen(false)} />
            ))}
          </DropdownList>
        </Dropdown>
      </div>
    </>
  );
};
