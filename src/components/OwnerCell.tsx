import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import { Label } from '@patternfly/react-core';
import type { AssignmentRow, OwnerChange } from '../metallb';
import { Since } from './Since';
import { useAnnouncementText } from './useAnnouncementText';

/**
 * Labels stay short (a label does not wrap, so a long one widened this column and squeezed the others);
 * which sessions follow as text that wraps.
 *
 * The node announcing an IP now and where that comes from (a status object, or an event said to be
 * one); when it just changed, the previous node and when; when nobody announces, why.
 */
export const OwnerCell: FC<{ row: AssignmentRow; change?: OwnerChange; now: number }> = ({
  row,
  change,
  now,
}) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const text = useAnnouncementText();
  const sessions = (row.bgpPaths ?? []).flatMap((p) => p.sessions);
  const down = sessions.filter((s) => s.health === 'down');
  const stale = sessions.filter((s) => s.health === 'stale');
  const names = (list: typeof sessions) => list.map((s) => `${s.node} → ${s.peerName}`).join(', ');
  if (!row.owner) {
    return (
      <span data-test="owner-none">
        {row.unannounced ? text.unannounced(row.unannounced).summary : t('Not announced')}
      </span>
    );
  }
  return (
    <div>
      <span data-test="owner-node">{row.owner.nodes.join(', ')}</span>{' '}
      <Label isCompact variant="outline" color={row.owner.source === 'event' ? 'orange' : 'grey'}>
        {row.owner.source === 'event' ? t('from event') : text.source(row.owner.source)}
      </Label>
      {down.length ? (
        <div data-test="sessions-down">
          <Label isCompact color="red">
            {t('Session down')}
          </Label>{' '}
          {names(down)}
        </div>
      ) : null}
      {stale.length ? (
        <div data-test="sessions-stale">
          <Label isCompact color="orange">
            {t('Session not current')}
          </Label>{' '}
          {t('{{sessions}} (FRR-K8s not ready)', { sessions: names(stale) })}
        </div>
      ) : null}
      {change ? (
        <div className="metallb-plugin__owner-change" data-test="owner-change">
          {t('was {{previous}}', { previous: change.previous })} ·{' '}
          <Since at={change.at} now={now} />
        </div>
      ) : null}
    </div>
  );
};
