import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge, Card, CardBody, CardTitle, List, ListItem } from '@patternfly/react-core';
import type { ConfigurationWarning } from '../../metallb';
import { ObjectLink } from './links';
import { problemSeverity, problemText } from './problem-text';
import { StatusText } from './StatusText';

const keyOf = (w: ConfigurationWarning) =>
  `${w.kind}/${w.object.kind}/${w.object.namespace ?? ''}/${w.object.name}/${w.path ?? ''}/${w.pool ?? ''}/${w.peer ?? ''}`;

/** Every configuration problem in one list, errors first, each with the object to fix. */
export const ProblemsCard: FC<{
  problems: ConfigurationWarning[];
  namespace: string;
  /** Some sources could not be read, or this MetalLB lacks one: "no problems" covers what was checked. */
  partial?: boolean;
}> = ({ problems, namespace, partial = false }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const sorted = [...problems].sort(
    (a, b) => Number(problemSeverity(b) === 'danger') - Number(problemSeverity(a) === 'danger'),
  );
  return (
    <Card isFullHeight data-test="problems-card">
      <CardTitle component="h2">
        {t('Configuration problems')}{' '}
        {problems.length > 0 ? (
          <Badge data-test="problems-count" isRead={false}>
            {problems.length}
          </Badge>
        ) : null}
      </CardTitle>
      <CardBody>
        {sorted.length === 0 ? (
          partial ? (
            <StatusText status="unknown">
              {t('No problems found in what could be checked (see above for what was not).')}
            </StatusText>
          ) : (
            <StatusText status="success">{t('No problems found')}</StatusText>
          )
        ) : (
          <List
            isPlain
            className="metallb-plugin__problems"
            aria-label={t('Configuration problems')}
          >
            {sorted.map((w) => (
              <ListItem
                key={keyOf(w)}
                className="metallb-plugin__problem"
                data-test={`problem-${w.kind}`}
              >
                <StatusText status={problemSeverity(w)}>{problemText(t, w)}</StatusText>
                {w.detail ? <div className="metallb-plugin__error-summary">{w.detail}</div> : null}
                <div className="metallb-plugin__problem-object">
                  {t('Fix in:')} <ObjectLink object={w.object} namespace={namespace} />
                </div>
              </ListItem>
            ))}
          </List>
        )}
      </CardBody>
    </Card>
  );
};
