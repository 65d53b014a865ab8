import type { FC, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Content, Title } from '@patternfly/react-core';
import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import {
  BFDProfileModel,
  BGPAdvertisementModel,
  BGPPeerModel,
  gvkOf,
  SecretModel,
} from '../../../k8s/models';
import { useMetalLBNamespace } from '../../../k8s/hooks/useMetalLBNamespace';
import { useMetalLBList, useNodes } from '../../../k8s/hooks/useMetalLBList';
import {
  advertisementsNamingPeer,
  frrReadiness,
  previewNodes,
  sessionsOfPeer,
  type BFDProfile,
  type BGPAdvertisement,
  type BGPPeer,
} from '../../../metallb';
import { useSessionStates } from '../../../k8s/hooks/useSessionStates';
import { SessionsTable, SessionsUnavailableNote } from '../../../components/BGPSessions';
import { useNow } from '../../../components/Since';
import { MetalLBDetailsPage } from '../../../components/MetalLBDetailsPage';
import { DetailsItem, DetailsList, MetadataItems } from '../../../components/DetailsList';
import { MissingMark } from '../../../components/AdvertisementCells';
import { AllowedNodes } from '../../../components/AdvertisementSections';
import { usePeerWords } from '../list/peer-words';
import { BGPPeerActions } from '../actions/BGPPeerActions';
import '../../../components/metallb-pages.css';

const Group: FC<{ title: string; children: ReactNode; testId: string }> = ({
  title,
  children,
  testId,
}) => (
  <section className="metallb-plugin__section" data-test={testId}>
    <Title headingLevel="h2">{title}</Title>
    <DetailsList>{children}</DetailsList>
  </section>
);

