import { useState, type FC } from 'react';
import { useTranslation } from 'react-i18next';
import { Dropdown, DropdownItem, DropdownList, MenuToggle } from '@patternfly/react-core';
import { EllipsisVIcon } from '@patternfly/react-icons';
import type { ResourceAction } from './useResourceActions';

/** The row kebab (`kebab`) or the details page's "Actions" button, over the same actions. */
export const ActionsMenu: FC<{ actions: ResourceAction[]; name: string; kebab?: boolean }> = ({
  actions,
  name,
  kebab,
}) => {
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
      <DropdownList>
        {actions.map((action) => (
          <DropdownItem
            key={action.id}
            isAriaDisabled={action.disabled}
            isDanger={action.danger && !action.disabled}
            description={action.reason}
            onClick={() => {
              setOpen(false);
              if (!action.disabled) action.run();
            }}
            data-test={`action-${action.id}`}
          >
            {action.label}
          </DropdownItem>
        ))}
      </DropdownList>
    </Dropdown>
  );
};
