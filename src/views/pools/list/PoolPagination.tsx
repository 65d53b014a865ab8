import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import { Pagination, PaginationVariant } from '@patternfly/react-core';

export const PER_PAGE_OPTIONS = [10, 20, 50, 100];
export const DEFAULT_PER_PAGE = 50;

/** PatternFly's pagination with every word it shows translated (its defaults are English). */
export const PoolPagination: FC<{
  variant: 'top' | 'bottom';
  count: number;
  page: number;
  perPage: number;
  onPage: (page: number) => void;
  onPerPage: (perPage: number) => void;
}> = ({ variant, count, page, perPage, onPage, onPerPage }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  return (
    <Pagination
      variant={variant === 'top' ? PaginationVariant.top : PaginationVariant.bottom}
      isCompact={variant === 'top'}
      itemCount={count}
      page={page}
      perPage={perPage}
      perPageOptions={PER_PAGE_OPTIONS.map((n) => ({ title: String(n), value: n }))}
      onSetPage={(_e, next) => onPage(next)}
      onPerPageSelect={(_e, next) => onPerPage(next)}
      widgetId={`pool-pagination-${variant}`}
      data-test={`pool-pagination-${variant}`}
      toggleTemplate={({ firstIndex, lastIndex, itemCount }) => (
        <>
          {t('{{first}} - {{last}} of {{total}}', {
            first: firstIndex,
            last: lastIndex,
            total: itemCount,
          })}
        </>
      )}
      titles={{
        items: '',
        page: '',
        pages: '',
        itemsPerPage: t('Pools per page'),
        perPageSuffix: t('per page'),
        toFirstPageAriaLabel: t('Go to first page'),
        toPreviousPageAriaLabel: t('Go to previous page'),
        toLastPageAriaLabel: t('Go to last page'),
        toNextPageAriaLabel: t('Go to next page'),
        optionsToggleAriaLabel: t('Pools per page'),
        currPageAriaLabel: t('Current page'),
        paginationAriaLabel:
          variant === 'top' ? t('Pool list pages, top') : t('Pool list pages, bottom'),
        ofWord: t('of'),
      }}
    />
  );
};
