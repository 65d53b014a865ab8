import { useState, type FC } from 'react';
import { useTranslation } from 'react-i18next';
import { Label } from '@patternfly/react-core';
import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import {
  ExpandableRowContent,
  InnerScrollContainer,
  Table,
  Tbody,
  Td,
  Th,
  Thead,
  Tr,
} from '@patternfly/react-table';
import type { AssignmentRow, OwnerChange } from '../../metallb';
import { AnnouncementRoute } from '../../components/AnnouncementRoute';
import { OwnerCell } from '../../components/OwnerCell';
import { Since } from '../../components/Since';
import { PER_PAGE_OPTIONS, TablePagination, usePage } from '../../components/TablePagination';
import { gvkOf, IPAddressPoolModel, ServiceModel } from '../../k8s/models';

const COLUMNS = 10;

export const AssignmentTable: FC<{
  rows: AssignmentRow[];
  changes: Map<string, OwnerChange>;
  now: number;
  label: string;
  /** Where MetalLB runs: the pools' namespace. */
  metallbNamespace: string;
}> = ({ rows, changes, now, label, metallbNamespace }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  // A page at a time: thousands of rows with links and cells would take seconds to render.
  const paging = usePage(rows);
  const pagination = (variant: 'top' | 'bottom') =>
    paging.count > PER_PAGE_OPTIONS[0] ? (
      <TablePagination
        variant={variant}
        paging={paging}
        perPageLabel={t('IP assignments per page')}
        ariaLabel={
          variant === 'top'
            ? t('{{table}}: pages, top', { table: label })
            : t('{{table}}: pages, bottom', { table: label })
        }
        testId="assignments-pagination"
      />
    ) : null;
  const toggle = (key: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  return (
    <>
      {pagination('top')}
      {/* a name too long for its column widens the table, which then scrolls sideways */}
      <InnerScrollContainer>
        <Table
          aria-label={label}
          variant="compact"
          className="metallb-plugin__assignments"
          data-test="assignments-table"
        >
          <Thead>
            <Tr>
              <Th screenReaderText={t('Route')} />
              <Th modifier="wrap">{t('IP')}</Th>
              <Th modifier="wrap">{t('Service')}</Th>
              <Th modifier="wrap">{t('Namespace')}</Th>
              <Th modifier="wrap">{t('Pool')}</Th>
              <Th modifier="wrap">{t('Sharing key')}</Th>
              <Th modifier="wrap">{t('Protocol')}</Th>
              <Th modifier="wrap">{t('Announcing node')}</Th>
              <Th modifier="wrap">{t('Since')}</Th>
              <Th modifier="wrap">{t('Next if it fails')}</Th>
            </Tr>
          </Thead>
          {paging.items.map((row, rowIndex) => {
            const isExpanded = expanded.has(row.key);
            return (
              <Tbody key={row.key} isExpanded={isExpanded}>
                <Tr data-test={`assignment-${row.ip}`}>
                  <Td
                    expand={{
                      rowIndex,
                      isExpanded,
                      onToggle: () => toggle(row.key),
                      expandId: 'route',
                    }}
                  />
                  <Td dataLabel={t('IP')} data-test="ip" modifier="nowrap">
                    {row.ip}
                  </Td>
                  <Td dataLabel={t('Service')} className="metallb-plugin__name-cell">
                    <ResourceLink
                      hideIcon
                      groupVersionKind={gvkOf(ServiceModel)}
                      name={row.name}
                      namespace={row.namespace}
                    />
                  </Td>
                  <Td dataLabel={t('Namespace')} className="metallb-plugin__name-cell">
                    {row.namespace}
                  </Td>
                  <Td dataLabel={t('Pool')} className="metallb-plugin__name-cell">
                    {row.pool ? (
                      <ResourceLink
                        hideIcon
                        groupVersionKind={gvkOf(IPAddressPoolModel)}
                        name={row.pool}
                        namespace={metallbNamespace}
                      />
                    ) : (
                      '-'
                    )}
                  </Td>
                  <Td dataLabel={t('Sharing key')} className="metallb-plugin__name-cell">
                    {row.sharingKey ?? '-'}
                  </Td>
                  <Td dataLabel={t('Protocol')} modifier="nowrap">
                    {row.protocol === 'bgp'
                      ? t('BGP')
                      : row.protocol === 'layer2'
                        ? t('Layer 2')
                        : '-'}
                  </Td>
                  <Td dataLabel={t('Announcing node')} data-test="owner">
                    <OwnerCell row={row} change={changes.get(row.key)} now={now} />
                  </Td>
                  <Td dataLabel={t('Since')} modifier="nowrap">
                    <Since at={row.owner?.since} now={now} />
                  </Td>
                  <Td dataLabel={t('Next if it fails')} data-test="next">
                    {row.nextNode ? (
                      <>
                        <span data-test="next-node">{row.nextNode}</span>{' '}
                        <Label isCompact variant="outline" color="purple">
                          {t('predicted')}
                        </Label>
                      </>
                    ) : (
                      '-'
                    )}
                  </Td>
                </Tr>
                <Tr isExpanded={isExpanded}>
                  <Td colSpan={COLUMNS}>
                    {isExpanded ? (
                      <ExpandableRowContent>
                        <AnnouncementRoute row={row} />
                      </ExpandableRowContent>
                    ) : null}
                  </Td>
                </Tr>
              </Tbody>
            );
          })}
        </Table>
      </InnerScrollContainer>
      {pagination('bottom')}
    </>
  );
};
