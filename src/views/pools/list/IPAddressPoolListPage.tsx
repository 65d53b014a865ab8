import { useMemo, useState, type FC } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchInput, Toolbar, ToolbarContent, ToolbarItem } from '@patternfly/react-core';
import { ListPageBody, ListPageHeader } from '@openshift-console/dynamic-plugin-sdk';
import { Table, Tbody, Th, Thead, Tr, type ThProps } from '@patternfly/react-table';
import { TablePagination, usePage } from '../../../components/TablePagination';
import { UtilizationSourceAlert } from '../../../components/UtilizationSourceAlert';
import { PoolRow } from './PoolRow';
import { PoolListFactsContext } from './PoolRowActions';
import { usePoolListFacts } from './usePoolListFacts';
import { CreatePoolLink, PoolListEmpty, PoolListError, PoolListLoading } from './PoolListStates';
import { poolMatches, sortPoolRows, type PoolSortKey } from './pool-sort';
import './pool-list.css';

const SORTABLE: Array<PoolSortKey | undefined> = [
  'name',
  'addresses',
  undefined,
  'services',
  'utilization',
  undefined,
];

/**
 * IPAddressPools with their addresses, auto-assign, the Services holding their addresses,
 * utilization per family and warnings, live as pools and Services change; filter by name or label,
 * sort by column (both over all pools), a page at a time, act on each row. Pools live only in the
 * MetalLB namespace (its webhooks refuse them elsewhere), so the page shows that namespace whatever
 * namespace the URL names.
 */
const IPAddressPoolListPage: FC<{ namespace?: string }> = () => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const facts = usePoolListFacts();
  const { pools, utilization, source, loaded, loadError, servicesProblem, servicesError } = facts;
  const { assignments, warnings } = facts;
  const usageAvailable = source !== 'none';
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<{ index: number; direction: 'asc' | 'desc' }>({
    index: 0,
    direction: 'asc',
  });

  const rows = useMemo(() => {
    const list = pools
      .filter((pool) => poolMatches(pool, filter))
      .map((pool) => {
        const name = pool.metadata?.name ?? '';
        const held = assignments && (assignments.get(name) ?? []);
        return {
          pool,
          name,
          usage: utilization.get(name),
          services: held && new Set(held.map((h) => `${h.namespace}/${h.service}`)).size,
        };
      });
    return sortPoolRows(list, SORTABLE[sort.index] ?? 'name', sort.direction);
  }, [pools, filter, assignments, utilization, sort]);
  const paging = usePage(rows);
  const pagination = (variant: 'top' | 'bottom') => (
    <TablePagination
      variant={variant}
      paging={paging}
      perPageLabel={t('Pools per page')}
      ariaLabel={variant === 'top' ? t('Pool list pages, top') : t('Pool list pages, bottom')}
      testId="pool-pagination"
    />
  );

  const sortBy = (index: number): ThProps['sort'] | undefined =>
    SORTABLE[index]
      ? {
          sortBy: { index: sort.index, direction: sort.direction },
          onSort: (_e, i, direction) => {
            setSort({ index: i, direction });
            paging.setPage(1);
          },
          columnIndex: index,
        }
      : undefined;

  let body;
  if (loadError) body = <PoolListError error={loadError} />;
  else if (!loaded) body = <PoolListLoading />;
  else if (pools.length === 0) body = <PoolListEmpty />;
  else {
    body = (
      <>
        <UtilizationSourceAlert source={source} problem={servicesProblem} error={servicesError} />
        <Toolbar>
          <ToolbarContent>
            <ToolbarItem>
              <SearchInput
                aria-label={t('Filter by name or label')}
                placeholder={t('Filter by name or label (key=value)')}
                value={filter}
                onChange={(_e, v) => {
                  setFilter(v);
                  paging.setPage(1);
                }}
                onClear={() => {
                  setFilter('');
                  paging.setPage(1);
                }}
                data-test="pool-filter"
              />
            </ToolbarItem>
            <ToolbarItem variant="pagination" align={{ default: 'alignEnd' }}>
              {pagination('top')}
            </ToolbarItem>
          </ToolbarContent>
        </Toolbar>
        <Table aria-label={t('IP address pools')} variant="compact" data-test="pools-table">
          <Thead>
            <Tr>
              <Th sort={sortBy(0)}>{t('Name')}</Th>
              <Th sort={sortBy(1)}>{t('Addresses')}</Th>
              <Th modifier="fitContent">{t('Auto-assign')}</Th>
              <Th modifier="fitContent" sort={sortBy(3)}>
                {t('Services')}
              </Th>
              <Th modifier="fitContent" sort={sortBy(4)}>
                {t('Utilization')}
              </Th>
              <Th modifier="wrap">{t('Warnings')}</Th>
              <Th screenReaderText={t('Actions')} />
            </Tr>
          </Thead>
          <Tbody>
            {paging.items.map((row) => (
              <PoolRow
                key={row.pool.metadata?.uid ?? row.name}
                pool={row.pool}
                usage={row.usage}
                usageAvailable={usageAvailable}
                source={source === 'pool-status' ? 'pool-status' : 'services'}
                services={row.services}
                warnings={warnings?.get(row.name)}
              />
            ))}
          </Tbody>
        </Table>
        {rows.length === 0 ? (
          <p data-test="pools-filtered-out">{t('No pool matches the filter.')}</p>
        ) : null}
        {pagination('bottom')}
      </>
    );
  }

  return (
    <>
      <ListPageHeader title={t('IP address pools')}>
        {loaded && !loadError && pools.length > 0 ? <CreatePoolLink /> : null}
      </ListPageHeader>
      <ListPageBody>
        <PoolListFactsContext.Provider value={facts}>{body}</PoolListFactsContext.Provider>
      </ListPageBody>
    </>
  );
};

export default IPAddressPoolListPage;
