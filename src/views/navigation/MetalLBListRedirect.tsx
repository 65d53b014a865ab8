// The navigation's MetalLB items point here (`/metallb/list/<ref>`), not at a namespace: MetalLB's
// objects live in the namespace MetalLB runs in, which useMetalLBNamespace finds (the MetalLB
// resource's, else the controller pod's, else metallb-system). Once known, this replaces the URL
// with the kind's list there, so the URL, the console's project and the list all name that namespace.
import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router-dom-v5-compat';
import { Bullseye, EmptyState, EmptyStateBody, Spinner } from '@patternfly/react-core';
import {
  BFDProfileModel,
  BGPAdvertisementModel,
  BGPPeerModel,
  CommunityModel,
  IPAddressPoolModel,
  L2AdvertisementModel,
  referenceFor,
} from '../../k8s/models';
import { useMetalLBNamespace } from '../../k8s/hooks/useMetalLBNamespace';

const LISTED = [
  IPAddressPoolModel,
  L2AdvertisementModel,
  BGPAdvertisementModel,
  BGPPeerModel,
  BFDProfileModel,
  CommunityModel,
].map(referenceFor);

const MetalLBListRedirect: FC = () => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const { ref = '' } = useParams();
  const where = useMetalLBNamespace();
  if (!LISTED.includes(ref))
    return (
      <EmptyState titleText={t('No MetalLB list {{name}}', { name: ref })} headingLevel="h1">
        <EmptyStateBody>
          {t('The navigation names a kind this plugin does not list.')}
        </EmptyStateBody>
      </EmptyState>
    );
  if (!where.loaded)
    return (
      <Bullseye>
        <Spinner aria-label={t('Finding the namespace MetalLB runs in')} />
      </Bullseye>
    );
  return <Navigate to={`/k8s/ns/${where.namespace}/${ref}`} replace />;
};

export default MetalLBListRedirect;
