import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bullseye,
  EmptyState,
  EmptyStateBody,
  EmptyStateFooter,
  Spinner,
} from '@patternfly/react-core';
import { ExclamationCircleIcon } from '@patternfly/react-icons';
import { ListPageCreateLink } from '@openshift-console/dynamic-plugin-sdk';
import { errorMessage, isForbidden } from '../../../k8s/errors';
import { gvkOf, IPAddressPoolModel, referenceFor } from '../../../k8s/models';
import { useMetalLBNamespace } from '../../../k8s/hooks/useMetalLBNamespace';

/**
 * Pools belong in the MetalLB namespace whatever namespace is active, so the link names it (the SDK's
 * ListPageCreate would use the active namespace). The console's YAML create page serves it until the form lands.
 */
export const CreatePoolLink: FC = () => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const { namespace } = useMetalLBNamespace();
  return (
    <ListPageCreateLink
      to={`/k8s/ns/${namespace}/${referenceFor(IPAddressPoolModel)}/~new`}
      createAccessReview={{
        groupVersionKind: gvkOf(IPAddressPoolModel),
        namespace,
      }}
    >
      {t('Create IP address pool')}
    </ListPageCreateLink>
  );
};

export const PoolListLoading: FC = () => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  return (
    <Bullseye>
      <Spinner aria-label={t('Loading IP address pools')} />
    </Bullseye>
  );
};

/** No pools yet: say what a pool is for and how to make one. */
export const PoolListEmpty: FC = () => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const { namespace } = useMetalLBNamespace();
  return (
    <EmptyState titleText={t('No IP address pools')} headingLevel="h2" data-test="pools-empty">
      <EmptyStateBody>
        {t(
          'MetalLB gives LoadBalancer Services their external IPs from address pools. Create an IPAddressPool in the {{namespace}} namespace with the ranges or CIDRs MetalLB may hand out, then an L2Advertisement or BGPAdvertisement that announces it.',
          { namespace },
        )}
      </EmptyStateBody>
      <EmptyStateFooter>
        <CreatePoolLink />
      </EmptyStateFooter>
    </EmptyState>
  );
};

export const PoolListError: FC<{ error: unknown }> = ({ error }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const forbidden = isForbidden(error);
  const { namespace } = useMetalLBNamespace();
  return (
    <EmptyState
      titleText={
        forbidden
          ? t('You cannot list IP address pools')
          : t('IP address pools could not be loaded')
      }
      headingLevel="h2"
      icon={ExclamationCircleIcon}
      status="danger"
      data-test="pools-error"
    >
      <EmptyStateBody>
        {forbidden
          ? t(
              'Listing IPAddressPools in the {{namespace}} namespace needs permission that your user does not have. Ask a cluster administrator.',
              { namespace },
            )
          : errorMessage(error)}
      </EmptyStateBody>
    </EmptyState>
  );
};
