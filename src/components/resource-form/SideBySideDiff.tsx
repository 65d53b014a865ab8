import { useMemo, type FC } from 'react';
import { useTranslation } from 'react-i18next';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { lineDiff } from './line-diff';
import './resource-form.css';

const MARK = { same: ' ', changed: '~', removed: '-', added: '+' } as const;

/** Two YAML texts line by line, differing lines marked (and named for screen readers). */
export const SideBySideDiff: FC<{
  left: string;
  right: string;
  leftTitle: string;
  rightTitle: string;
}> = ({ left, right, leftTitle, rightTitle }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const rows = useMemo(() => lineDiff(left, right), [left, right]);
  const label = {
    same: '',
    changed: t('changed'),
    removed: t('only theirs'),
    added: t('only yours'),
  };
  return (
    <Table
      variant="compact"
      aria-label={t('Differences between their version and yours')}
      className="metallb-plugin__diff"
      data-test="conflict-diff"
    >
      <Thead>
        <Tr>
          <Th width={50}>{leftTitle}</Th>
          <Th width={50}>{rightTitle}</Th>
        </Tr>
      </Thead>
      <Tbody>
        {rows.map((row, i) => (
          <Tr key={i} className={`metallb-plugin__diff-row--${row.kind}`} data-diff={row.kind}>
            <Td dataLabel={leftTitle}>
              <code>
                {MARK[row.kind === 'added' ? 'same' : row.kind]} {row.left ?? ''}
              </code>
            </Td>
            <Td dataLabel={rightTitle}>
              <code>
                {MARK[row.kind === 'removed' ? 'same' : row.kind]} {row.right ?? ''}
              </code>
              {label[row.kind] ? (
                <span className="metallb-plugin__sr-only">{label[row.kind]}</span>
              ) : null}
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
