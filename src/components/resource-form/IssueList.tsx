import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, List, ListItem } from '@patternfly/react-core';
import type { ValidationIssue } from '../../metallb';
import { useIssueText } from '../validation/useIssueText';

/** Every issue with the field it is on, for the YAML view (no fields to put them beside). */
export const IssueList: FC<{ issues: ValidationIssue[]; plain?: boolean }> = ({
  issues,
  plain,
}) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const text = useIssueText();
  const list = (
    <List data-test="issue-list">
      {issues.map((issue, i) => (
        <ListItem key={`${issue.path}-${i}`}>
          <code>{issue.path}</code>: {text(issue)}
        </ListItem>
      ))}
    </List>
  );
  if (plain) return list;
  return (
    <Alert
      isInline
      variant="danger"
      title={t('{{count}} problems to fix before saving', { count: issues.length })}
    >
      {list}
    </Alert>
  );
};
