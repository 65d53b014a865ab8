import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Badge,
  Bullseye,
  Card,
  CardBody,
  CardTitle,
  Grid,
  GridItem,
  Spinner,
  Stack,
} from '@patternfly/react-core';
import { DocumentTitle, ListPageBody, ListPageHeader } from '@openshift-console/dynamic-plugin-sdk';
import { useAnnouncementSources } from '../../k8s/hooks/useAnnouncementSources';
import { PendingServicesList } from '../../components/PendingServicesList';
import { ComponentsCard } from './ComponentsCard';
import { InstallCard } from './InstallCard';
import { NotInstalled } from './NotInstalled';
import { notReportedKinds, NotReportedAlert } from './NotReportedAlert';
import { PoolsCard } from './PoolsCard';
import { ProblemsCard } from './ProblemsCard';
import { SessionsCard } from './SessionsCard';
import { StatusText } from './StatusText';
import { UnreadableAlert } from './UnreadableAlert';
import { useOverview } from './useOverview';
import './overview.css';

/**
 * Services pending an address, with the reason and the fix: the assignments view's list, fed by its
 * sources (the watches it shares with this page are the same requests, so the SDK makes them once).
 */
const PendingServicesCard: FC = () => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const sources = useAnnouncementSources();
  if (!sources.loaded || sources.servicesError) return null;
  return (
    <GridItem>
      <Card data-test="pending-card">
        <CardTitle component="h2">
          {t('Services pending an IP')}{' '}
          {sources.pending.length > 0 ? (
            <Badge isRead={false}>{sources.pending.length}</Badge>
          ) : null}
        </CardTitle>
        <CardBody>
          {sources.pending.length === 0 ? (
            <StatusText status="success">{t('Every LoadBalancer Service has an IP')}</StatusText>
          ) : (
            <PendingServicesList pending={sources.pending} />
          )}
        </CardBody>
      </Card>
    </GridItem>
  );
};

/** Is MetalLB installed and healthy, what is misconfigured, how full are the pools: one page. */
const MetalLBOverviewPage: FC = () => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const overview = useOverview();
  const { install } = overview;

  let body;
  if (!overview.loaded)
    body = (
      <Bullseye>
        <Spinner aria-label={t('Loading the MetalLB overview')} />
      </Bullseye>
    );
  else if (!install.features.crds) body = <NotInstalled />;
  else
    body = (
      <Stack hasGutter>
        <UnreadableAlert unreadable={overview.unreadable} />
        <NotReportedAlert features={install.features} />
        <Grid hasGutter>
          <GridItem lg={5}>
            <InstallCard install={install} mode={overview.mode} />
          </GridItem>
          <GridItem lg={7}>
            <ProblemsCard
              problems={overview.problems}
              namespace={install.namespace}
              partial={
                overview.unreadable.length > 0 ||
                notReportedKinds(install.features).includes('configurationState')
              }
            />
          </GridItem>
          {overview.peers.length > 0 ? (
            <GridItem>
              <SessionsCard peers={overview.peers} namespace={install.namespace} />
            </GridItem>
          ) : null}
          <GridItem>
            <ComponentsCard install={install} />
          </GridItem>
          <GridItem>
            <PoolsCard pools={overview.pools} />
          </GridItem>
          <PendingServicesCard />
        </Grid>
      </Stack>
    );

  return (
    <>
      <DocumentTitle>{t('MetalLB overview')}</DocumentTitle>
      <ListPageHeader title={t('MetalLB overview')} />
      <ListPageBody>{body}</ListPageBody>
    </>
  );
};

export default MetalLBOverviewPage;
