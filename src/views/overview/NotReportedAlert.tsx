import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, List, ListItem } from '@patternfly/react-core';
import type { MetalLBFeatures } from '../../k8s/hooks/useMetalLBInstall';

/** The status kinds this MetalLB does not serve (from discovery), each with what went unchecked. */
export const notReportedKinds = (features: MetalLBFeatures) =>
  features.crds
    ? (['configurationState', 'serviceL2Status', 'serviceBGPStatus'] as const).filter(
        (kind) => !features[kind],
      )
    : [];

/**
 * Older MetalLB serves fewer status kinds (OpenShift 4.20's has no ConfigurationState): say what the
 * page could therefore not check, rather than show a blank or a verdict it has no source for.
 */
export const NotReportedAlert: FC<{ features: MetalLBFeatures }> = ({ features }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const missing = notReportedKinds(features);
  if (missing.length === 0) return null;
  const text = {
    configurationState: t(
      'ConfigurationState (MetalLB v0.15.3 and later, OpenShift 4.21 and later): whether MetalLB itself accepted its configuration was not checked; the problems listed come from this page’s own checks.',
    ),
    serviceL2Status: t(
      'ServiceL2Status (MetalLB v0.14.4 and later): the node announcing a layer 2 IP comes from MetalLB’s events only.',
    ),
    serviceBGPStatus: t(
      'ServiceBGPStatus (MetalLB v0.15 and later): the nodes announcing an IP over BGP come from MetalLB’s events only.',
    ),
  };
  return (
    <Alert
      isInline
      variant="info"
      title={t('This MetalLB version does not report everything this page can show')}
      data-test="overview-not-reported"
    >
      <List>
        {missing.map((kind) => (
          <ListItem key={kind} data-test={`not-reported-${kind}`}>
            {text[kind]}
          </ListItem>
        ))}
      </List>
    </Alert>
  );
};
