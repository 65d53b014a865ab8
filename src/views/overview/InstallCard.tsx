import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Card,
  CardBody,
  CardTitle,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Label,
  LabelGroup,
} from '@patternfly/react-core';
import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import { operatorConditions, operatorHealthy, type AdvertisementMode } from '../../metallb';
import type { MetalLBInstall } from '../../k8s/hooks/useMetalLBInstall';
import { gvkOf, MetalLBModel } from '../../k8s/models';
import { StatusText } from './StatusText';

const Health: FC<{ install: MetalLBInstall }> = ({ install }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const { components } = install;
  if (!components) return <StatusText status="unknown">{t('Unknown')}</StatusText>;
  const controllerReady = components.controllers.some((c) => c.ready);
  const speakersReady = components.speakers.filter((s) => s.ready).length;
  if (!controllerReady)
    return <StatusText status="danger">{t('Controller not running')}</StatusText>;
  if (speakersReady < components.speakers.length || components.speakers.length === 0)
    return (
      <StatusText status="warning">
        {t('{{ready}} of {{count}} speakers ready', {
          ready: speakersReady,
          count: components.speakers.length,
        })}
      </StatusText>
    );
  return <StatusText status="success">{t('Running')}</StatusText>;
};

const ModeText: FC<{ mode?: AdvertisementMode }> = ({ mode }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  switch (mode) {
    case undefined:
      return <>{t('Unknown (the advertisements could not be read)')}</>;
    case 'layer2':
      return <>{t('Layer 2')}</>;
    case 'bgp':
      return <>{t('BGP')}</>;
    case 'both':
      return <>{t('Layer 2 and BGP')}</>;
    default:
      return <>{t('None yet: no L2Advertisement or BGPAdvertisement')}</>;
  }
};

const InstalledBy: FC<{ install: MetalLBInstall }> = ({ install }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const { metallb } = install;
  if (metallb) {
    const healthy = operatorHealthy(metallb);
    return (
      <>
        <div>
          {t('MetalLB Operator')}{' '}
          <ResourceLink
            groupVersionKind={gvkOf(MetalLBModel)}
            name={metallb.metadata?.name}
            namespace={metallb.metadata?.namespace}
            inline
          />
        </div>
        <LabelGroup
          className="metallb-plugin__conditions"
          aria-label={t('MetalLB resource conditions')}
          numLabels={4}
        >
          {operatorConditions(metallb).map(({ type, condition }) => (
            <Label
              key={type}
              isCompact
              color={
                !condition
                  ? 'grey'
                  : type === 'Degraded'
                    ? condition.status === 'True'
                      ? 'red'
                      : 'green'
                    : condition.status === 'True'
                      ? 'green'
                      : healthy
                        ? 'grey'
                        : 'orange'
              }
              data-test={`condition-${type}`}
            >
              {`${type}: ${condition?.status ?? t('not reported')}`}
            </Label>
          ))}
        </LabelGroup>
      </>
    );
  }
  if (!install.features.operator)
    return <>{t('Manifests or Helm (the MetalLB Operator is not installed)')}</>;
  if (install.metallbError) return <>{t('Unknown (the MetalLB resource could not be read)')}</>;
  return (
    <>{t('No MetalLB resource: the operator is installed but has not deployed MetalLB here')}</>
  );
};

/** Is MetalLB installed, how, where, and in which mode. */
export const InstallCard: FC<{ install: MetalLBInstall; mode?: AdvertisementMode }> = ({
  install,
  mode,
}) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const version = install.components?.controllers[0]?.version;
  const source = {
    'metallb-resource': t('where the MetalLB resource is'),
    'controller-pod': t('where the controller pod runs'),
    default:
      install.podsError || install.metallbError
        ? t('the default: where MetalLB runs could not be read')
        : t('the default: MetalLB was not found running'),
  }[install.namespaceSource];
  return (
    <Card isFullHeight data-test="install-card">
      <CardTitle component="h2">{t('Installation')}</CardTitle>
      <CardBody>
        <DescriptionList isCompact isHorizontal>
          <DescriptionListGroup>
            <DescriptionListTerm>{t('Status')}</DescriptionListTerm>
            <DescriptionListDescription data-test="install-status">
              <Health install={install} />
            </DescriptionListDescription>
          </DescriptionListGroup>
          <DescriptionListGroup>
            <DescriptionListTerm>{t('Namespace')}</DescriptionListTerm>
            <DescriptionListDescription data-test="install-namespace">
              {install.namespace} <span className="metallb-plugin__muted">({source})</span>
            </DescriptionListDescription>
          </DescriptionListGroup>
          <DescriptionListGroup>
            <DescriptionListTerm>{t('Installed by')}</DescriptionListTerm>
            <DescriptionListDescription data-test="install-by">
              <InstalledBy install={install} />
            </DescriptionListDescription>
          </DescriptionListGroup>
          <DescriptionListGroup>
            <DescriptionListTerm>{t('Version')}</DescriptionListTerm>
            <DescriptionListDescription>{version ?? t('Unknown')}</DescriptionListDescription>
          </DescriptionListGroup>
          <DescriptionListGroup>
            <DescriptionListTerm>{t('Mode in use')}</DescriptionListTerm>
            <DescriptionListDescription data-test="install-mode">
              <ModeText mode={mode} />
            </DescriptionListDescription>
          </DescriptionListGroup>
        </DescriptionList>
      </CardBody>
    </Card>
  );
};
