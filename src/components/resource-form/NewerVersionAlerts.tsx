import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@patternfly/react-core';
import { ConflictAlert } from './ConflictAlert';
import { MergeReviewAlert } from './MergeReviewAlert';
import type { NewerVersions } from './useNewerVersions';

/** What the form says about newer versions: someone else's change, then the fields both changed. */
export const NewerVersionAlerts: FC<{
  kind: string;
  name: string;
  versions: NewerVersions;
  /** A save was refused because an overlap is undecided. */
  saveRefused: boolean;
  /** The user dealt with a conflict: earlier save outcomes no longer stand. */
  onResolve: () => void;
}> = ({ kind, name, versions, saveRefused, onResolve }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  return (
    <>
      {versions.theirs ? (
        <ConflictAlert
          kind={kind}
          base={versions.base}
          theirs={versions.theirs}
          yours={versions.toSave()}
          refusedSave={versions.refusedSave}
          onApply={() => {
            onResolve();
            versions.applyYours();
          }}
          onReload={() => {
            onResolve();
            versions.reload();
          }}
        />
      ) : null}
      {versions.review ? (
        <MergeReviewAlert
          kind={kind}
          name={name}
          review={versions.review}
          onDecide={versions.decide}
          onClose={versions.dismissReview}
        />
      ) : null}
      {saveRefused && versions.review?.decisions.includes(undefined) ? (
        <Alert
          isInline
          variant="danger"
          title={t('Choose yours or theirs for each field you both changed before saving')}
          data-test="merge-undecided"
        />
      ) : null}
    </>
  );
};
