import { useMemo, useState, type FC } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Bullseye,
  Content,
  EmptyState,
  EmptyStateBody,
  PageSection,
  Spinner,
  Title,
} from '@patternfly/react-core';
import { DocumentTitle, ListPageHeader } from '@openshift-console/dynamic-plugin-sdk';
import {
  emptyOwnerMemory,
  groupByNode,
  pendingMatches,
  rememberOwners,
  rowMatches,
  type AssignmentRow,
} from '../../metallb';
import { errorMessage, isForbidden } from '../../k8s/errors';
import { useAnnouncementSources } from '../../k8s/hooks/useAnnouncementSources';
import { PendingServicesList } from '../../components/PendingServicesList';
import { UnreadableSourcesAlert } from '../../components/UnreadableSourcesAlert';
import { SessionsUnavailableNote } from '../../components/BGPSessions';
import { useNow } from '../../components/Since';
import { AssignmentFiltersBar } from './AssignmentFiltersBar';
import { AssignmentTable } from './AssignmentTable';
import { useAssignmentFilters } from './useAssignmentFilters';
import { ExposeVMLink } from '../expose-vm/ExposeVMLink';
import './assignments.css';

/** Remembers each row's owner across renders, so a change shows with the previous node and the time. */
const useOwnerChanges = (rows: AssignmentRow[], now: number) => {
  const [seen, setSeen] = useState(() => ({
    rows,
    memory: rememberOwners(emptyOwnerMemory(), rows, now),
  }));
  if (seen.rows === rows) return seen.memory.changes;
  // React's "information from previous renders" pattern: update state while rendering, once per new rows.
  const next = { rows, memory: rememberOwners(seen.memory, rows, now) };
  setSeen(next);
  return next.memory.changes;
};

/**
 * Every LoadBalancer IP with its Service, pool, the node announcing it now (and the source of that),
 * how long, and the node MetalLB's election picks next; Services pending an IP with why. Live.
 */
const IPAssignmentsPage: FC = () => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const [filters, setFilter] = useAssignmentFilters();
  const [byNode, setByNode] = useState(false);
  const sources = useAnnouncementSources(filters.namespace);
  const now = useNow();
  const changes = useOwnerChanges(sources.rows, now);
  const rows = useMemo(
    () => (filters.status === 'pending' ? [] : sources.rows.filter((r) => rowMatches(r, filters))),
    [sources.rows, filters],
  );
  const pending = useMemo(
    () => sources.pending.filter((p) => pendingMatches(p, filters)),
    [sources.pending, filters],
  );
  const forbidden = isForbidden(sources.servicesError);

  let body;
  if (sources.servicesError) {
    body = (
      <EmptyState
        titleText={
          forbidden
            ? t('You cannot list LoadBalancer Services here')
            : t('Services could not be loaded')
        }
        headingLevel="h2"
        status="danger"
        data-test="assignments-error"
      >
        <EmptyStateBody>
          {forbidden
            ? t(
                'Choose a namespace you can read with the Namespace filter, or open the page with ?namespace=<your namespace>.',
              )
            : errorMessage(sources.servicesError)}
        </EmptyStateBody>
      </EmptyState>
    );
  } else if (!sources.loaded) {
    body = (
      <Bullseye>
        <Spinner aria-label={t('Loading IP assignments')} />
      </Bullseye>
    );
  } else {
    const groups = byNode ? [...groupByNode(rows)] : [['', rows] as const];
    body = (
      <>
        {rows.length === 0 && filters.status !== 'pending' ? (
          <Content component="p" data-test="assignments-empty">
            {t('No LoadBalancer IP matches.')}
          </Content>
        ) : null}
        {rows.length > 0
          ? groups.map(([node, list]) => (
              <section
                key={node || 'all'}
                className="metallb-plugin__assignment-group"
                data-test={byNode ? `group-${node || 'none'}` : undefined}
              >
                {byNode ? (
                  <Title headingLevel="h2" size="md">
                    {node
                      ? t('{{node}}: {{count}} IPs', { node, count: list.length })
                      : t('Not announced: {{count}} IPs', { count: list.length })}
                  </Title>
                ) : null}
                <AssignmentTable
                  rows={list}
                  changes={changes}
                  now={now}
                  metallbNamespace={sources.metallbNamespace}
                  label={node ? t('IP assignments on {{node}}', { node }) : t('IP assignments')}
                />
              </section>
            ))
          : null}
        {pending.length > 0 ? (
          <section className="metallb-plugin__assignment-group">
            <Title headingLevel="h2" size="lg">
              {t('Services pending an IP')}
            </Title>
            <PendingServicesList pending={pending} />
          </section>
        ) : null}
      </>
    );
  }

  return (
    <>
      <DocumentTitle>{t('IP assignments')}</DocumentTitle>
      <ListPageHeader title={t('IP assignments')}>
        <ExposeVMLink />
      </ListPageHeader>
      <PageSection hasBodyWrapper={false}>
        <UnreadableSourcesAlert unreadable={sources.unreadable} />
        {sources.sessionsUnavailable && sources.rows.some((r) => r.bgpPaths) ? (
          <SessionsUnavailableNote reason={sources.sessionsUnavailable} />
        ) : null}
        {sources.input.metallbRunning === false ? (
          <Alert isInline variant="danger" title={t('MetalLB’s controller is not running')} />
        ) : null}
        <AssignmentFiltersBar
          rows={sources.rows}
          pending={sources.pending}
          filters={filters}
          setFilter={setFilter}
          groupByNode={byNode}
          setGroupByNode={setByNode}
        />
        {body}
      </PageSection>
    </>
  );
};

export default IPAssignmentsPage;
