import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import { Bullseye, Grid, GridItem, Spinner, Stack } from '@patternfly/react-core';
import { DocumentTitle, ListPageBody, ListPageHeader } from '@openshift-console/dynamic-plugin-sdk';
import { ComponentsCard } from './ComponentsCard';
import { InstallCard } from './InstallCard';
import { NotInstalled } from './NotInstalled';
import { PoolsCard } from './PoolsCard';
import { ProblemsCard } from './ProblemsCard';
import { UnreadableAlert } from './UnreadableAlert';
import { useOverview } from './useOverview';
import './overview.css';

/**
 * Services pending an address, with their reasons: the assignments feature's component goes here
 * once it lands (issue 11, part A), fed by the same watches.
 */
const PendingServicesSlot: FC = () => null;

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
        <Grid hasGutter>
          <GridItem lg={5}>
            <InstallCard install={install} mode={overview.mode} />
          </GridItem>
          <GridItem lg={7}>
            <ProblemsCard problems={overview.problems} namespace={install.namespace} />
          </GridItem>
          <GridItem>
            <ComponentsCard install={install} />
          </GridItem>
          <GridItem>
            <PoolsCard pools={overview.pools} />
          </GridItem>
          <PendingServicesSlot />
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
