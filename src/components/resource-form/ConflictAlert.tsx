import { useMemo, useState, type FC } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, AlertActionLink } from '@patternfly/react-core';
import type { Draft } from './draft';
import { comparableYAML } from './conflict-compare';
import { SideBySideDiff } from './SideBySideDiff';

/**
 * Someone changed the object after the user started editing it (seen by the watch, or as 409 on
 * save). Nothing is overwritten: the user's edit stays in the form until they choose to reload
 * theirs over it, and the two versions can be compared side by side.
 */
export const ConflictAlert: FC<{
  kind: string;
  theirs: Draft;
  yours: Draft;
  /** Set when the save itself was refused with 409. */
  refusedSave?: boolean;
  onReload: () => void;
}> = ({ kind, theirs, yours, refusedSave, onReload }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const [comparing, setComparing] = useState(false);
  const texts = useMemo(() => comparableYAML(theirs, yours), [theirs, yours]);
  const name = (theirs.metadata as { name?: string } | undefined)?.name ?? '';
  return (
    <Alert
      isInline
      variant="warning"
      title={t('{{kind}} {{name}} changed since you opened it', { kind, name })}
      data-test="conflict-alert"
      actionLinks={
        <>
          <AlertActionLink onClick={() => setComparing((c) => !c)} data-test="conflict-compare">
            {comparing ? t('Hide differences') : t('Compare their version with yours')}
          </AlertActionLink>
          <AlertActionLink onClick={onReload} data-test="conflict-reload">
            {t('Reload their version (discards your changes)')}
          </AlertActionLink>
        </>
      }
    >
      <p>
        {refusedSave
          ? t(
              'The server refused to save because someone saved a newer version. Nothing was overwritten, and your changes are still here.',
            )
          : t(
              'Someone saved a newer version while you were editing. Saving now would be refused; your changes are still here.',
            )}
      </p>
      {comparing ? (
        <SideBySideDiff
          left={texts.theirs}
          right={texts.yours}
          leftTitle={t('Theirs (on the server)')}
          rightTitle={t('Yours (not saved)')}
        />
      ) : null}
    </Alert>
  );
};
