import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, AlertActionCloseButton, Radio } from '@patternfly/react-core';
import { pathText } from '../../k8s/plain-objects';
import type { MergeReview, Side } from './useNewerVersions';
import { ValueText } from './ValueText';
import './resource-form.css';

/**
 * After the user's changes were applied onto someone else's version: done, or the fields both
 * changed, each with both values and a choice. Until every one is chosen the draft holds the user's
 * value there, and Save refuses.
 */
export const MergeReviewAlert: FC<{
  kind: string;
  name: string;
  review: MergeReview;
  onDecide: (index: number, side: Side) => void;
  onClose: () => void;
}> = ({ kind, name, review, onDecide, onClose }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const open = review.decisions.filter((d) => d === undefined).length;
  if (review.overlaps.length === 0)
    return (
      <Alert
        isInline
        variant="success"
        title={t('Your changes now stand on their version of {{kind}} {{name}}', { kind, name })}
        actionClose={<AlertActionCloseButton onClose={onClose} />}
        data-test="merge-applied"
      >
        {t('Their changes are kept and none of your fields met theirs. Check the form, then save.')}
      </Alert>
    );
  return (
    <Alert
      isInline
      variant={open > 0 ? 'warning' : 'success'}
      title={
        open > 0
          ? t('You and they changed the same fields: choose which value to keep')
          : t('Every field you both changed has a value chosen. Check the form, then save.')
      }
      data-test="merge-review"
    >
      <p>
        {t(
          'Everything else is merged: their changes and yours. Until you choose, each field below holds your value.',
        )}
      </p>
      <ul className="metallb-plugin__overlaps">
        {review.overlaps.map((overlap, i) => {
          const path = pathText(overlap.path);
          const choose = (side: Side) => () => onDecide(i, side);
          return (
            <li
              key={path}
              className="metallb-plugin__overlap"
              data-test={`overlap-${i}`}
              data-decided={review.decisions[i] ?? 'no'}
            >
              <code className="metallb-plugin__overlap-path">{path}</code>
              <div
                role="radiogroup"
                aria-label={t('Value of {{path}}', { path })}
                className="metallb-plugin__overlap-choices"
              >
                <Radio
                  id={`overlap-${i}-yours`}
                  name={`overlap-${i}`}
                  isChecked={review.decisions[i] === 'yours'}
                  onChange={choose('yours')}
                  label={
                    <>
                      {t('Keep yours:')} <ValueText value={overlap.yours} />
                    </>
                  }
                  data-test={`overlap-${i}-yours`}
                />
                <Radio
                  id={`overlap-${i}-theirs`}
                  name={`overlap-${i}`}
                  isChecked={review.decisions[i] === 'theirs'}
                  onChange={choose('theirs')}
                  label={
                    <>
                      {t('Take theirs:')} <ValueText value={overlap.theirs} />
                    </>
                  }
                  data-test={`overlap-${i}-theirs`}
                />
              </div>
            </li>
          );
        })}
      </ul>
    </Alert>
  );
};
