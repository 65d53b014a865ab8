import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge, Card, CardBody, CardTitle, List, ListItem } from '@patternfly/react-core';
import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import { sessionsDown, type BGPPeer } from '../../metallb';
import { useSessionStates } from '../../k8s/hooks/useSessionStates';
import { SessionsUnavailableNote, SessionStateLabel } from '../../components/BGPSessions';
import { Since, useNow } from '../../components/Since';
import { BGPPeerModel, gvkOf, NodeModel } from '../../k8s/models';
import { StatusText } from './StatusText';

/**
 * BGP sessions that are not Established, from FRR-K8s's BGPSessionStates, each with the peer, the node
 * and what to check; shown when MetalLB has BGP peers.
 */
export const SessionsCard: FC<{ peers: BGPPeer[]; namespace: string }> = ({ peers, namespace }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const sessions = useSessionStates(peers.length > 0);
  const now = useNow();
  if (peers.length === 0) return null;
  const down = sessions.states ? sessionsDown(peers, sessions.states) : [];
  const total = sessions.states?.length ?? 0;
  return (
    <Card data-test="sessions-card">
      <CardTitle component="h2">
        {t('BGP sessions')}{' '}
        {down.length > 0 ? (
          <Badge data-test="sessions-down-count" isRead={false}>
            {down.length}
          </Badge>
        ) : null}
      </CardTitle>
      <CardBody>
        {sessions.unavailable ? (
          <SessionsUnavailableNote reason={sessions.unavailable} />
        ) : !sessions.states ? null : down.length === 0 ? (
          <StatusText status="success">
            {t('Every BGP session is Established. Sessions: {{total}}', { total })}
          </StatusText>
        ) : (
          <List isPlain aria-label={t('BGP sessions down')}>
            {down.map((s) => (
              <ListItem
                key={`${s.node}/${s.peerName}`}
                data-test={`session-down-${s.node}-${s.peerName}`}
                className="metallb-plugin__problem"
              >
                <StatusText status="danger">
                  {t('The session of {{node}} with {{peer}} ({{address}}) is down', {
                    node: s.node,
                    peer: s.peerName,
                    address: s.address,
                  })}
                </StatusText>{' '}
                <SessionStateLabel session={s} /> <Since at={s.since} now={now} />
                <div className="metallb-plugin__error-summary">
                  {s.peer
                    ? t(
                        'Addresses this node announces do not reach {{address}} through it. Check that the router peers with {{node}} as AS {{myASN}}, that its AS is {{peerASN}}, that the password and BFD settings match on both sides, and that {{node}} reaches {{address}}.',
                        {
                          address: s.address,
                          node: s.node,
                          myASN: s.peer.spec?.myASN ?? '?',
                          peerASN: s.peer.spec?.peerASN ?? s.peer.spec?.dynamicASN ?? '?',
                        },
                      )
                    : t(
                        'No BGPPeer of MetalLB names this address: another FRR-K8s user configured it.',
                      )}
                </div>
                <div className="metallb-plugin__problem-object">
                  {t('Fix in:')}{' '}
                  {s.peer ? (
                    <ResourceLink
                      groupVersionKind={gvkOf(BGPPeerModel)}
                      name={s.peerName}
                      namespace={namespace}
                      inline
                    />
                  ) : null}{' '}
                  <ResourceLink groupVersionKind={gvkOf(NodeModel)} name={s.node} inline />{' '}
                  {t('and the router')}
                </div>
              </ListItem>
            ))}
          </List>
        )}
      </CardBody>
    </Card>
  );
};
