import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import { Card, CardBody, CardTitle } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import type { ComponentStatus } from '../../metallb';
import type { MetalLBInstall } from '../../k8s/hooks/useMetalLBInstall';
import { gvkOf, NodeModel, PodModel } from '../../k8s/models';
import { StatusText } from './StatusText';

const Configuration: FC<{ component: ComponentStatus; reported: boolean }> = ({
  component,
  reported,
}) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  if (!reported) return <>{t('Not reported by this MetalLB version')}</>;
  const configuration = component.configuration;
  if (!configuration) return <>{t('No ConfigurationState yet')}</>;
  if (configuration.result === 'Valid')
    return <StatusText status="success">{t('Valid')}</StatusText>;
  if (configuration.result === 'Invalid')
    return (
      <>
        <StatusText status="danger">{t('Invalid')}</StatusText>
        {configuration.errorSummary ? (
          <div className="metallb-plugin__error-summary">{configuration.errorSummary}</div>
        ) : null}
      </>
    );
  return <StatusText status="unknown">{t('Unknown')}</StatusText>;
};

const ComponentRow: FC<{ component: ComponentStatus; configurationReported: boolean }> = ({
  component,
  configurationReported,
}) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  return (
    <Tr data-test={`component-${component.component}-${component.node ?? component.pod}`}>
      <Td dataLabel={t('Component')}>
        {component.component === 'controller' ? t('Controller') : t('Speaker')}
      </Td>
      <Td dataLabel={t('Node')}>
        {component.node ? (
          <ResourceLink groupVersionKind={gvkOf(NodeModel)} name={component.node} />
        ) : (
          t('Not scheduled')
        )}
      </Td>
      <Td dataLabel={t('Pod')}>
        <ResourceLink
          groupVersionKind={gvkOf(PodModel)}
          name={component.pod}
          namespace={component.namespace}
        />
      </Td>
      <Td dataLabel={t('Status')} data-test="component-status">
        {component.ready ? (
          <StatusText status="success">{t('Ready')}</StatusText>
        ) : (
          <StatusText status="danger">{t('Not ready')}</StatusText>
        )}
      </Td>
      <Td dataLabel={t('Restarts')}>{component.restarts}</Td>
      <Td dataLabel={t('Version')}>{component.version ?? t('Unknown')}</Td>
      <Td dataLabel={t('Configuration')}>
        <Configuration component={component} reported={configurationReported} />
      </Td>
    </Tr>
  );
};

/** The controller and one speaker per node, each with readiness, restarts, version and ConfigurationState. */
export const ComponentsCard: FC<{ install: MetalLBInstall }> = ({ install }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const { components } = install;
  const rows = components ? [...components.controllers, ...components.speakers] : [];
  return (
    <Card data-test="components-card">
      <CardTitle component="h2">{t('Controller and speakers')}</CardTitle>
      <CardBody>
        {!components ? (
          t('MetalLB’s pods could not be read, so their state is not shown.')
        ) : rows.length === 0 ? (
          t('No MetalLB pods run in namespace {{namespace}}.', { namespace: install.namespace })
        ) : (
          <Table aria-label={t('Controller and speakers')} variant="compact">
            <Thead>
              <Tr>
                <Th modifier="wrap">{t('Component')}</Th>
                <Th modifier="wrap">{t('Node')}</Th>
                <Th modifier="wrap">{t('Pod')}</Th>
                <Th modifier="wrap">{t('Status')}</Th>
                <Th modifier="wrap">{t('Restarts')}</Th>
                <Th modifier="wrap">{t('Version')}</Th>
                <Th modifier="wrap">{t('Configuration')}</Th>
              </Tr>
            </Thead>
            <Tbody>
              {rows.map((component) => (
                <ComponentRow
                  key={component.pod}
                  component={component}
                  configurationReported={install.features.configurationState}
                />
              ))}
            </Tbody>
          </Table>
        )}
      </CardBody>
    </Card>
  );
};
