import { useMemo, useState, type FC } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, AlertActionLink, List, ListItem } from '@patternfly/react-core';
import { changedFields } from '../../k8s/server-fields';
import { pathText } from '../../k8s/plain-objects';
import type { Draft } from './draft';
import { comparableYAML } from './conflict-compare';
import { SideBySideDiff } from './SideBySideDiff';
import { ValueText } from './ValueText';

/**
 * Someone changed the object after the user started editing it (seen by the watch, or as 409 on
 * save). Nothing is overwritten: the alert says what they changed, and the user's edit stays in the
 * form until they apply it onto their version, compare the two, or reload theirs over it.
 */
export const ConflictAlert: FC<{
  kind: string;
  /** The version the user's edit stands on. */
  base: Draft;
  theirs: Draft;
  yours: Draft;
  /** Set when the save itself was refused with 409. */
  refusedSave?: boolean;
  onApply: () => void;
  onReload: () => void;
}> = ({ kind, base, theirs, yours, refusedSave, onApply, onReload }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const [comparing, setComparing] = useState(false);
  const texts = useMemo(() => comparableYAML(theirs, yours), [theirs, yours]);
  const changes = useMemo(() => changedFields(base, theirs), [base, theirs]);
  const name = (theirs.metadata as { name?: string } | undefined)?.name ?? '';
  return (
    <Alert
      isInline
      variant="warning"
      title={t('{{kind}} {{name}} changed since you opened it', { kind, name })}
      data-test="conflict-alert"
      actionLinks={
        <>
          <AlertActionLink onClick={onApply} data-test="conflict-apply">
            {t('Apply your changes to their version')}
          </AlertActionLink>
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
      <p>{t('What they changed:')}</p>
      <List data-test="their-changes">
        {changes.map((change) => (
          <ListItem key={pathText(change.path)}>
            <code>{pathText(change.path)}</code>: <ValueText value={change.before} /> →{' '}
            <ValueText value={change.after} />
          </ListItem>
        ))}
      </List>
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
