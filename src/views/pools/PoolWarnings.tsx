import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Label, LabelGroup } from '@patternfly/react-core';
import { ExclamationTriangleIcon } from '@patternfly/react-icons';
import type { PoolWarning } from '../../metallb';

const useWarningText = () => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  return (w: PoolWarning): { title: string; body: string } => {
    switch (w.code) {
      case 'not-advertised':
        return {
          title: t('Not announced'),
          body: t(
            'No L2Advertisement or BGPAdvertisement covers this pool: Services get addresses from it that no one can reach. Add an advertisement that names or selects it.',
          ),
        };
      case 'overlap':
        return {
          title: t('Overlaps pool {{pool}}', { pool: w.otherPool }),
          body: w.message,
        };
      case 'nearly-full':
        return {
          title: t('{{family}} nearly full', { family: w.family }),
          body: t('{{percent}}% of its {{family}} addresses are assigned.', {
            percent: w.percent,
            family: w.family,
          }),
        };
      case 'full':
        return {
          title: t('{{family}} full', { family: w.family }),
          body: t(
            'Every {{family}} address is assigned: the next Service that needs one from this pool will wait.',
            { family: w.family },
          ),
        };
      case 'exhausted':
        return {
          title: t('{{family}} exhausted', { family: w.family }),
          body: t(
            'Every {{family}} address is assigned; {{count}} Services are waiting for an address from it.',
            { family: w.family, count: w.pending },
          ),
        };
    }
  };
};

/** The warnings of one pool as alerts (details page). */
export const PoolWarningAlerts: FC<{ warnings: PoolWarning[] }> = ({ warnings }) => {
  const text = useWarningText();
  return (
    <div className="metallb-plugin__details-section" data-test="pool-warnings">
      {warnings.map((w, i) => {
        const { title, body } = text(w);
        return (
          <Alert
            key={i}
            isInline
            isPlain
            variant={w.code === 'exhausted' ? 'danger' : 'warning'}
            title={title}
          >
            {body}
          </Alert>
        );
      })}
    </div>
  );
};

/** The warnings of one pool as compact labels (list row), each with its explanation as a tooltip. */
export const PoolWarningLabels: FC<{ warnings: PoolWarning[] }> = ({ warnings }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const text = useWarningText();
  if (warnings.length === 0) return <>{t('None')}</>;
  return (
    <LabelGroup>
      {warnings.map((w, i) => {
        const { title, body } = text(w);
        return (
          <Label
            key={i}
            isCompact
            status={w.code === 'exhausted' ? 'danger' : 'warning'}
            icon={<ExclamationTriangleIcon />}
            title={body}
          >
            {title}
          </Label>
        );
      })}
    </LabelGroup>
  );
};
