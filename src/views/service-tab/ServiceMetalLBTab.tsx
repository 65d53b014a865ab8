import type { FC, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bullseye,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Label,
  PageSection,
  Spinner,
  Title,
} from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { eventTime, eventsFor, isMetalLBEvent, type AnnouncedService } from '../../metallb';
import { useServiceAnnouncementSources } from '../../k8s/hooks/useAnnouncementSources';
import { AnnouncementRoute } from '../../components/AnnouncementRoute';
import { OwnerCell } from '../../components/OwnerCell';
import { Since, useNow } from '../../components/Since';
import { UnreadableSourcesAlert } from '../../components/UnreadableSourcesAlert';
import { SessionsUnavailableNote } from '../../components/BGPSessions';
import { useAnnouncementText } from '../../components/useAnnouncementText';
import './service-tab.css';

const Item: FC<{ term: string; children: ReactNode; test: string }> = ({
  term,
  children,
  test,
}) => (
  <DescriptionListGroup>
    <DescriptionListTerm>{term}</DescriptionListTerm>
    <DescriptionListDescription data-test={`tab-${test}`}>{children}</DescriptionListDescription>
  </DescriptionListGroup>
);

/**
 * The MetalLB tab of a core Service's details page: its pool and IPs, the node announcing it and the
 * next in line, why it is pending if it is, and MetalLB's events about it.
 */
const ServiceMetalLBTab: FC<{ obj?: AnnouncedService }> = ({ obj }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  if (obj?.spec?.type !== 'LoadBalancer') {
    return (
      <PageSection hasBodyWrapper={false} data-test="metallb-tab">
        {t('MetalLB gives IPs only to Services of type LoadBalancer; this one is {{type}}.', {
          type: obj?.spec?.type ?? 'ClusterIP',
        })}
      </PageSection>
    );
  }
  return <ServiceAnnouncement service={obj} />;
};

/** A LoadBalancer Service's MetalLB state, from watches of what this one Service needs. */
const ServiceAnnouncement: FC<{ service: AnnouncedService }> = ({ service: obj }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const text = useAnnouncementText();
  const now = useNow();
  const namespace = obj.metadata?.namespace;
  const name = obj.metadata?.name;
  const sources = useServiceAnnouncementSources(obj);
  if (!sources.loaded) {
    return (
      <Bullseye>
        <Spinner aria-label={t('Loading MetalLB state')} />
      </Bullseye>
    );
  }
  const rows = sources.rows.filter((r) => r.namespace === namespace && r.name === name);
  const pending = sources.pending.find((p) => p.namespace === namespace && p.name === name);
  const first = rows[0];
  const events = eventsFor(obj, sources.input.events ?? []).filter(isMetalLBEvent);
  const reason = first?.unannounced ? text.unannounced(first.unannounced) : undefined;
  return (
    <PageSection hasBodyWrapper={false} data-test="metallb-tab">
      <UnreadableSourcesAlert unreadable={sources.unreadable} />
      {sources.sessionsUnavailable && sources.rows.some((r) => r.bgpPaths) ? (
        <SessionsUnavailableNote reason={sources.sessionsUnavailable} />
      ) : null}
      <DescriptionList isHorizontal>
        <Item term={t('Pool')} test="pool">
          {first?.pool ?? '-'}
        </Item>
        <Item term={t('IPs')} test="ips">
          {rows.length ? rows.map((r) => r.ip).join(', ') : t('None yet')}
        </Item>
        {first ? (
          <>
            <Item term={t('Announcing node')} test="owner">
              <OwnerCell row={first} now={now} />
            </Item>
            <Item term={t('Next if it fails')} test="next">
              {first.nextNode ? (
                <>
                  {first.nextNode}{' '}
                  <Label isCompact variant="outline" color="purple">
                    {t('predicted')}
                  </Label>
                </>
              ) : (
                '-'
              )}
            </Item>
            {reason ? (
              <Item term={t('Fix')} test="fix">
                {reason.fix}
              </Item>
            ) : null}
          </>
        ) : null}
        {pending ? (
          <>
            <Item term={t('Why it has no IP')} test="pending">
              {text.pending(pending.reason).summary}
            </Item>
            <Item term={t('Fix')} test="fix">
              {text.pending(pending.reason).fix}
            </Item>
          </>
        ) : null}
      </DescriptionList>
      {first ? (
        <>
          <Title headingLevel="h2" size="lg" className="metallb-plugin__tab-heading">
            {t('Route')}
          </Title>
          <AnnouncementRoute row={first} />
        </>
      ) : null}
      <Title headingLevel="h2" size="lg" className="metallb-plugin__tab-heading">
        {t('MetalLB events')}
      </Title>
      {events.length === 0 ? (
        <p>{t('No MetalLB event for this Service.')}</p>
      ) : (
        <Table aria-label={t('MetalLB events')} variant="compact" data-test="metallb-events">
          <Thead>
            <Tr>
              <Th>{t('When')}</Th>
              <Th>{t('Type')}</Th>
              <Th>{t('Reason')}</Th>
              <Th>{t('Message')}</Th>
            </Tr>
          </Thead>
          <Tbody>
            {events.map((e) => (
              <Tr key={e.metadata?.name ?? `${e.reason}${eventTime(e)}`}>
                <Td dataLabel={t('When')}>
                  <Since at={eventTime(e)} now={now} />
                </Td>
                <Td dataLabel={t('Type')}>{e.type}</Td>
                <Td dataLabel={t('Reason')}>{e.reason}</Td>
                <Td dataLabel={t('Message')}>{e.message}</Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
    </PageSection>
  );
};

export default ServiceMetalLBTab;
