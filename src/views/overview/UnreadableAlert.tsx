import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom-v5-compat';
import { Alert, List, ListItem } from '@patternfly/react-core';
import { useActiveNamespace } from '@openshift-console/dynamic-plugin-sdk';
import { errorMessage, isForbidden } from '../../k8s/errors';
import type { Unreadable } from './useOverview';

/**
 * What could not be read, in words: a user with less privilege learns what went unchecked (never a
 * bare 403); any other failure is shown verbatim.
 */
export const UnreadableAlert: FC<{ unreadable: Array<{ what: Unreadable; error: unknown }> }> = ({
  unreadable,
}) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const [activeNamespace] = useActiveNamespace();
  if (unreadable.length === 0) return null;
  // A user limited to namespaces still sees their own Services' addresses and nodes there.
  const assignments =
    activeNamespace && activeNamespace !== '#ALL_NS#'
      ? `/metallb/assignments?namespace=${encodeURIComponent(activeNamespace)}`
      : '/metallb/assignments';
  const names: Record<Unreadable, string> = {
    'metallb-resource': t('the MetalLB resource (operator status)'),
    pods: t('MetalLB’s pods (controller and speaker state)'),
    nodes: t('nodes (speakers missing, node selectors, excluded nodes)'),
    'configuration-states': t('ConfigurationStates (configuration validity)'),
    pools: t('IP address pools (utilization, pools no advertisement covers)'),
    services: t('Services in all namespaces (utilization is MetalLB’s own count, if any)'),
    advertisements: t('advertisements (mode, coverage and node selectors)'),
  };
  const forbidden = unreadable.filter((u) => isForbidden(u.error));
  const failed = unreadable.filter((u) => !isForbidden(u.error));
  return (
    <>
      {forbidden.length > 0 ? (
        <Alert
          isInline
          variant="info"
          title={t('Some checks need more permission than your user has')}
          data-test="overview-forbidden"
        >
          {t('Your user cannot read the following, so what depends on them was not checked:')}
          <List>
            {forbidden.map((u) => (
              <ListItem key={u.what}>{names[u.what]}</ListItem>
            ))}
          </List>
          <Link to={assignments} data-test="overview-own-assignments">
            {t('See the addresses and announcing nodes of the Services you can read')}
          </Link>
        </Alert>
      ) : null}
      {failed.length > 0 ? (
        <Alert
          isInline
          variant="danger"
          title={t('Some MetalLB information could not be loaded')}
          data-test="overview-error"
        >
          <List>
            {failed.map((u) => (
              <ListItem key={u.what}>
                {names[u.what]}: {errorMessage(u.error)}
              </ListItem>
            ))}
          </List>
        </Alert>
      ) : null}
    </>
  );
};
