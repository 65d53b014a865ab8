import type { FC, ReactNode } from 'react';
import { Content, List, ListItem } from '@patternfly/react-core';

export interface DependentGroup {
  /** "Services holding addresses from this pool (2)" */
  title: string;
  /** What happens to them when this object goes. */
  consequence?: string;
  items: Array<{ key: string; node: ReactNode }>;
}

/** The delete dialog's message: what depends on the object, and what deleting it does to them. */
export const DeleteDependents: FC<{ intro: string; groups: DependentGroup[]; none?: string }> = ({
  intro,
  groups,
  none,
}) => {
  const shown = groups.filter((g) => g.items.length > 0);
  return (
    <div data-test="delete-dependents">
      <Content component="p">{intro}</Content>
      {shown.length === 0 && none ? <Content component="p">{none}</Content> : null}
      {shown.map((group) => (
        <div key={group.title} data-test="dependent-group">
          <Content component="h3">{group.title}</Content>
          {group.consequence ? <Content component="p">{group.consequence}</Content> : null}
          <List>
            {group.items.map((item) => (
              <ListItem key={item.key}>{item.node}</ListItem>
            ))}
          </List>
        </div>
      ))}
    </div>
  );
};