const BGPPeerDetails: FC<{ obj: BGPPeer }> = ({ obj }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const { namespace: metallbNamespace, frrk8sPods } = useMetalLBNamespace();
  const words = usePeerWords();
  const profiles = useMetalLBList<BFDProfile>(BFDProfileModel);
  const advertisements = useMetalLBList<BGPAdvertisement>(BGPAdvertisementModel);
  const nodes = useNodes();
  const sessionStates = useSessionStates();
  const now = useNow();
  const spec = obj.spec ?? {};
  // the nodes whose speaker opens a session with this peer (its node selectors), each reported or not
  const expected = nodes.loaded
    ? previewNodes(spec.nodeSelectors, nodes.items)
        .nodes.filter((n) => !n.excluded)
        .map((n) => n.name)
    : [];
  const sessions = sessionStates.states
    ? sessionsOfPeer(obj, sessionStates.states, expected, frrReadiness(frrk8sPods))
    : [];
  const name = obj.metadata?.name ?? '';
  const yesNo = (v?: boolean) => (v ? t('Yes') : t('No'));
  const limited = advertisementsNamingPeer(name, advertisements.items);
  const unlimited = advertisements.items.filter((a) => !a.spec?.peers?.length);
  const profileMissing =
    !!spec.bfdProfile &&
    profiles.loaded &&
    !profiles.items.some((p) => p.metadata?.name === spec.bfdProfile);
  return (
    <div className="metallb-plugin__details" data-test="bgp-peer-details">
      <DetailsList>
        <MetadataItems obj={obj} />
      </DetailsList>
      <Group title={t('Session')} testId="peer-session">
        <DetailsItem term={t('Peer')}>{words.endpoint(obj)}</DetailsItem>
        <DetailsItem term={t('ASNs (local → peer)')}>{words.asns(obj)}</DetailsItem>
        <DetailsItem term={t('Local ASN for this session')}>
          {spec.localASN === undefined ? undefined : String(spec.localASN)}
        </DetailsItem>
        <DetailsItem term={t('VRF')}>{spec.vrf || t('Default VRF')}</DetailsItem>
        <DetailsItem term={t('Source address')}>{spec.sourceAddress}</DetailsItem>
      </Group>
      <section className="metallb-plugin__section" data-test="peer-sessions">
        <Title headingLevel="h2">{t('Sessions from the nodes')}</Title>
        {sessionStates.unavailable ? (
          <SessionsUnavailableNote reason={sessionStates.unavailable} />
        ) : !sessionStates.loaded ? null : sessions.length ? (
          <>
            <SessionsTable
              sessions={sessions}
              now={now}
              label={t('Sessions of {{name}}', { name })}
            />
            <Content component="small">
              {t(
                'As FRR-K8s reports them (BGPSessionState): it reads FRR on each node every 2 minutes by default, and "since" is when it last wrote a change.',
              )}
            </Content>
          </>
        ) : (
          <Content component="p">{t('No node reports a session with this peer.')}</Content>
        )}
      </section>
      <Group title={t('Timers')} testId="peer-timers">
        <DetailsItem term={t('Hold time')}>{spec.holdTime ?? t('90s (default)')}</DetailsItem>
        <DetailsItem term={t('Keepalive time')}>
          {spec.keepaliveTime ?? t('A third of the hold time (default)')}
        </DetailsItem>
        <DetailsItem term={t('Connect time')}>{spec.connectTime}</DetailsItem>
      </Group>
      <Group title={t('Security')} testId="peer-security">
        <DetailsItem term={t('Password')}>
          {spec.passwordSecret?.name ? (
            <>
              {t('From Secret')}{' '}
              <ResourceLink
                groupVersionKind={gvkOf(SecretModel)}
                name={spec.passwordSecret.name}
                namespace={spec.passwordSecret.namespace ?? metallbNamespace}
                inline
              />
            </>
          ) : spec.password ? (
            t('Set in the object (plain text)')
          ) : (
            t('None')
          )}
        </DetailsItem>
      </Group>
      <Group title={t('BFD')} testId="peer-bfd">
        <DetailsItem term={t('BFD profile')}>
          {!spec.bfdProfile ? (
            t('None: failures are detected by the hold time only')
          ) : profileMissing ? (
            <MissingMark
              text={t('{{name}} does not exist: MetalLB keeps this peer waiting until it does', {
                name: spec.bfdProfile,
              })}
            />
          ) : (
            <ResourceLink
              groupVersionKind={gvkOf(BFDProfileModel)}
              name={spec.bfdProfile}
              namespace={metallbNamespace}
              inline
            />
          )}
        </DetailsItem>
      </Group>
      <Group title={t('Advanced')} testId="peer-advanced">
        <DetailsItem term={t('eBGP multihop')}>{yesNo(spec.ebgpMultiHop)}</DetailsItem>
        <DetailsItem term={t('Graceful restart')}>{yesNo(spec.enableGracefulRestart)}</DetailsItem>
        <DetailsItem term={t('Router ID')}>{spec.routerID}</DetailsItem>
        <DetailsItem term={t('Dual-stack address families')}>
          {yesNo(spec.dualStackAddressFamily)}
        </DetailsItem>
      </Group>
      <AllowedNodes
        selectors={spec.nodeSelectors}
        nodes={nodes}
        allNodesText={t(
          'No node selectors: the speaker on every node opens a session with this peer.',
        )}
      />
      <Group title={t('Advertisements announcing to this peer')} testId="peer-advertisements">
        <DetailsItem term={t('Limited to this peer')}>
          {limited.length
            ? limited.map((a) => (
                <div key={a.name}>
                  <ResourceLink
                    groupVersionKind={gvkOf(BGPAdvertisementModel)}
                    name={a.name}
                    namespace={metallbNamespace}
                    inline
                  />
                </div>
              ))
            : t('None')}
        </DetailsItem>
        <DetailsItem term={t('Announcing to every peer')}>
          {unlimited.length
            ? unlimited.map((a) => (
                <div key={a.metadata?.name}>
                  <ResourceLink
                    groupVersionKind={gvkOf(BGPAdvertisementModel)}
                    name={a.metadata?.name}
                    namespace={metallbNamespace}
                    inline
                  />
                </div>
              ))
            : t('None')}
        </DetailsItem>
      </Group>
    </div>
  );
};

const BGPPeerDetailsPage: FC<{ name?: string; namespace?: string }> = ({ name }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  return (
    <MetalLBDetailsPage<BGPPeer>
      model={BGPPeerModel}
      name={name ?? ''}
      listTitle={t('BGP peers')}
      Details={BGPPeerDetails}
      actions={(obj) => <BGPPeerActions obj={obj} />}
    />
  );
};

export default BGPPeerDetailsPage;
