import { useState, type FC } from 'react';
import { useTranslation } from 'react-i18next';
import { Pagination, PaginationVariant } from '@patternfly/react-core';

export const PER_PAGE_OPTIONS = [20, 50, 100, 200];
export const DEFAULT_PER_PAGE = 50;

/**
 * Client-side paging of a list the page already holds: the items of the current page, kept in range
 * when the list shrinks (a filter, a deletion), so the page never shows an empty page past the end.
 */
export const usePage = <T,>(items: T[], initialPerPage = DEFAULT_PER_PAGE) => {
  const [page, setPage] = useState(1);
  const [perPage, setPerPage] = useState(initialPerPage);
  const lastPage = Math.max(1, Math.ceil(items.length / perPage));
  const current = Math.min(page, lastPage);
  return {
    items: items.slice((current - 1) * perPage, current * perPage),
    count: items.length,
    page: current,
    perPage,
    setPage,
    setPerPage: (next: number) => {
      setPerPage(next);
      setPage(1);
    },
  };
};

/** PatternFly's pagination with every word it shows translated (its defaults are English). */
export const TablePagination: FC<{
  variant: 'top' | 'bottom';
  paging: ReturnType<typeof usePage>;
  /** "IP assignments per page": what one item is, for the per-page menu. */
  perPageLabel: string;
  /** Names this pagination among others on the page. */
  ariaLabel: string;
  testId: string;
}> = ({ variant, paging, perPageLabel, ariaLabel, testId }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  return (
    <Pagination
      variant={variant === 'top' ? PaginationVariant.top : PaginationVariant.bottom}
      isCompact={variant === 'top'}
      itemCount={paging.count}
      page={paging.page}
      perPage={paging.perPage}
      perPageOptions={PER_PAGE_OPTIONS.map((n) => ({ title: String(n), value: n }))}
      onSetPage={(_e, next) => paging.setPage(next)}
      onPerPageSelect={(_e, next) => paging.setPerPage(next)}
      widgetId={`${testId}-${variant}`}
      data-test={`${testId}-${variant}`}
      toggleTemplate={({ firstIndex, lastIndex, itemCount }) => (
        <>
          {/* `total`, not `count`: i18next would make it a plural key. */}
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
        itemsPerPage: perPageLabel,
        perPageSuffix: t('per page'),
        toFirstPageAriaLabel: t('Go to first page'),
        toPreviousPageAriaLabel: t('Go to previous page'),
        toLastPageAriaLabel: t('Go to last page'),
        toNextPageAriaLabel: t('Go to next page'),
        optionsToggleAriaLabel: perPageLabel,
        currPageAriaLabel: t('Current page'),
        paginationAriaLabel: ariaLabel,
        ofWord: t('of'),
      }}
    />
  );
};
