import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Label } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import type { SessionView } from '../metallb';
import type { SessionsUnavailable } from '../k8s/hooks/useSessionStates';
import { gvkOf, NodeModel } from '../k8s/models';
import { Since } from './Since';

/** A session's BGP state as a label: green Established, red any other state, grey unknown. */
export const SessionStateLabel: FC<{ session: Pick<SessionView, 'bgp' | 'health'> }> = ({
  session,
}) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  if (session.health === 'unknown') {
    return (
      <Label isCompact color="grey" data-test="session-unknown">
        {t('No session reported')}
      </Label>
    );
  }
  if (session.health === 'stale') {
    return (
      <Label isCompact color="orange" data-test="session-stale">
        {t('{{state}} (not current: FRR-K8s not ready)', { state: session.bgp })}
      </Label>
    );
  }
  return session.health === 'up' ? (
    <Label isCompact color="green" data-test="session-up">
      {session.bgp}
    </Label>
  ) : (
    <Label isCompact color="red" data-test="session-down">
      {t('{{state}} (down)', { state: session.bgp })}
    </Label>
  );
};

/** What the page cannot show when FRR-K8s's session states cannot be read, and why. */
export const SessionsUnavailableNote: FC<{ reason: SessionsUnavailable }> = ({ reason }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const text =
    reason === 'not-served'
      ? t(
          'BGP session states are not available: this cluster does not serve FRR-K8s’s BGPSessionState (frrk8s.metallb.io/v1beta1). MetalLB then runs native BGP or its own FRR, or FRR-K8s is older than v0.0.18, so whether a session is up cannot be shown here.',
        )
      : reason === 'forbidden'
        ? t(
            'BGP session states are not shown: you may not list BGPSessionStates (frrk8s.metallb.io). Ask for read access to them in FRR-K8s’s namespace.',
          )
        : t('BGP session states could not be read (the watch of BGPSessionStates failed).');
  return <Alert isInline isPlain variant="info" title={text} data-test="sessions-unavailable" />;
};

/** The sessions of one peer, node by node: BGP state, BFD state, since when (as FRR-K8s reported). */
export const SessionsTable: FC<{ sessions: SessionView[]; now: number; label: string }> = ({
  sessions,
  now,
  label,
}) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  return (
    <Table aria-label={label} variant="compact" data-test="sessions-table">
      <Thead>
        <Tr>
          <Th>{t('Node')}</Th>
          <Th>{t('BGP')}</Th>
          <Th>{t('BFD')}</Th>
          <Th>{t('Since')}</Th>
        </Tr>
      </Thead>
      <Tbody>
        {sessions.map((s) => (
          <Tr key={s.node} data-test={`session-${s.node}`}>
            <Td dataLabel={t('Node')}>
              <ResourceLink groupVersionKind={gvkOf(NodeModel)} name={s.node} inline />
            </Td>
            <Td dataLabel={t('BGP')} data-test="session-bgp">
              <SessionStateLabel session={s} />
            </Td>
            <Td dataLabel={t('BFD')} data-test="session-bfd">
              {s.health === 'unknown' ? '-' : (s.bfd ?? t('Not configured'))}
            </Td>
            <Td dataLabel={t('Since')}>
              <Since at={s.since} now={now} />
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
