import { useState, type FC, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dropdown, DropdownItem, DropdownList, MenuToggle } from '@patternfly/react-core';
import { EllipsisVIcon } from '@patternfly/react-icons';
import type { ResourceAction } from './useResourceActions';

/** The menu's items; `onSelect` closes the menu before the action runs. */
export const ActionItems: FC<{ actions: ResourceAction[]; onSelect: () => void }> = ({
  actions,
  onSelect,
}) => (
  <DropdownList>
    {actions.map((action) => (
      <DropdownItem
        key={action.id}
        isAriaDisabled={action.disabled}
        isDanger={action.danger && !action.disabled}
        description={action.reason}
        onClick={() => {
          onSelect();
          if (!action.disabled) action.run();
        }}
        data-test={`action-${action.id}`}
      >
        {action.label}
      </DropdownItem>
    ))}
  </DropdownList>
);

/**
 * The menu frame of both menus: a plain kebab (`kebab`) or the details page's "Actions" button.
 * `items` renders the open menu's content, given a function that closes it; closed, it renders
 * nothing.
 */
const ActionsDropdown: FC<{
  name: string;
  kebab?: boolean;
  items: (close: () => void) => ReactNode;
}> = ({ name, kebab, items }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const [open, setOpen] = useState(false);
  return (
    <Dropdown
      isOpen={open}
      onOpenChange={setOpen}
      popperProps={{ position: 'right' }}
      toggle={(ref) => (
        <MenuToggle
          ref={ref}
          variant={kebab ? 'plain' : 'default'}
          isExpanded={open}
          onClick={() => setOpen((o) => !o)}
          aria-label={t('Actions for {{name}}', { name })}
          data-test={kebab ? `kebab-${name}` : 'actions'}
          icon={kebab ? <EllipsisVIcon /> : undefined}
        >
          {kebab ? null : t('Actions')}
        </MenuToggle>
      )}
    >
      {open ? items(() => setOpen(false)) : null}
    </Dropdown>
  );
};

/**
 * A row kebab whose items (and so their access reviews) exist only while it is open, as the
 * console's lazy action menus: a list of hundreds of rows asks the API server nothing until a
 * menu opens. `items` renders the open menu's content, given a function that closes it.
 */
export const LazyActionsKebab: FC<{ name: string; items: (close: () => void) => ReactNode }> = ({
  name,
  items,
}) => <ActionsDropdown name={name} kebab items={items} />;

/** The details page's "Actions" button. */
export const ActionsMenu: FC<{ actions: ResourceAction[]; name: string }> = ({ actions, name }) => (
  <ActionsDropdown
    name={name}
    items={(close) => <ActionItems actions={actions} onSelect={close} />}
  />
);
