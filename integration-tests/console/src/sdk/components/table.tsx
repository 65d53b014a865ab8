// VirtualizedTable and friends over a plain PatternFly Table. The console's is virtualized
// (react-virtualized) and sortable by column; the host renders every row and sorts by nothing.
import { useMemo, useState, type FC } from 'react';
import {
  Bullseye,
  SearchInput,
  Skeleton,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import type {
  K8sResourceCommon,
  TableColumn,
  TableDataProps,
  VirtualizedTableProps,
} from '@openshift-console/dynamic-plugin-sdk';

export const TableData: FC<TableDataProps> = ({ id, activeColumnIDs, className, children }) =>
  activeColumnIDs.has(id) || id === '' ? (
    <Td className={className} dataLabel={id}>
      {children}
    </Td>
  ) : null;

export const VirtualizedTable = <D,>({
  data,
  unfilteredData,
  loaded,
  loadError,
  columns,
  Row,
  NoDataEmptyMsg,
  EmptyMsg,
  rowData,
  label,
  'aria-label': ariaLabel,
}: VirtualizedTableProps<D>) => {
  const activeColumnIDs = useMemo(() => new Set(columns.map((c) => c.id)), [columns]);
  if (loadError) {
    return (
      <Bullseye>
        Error loading {label}: {String((loadError as Error).message ?? loadError)}
      </Bullseye>
    );
  }
  if (!loaded) return <Skeleton screenreaderText="Loading" />;
  if (unfilteredData.length === 0 && NoDataEmptyMsg) return <NoDataEmptyMsg />;
  if (data.length === 0) return EmptyMsg ? <EmptyMsg /> : <Bullseye>No results found</Bullseye>;
  return (
    <Table aria-label={ariaLabel ?? label} variant="compact">
      <Thead>
        <Tr>
          {columns.map((c) => (
            <Th key={c.id}>{c.title}</Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>
        {data.map((obj, index) => (
          <Tr key={(obj as K8sResourceCommon).metadata?.uid ?? index}>
            <Row
              obj={obj}
              rowData={rowData ?? {}}
              activeColumnIDs={activeColumnIDs}
              index={index}
            />
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};

export const useActiveColumns = <D,>({
  columns,
}: {
  columns: TableColumn<D>[];
}): [TableColumn<D>[], boolean] => [columns.filter((c) => !c.additional), true];

type FilterValue = { selected?: string[]; all?: string[] };

export const useListPageFilter = <D extends K8sResourceCommon>(
  data: D[],
): [D[], D[], (type: string, value: FilterValue | string) => void] => {
  const [name, setName] = useState('');
  const filtered = useMemo(
    () => (name ? data.filter((d) => (d.metadata?.name ?? '').includes(name)) : data),
    [data, name],
  );
  return [
    data,
    filtered,
    (type, value) => {
      if (type === 'name') setName(typeof value === 'string' ? value : (value.selected?.[0] ?? ''));
    },
  ];
};

export const ListPageFilter: FC<{
  onFilterChange: (type: string, value: FilterValue) => void;
  nameFilterPlaceholder?: string;
  hideNameLabelFilters?: boolean;
  loaded?: boolean;
}> = ({ onFilterChange, nameFilterPlaceholder, hideNameLabelFilters }) => {
  const [value, setValue] = useState('');
  if (hideNameLabelFilters) return null;
  return (
    <Toolbar>
      <ToolbarContent>
        <ToolbarItem>
          <SearchInput
            aria-label={nameFilterPlaceholder ?? 'Filter by name'}
            placeholder={nameFilterPlaceholder ?? 'Filter by name...'}
            value={value}
            onChange={(_e, v) => {
              setValue(v);
              onFilterChange('name', { selected: [v] });
            }}
            onClear={() => {
              setValue('');
              onFilterChange('name', { selected: [] });
            }}
          />
        </ToolbarItem>
      </ToolbarContent>
    </Toolbar>
  );
};
