import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FormSelect,
  FormSelectOption,
  SearchInput,
  Switch,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from '@patternfly/react-core';
import type { AssignmentFilters, AssignmentRow, PendingService } from '../../metallb';

const unique = (values: Array<string | undefined>) =>
  [...new Set(values.filter((v): v is string => !!v))].sort();

export const AssignmentFiltersBar: FC<{
  rows: AssignmentRow[];
  pending: PendingService[];
  filters: AssignmentFilters;
  setFilter: (key: keyof AssignmentFilters, value: string) => void;
  groupByNode: boolean;
  setGroupByNode: (on: boolean) => void;
}> = ({ rows, pending, filters, setFilter, groupByNode, setGroupByNode }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const options: Array<{
    key: keyof AssignmentFilters;
    label: string;
    values: Array<[string, string]>;
  }> = [
    { key: 'pool', label: t('Pool'), values: unique(rows.map((r) => r.pool)).map((v) => [v, v]) },
    {
      key: 'namespace',
      label: t('Namespace'),
      values: unique([
        ...rows.map((r) => r.namespace),
        ...pending.map((p) => p.namespace),
        filters.namespace,
      ]).map((v) => [v, v]),
    },
    {
      key: 'node',
      label: t('Node'),
      values: unique(rows.flatMap((r) => r.owner?.nodes ?? [])).map((v) => [v, v]),
    },
    {
      key: 'protocol',
      label: t('Protocol'),
      values: [
        ['layer2', t('Layer 2')],
        ['bgp', t('BGP')],
      ],
    },
    {
      key: 'status',
      label: t('Status'),
      values: [
        ['announced', t('Announced')],
        ['unannounced', t('Assigned, not announced')],
        ['pending', t('Pending')],
      ],
    },
  ];
  return (
    <Toolbar data-test="assignment-filters">
      <ToolbarContent>
        <ToolbarItem>
          <SearchInput
            aria-label={t('Search by IP')}
            placeholder={t('Search by IP')}
            value={filters.ip ?? ''}
            onChange={(_e, value) => setFilter('ip', value)}
            onClear={() => setFilter('ip', '')}
          />
        </ToolbarItem>
        {options.map(({ key, label, values }) => (
          <ToolbarItem key={key}>
            <FormSelect
              aria-label={label}
              value={filters[key] ?? ''}
              onChange={(_e, value) => setFilter(key, value)}
              data-test={`filter-${key}`}
            >
              <FormSelectOption value="" label={t('All: {{what}}', { what: label })} />
              {values.map(([value, text]) => (
                <FormSelectOption key={value} value={value} label={text} />
              ))}
            </FormSelect>
          </ToolbarItem>
        ))}
        <ToolbarItem alignSelf="center">
          <Switch
            id="metallb-plugin-group-by-node"
            label={t('Group by node')}
            isChecked={groupByNode}
            onChange={(_e, on) => setGroupByNode(on)}
          />
        </ToolbarItem>
      </ToolbarContent>
    </Toolbar>
  );
};
