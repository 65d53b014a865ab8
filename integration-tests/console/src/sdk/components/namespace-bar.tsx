// The console's namespace bar, as far as plugin pages use it: "Project:" and a choice of the
// namespaces the user may list (all of them for the lab's admin; just the active one for a user who
// may not list namespaces), switching the active namespace (and so the URL) as the console does.
import type { FC } from 'react';
import { FormSelect, FormSelectOption } from '@patternfly/react-core';
import type { K8sResourceCommon, NamespaceBarProps } from '@openshift-console/dynamic-plugin-sdk';
import { useK8sWatchResource } from '../hooks';
import { ALL_NAMESPACES_KEY, useActiveNamespace } from '../host-state';

export const NamespaceBar: FC<NamespaceBarProps> = ({
  onNamespaceChange,
  isDisabled,
  children,
}) => {
  const [active, setActive] = useActiveNamespace();
  const [namespaces] = useK8sWatchResource<K8sResourceCommon[]>({
    groupVersionKind: { version: 'v1', kind: 'Namespace' },
    isList: true,
  });
  const names = (namespaces ?? []).map((n) => n.metadata?.name ?? '').filter(Boolean);
  if (active !== ALL_NAMESPACES_KEY && !names.includes(active)) names.push(active);
  return (
    <div
      data-test-id="namespace-bar-dropdown"
      style={{
        display: 'flex',
        gap: 'var(--pf-t--global--spacer--md)',
        alignItems: 'center',
        padding: 'var(--pf-t--global--spacer--sm) var(--pf-t--global--spacer--lg)',
        borderBlockEnd:
          'var(--pf-t--global--border--width--regular) solid var(--pf-t--global--border--color--default)',
      }}
    >
      <label htmlFor="host-namespace-bar">Project:</label>
      <div style={{ width: '20rem' }}>
        <FormSelect
          id="host-namespace-bar"
          aria-label="Project"
          value={active}
          isDisabled={isDisabled}
          onChange={(_e, ns) => {
            onNamespaceChange?.(ns);
            setActive(ns);
          }}
        >
          <FormSelectOption value={ALL_NAMESPACES_KEY} label="All Projects" />
          {names.sort().map((n) => (
            <FormSelectOption key={n} value={n} label={n} />
          ))}
        </FormSelect>
      </div>
      {children}
    </div>
  );
};
