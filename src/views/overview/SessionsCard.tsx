import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge, Card, CardBody, CardTitle, List, ListItem } from '@patternfly/react-core';
import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import { frrReadiness, sessionsDown, type BGPPeer } from '../../metallb';
import { useMetalLBNamespace } from '../../k8s/hooks/useMetalLBNamespace';
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
  const { frrk8sPods } = useMetalLBNamespace();
  const now = useNow();
  if (peers.length === 0) return null;
  const down = sessions.states
    ? sessionsDown(peers, sessions.states, frrReadiness(frrk8sPods))
    : [];
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
                <StatusText status={s.health === 'stale' ? 'warning' : 'danger'}>
                  {s.health === 'stale'
                    ? t(
                        'The session of {{node}} with {{peer}} ({{address}}) is not known: FRR-K8s on {{node}} is not ready',
                        { node: s.node, peer: s.peerName, address: s.address },
                      )
                    : t('The session of {{node}} with {{peer}} ({{address}}) is down', {
                        node: s.node,
                        peer: s.peerName,
                        address: s.address,
                      })}
                </StatusText>{' '}
                <SessionStateLabel session={s} /> <Since at={s.since} now={now} />
                <div className="metallb-plugin__session-fix">
                  {s.health === 'stale'
                    ? t(
                        'FRR-K8s cannot read FRR on {{node}}, so the last state it wrote stays. While FRR is down, the node’s sessions are down. Look at the FRR-K8s pod on {{node}} (its frr container).',
                        { node: s.node },
                      )
                    : s.peer
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
