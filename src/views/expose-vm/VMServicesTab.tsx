import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom-v5-compat';
import { Bullseye, Content, PageSection, Spinner, Title } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import { useLoadBalancerServices } from '../../k8s/hooks/useLoadBalancerServices';
import { servicesOfVM, type ExposedService, type VirtualMachine } from '../../kubevirt';
import { readMetalLBAnnotation } from '../../metallb';
import { gvkOf, ServiceModel } from '../../k8s/models';
import { exposeVMPath } from './paths';

/** The VM's "LoadBalancer" tab: the Services this wizard made for it, with their IPs. */
const VMServicesTab: FC<{ obj?: VirtualMachine }> = ({ obj }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const namespace = obj?.metadata?.namespace ?? '';
  const name = obj?.metadata?.name ?? '';
  const { services, loaded } = useLoadBalancerServices(namespace);
  const mine = obj ? servicesOfVM(obj, services as ExposedService[]) : [];
  return (
    <PageSection hasBodyWrapper={false} data-test="vm-services-tab">
      <Title headingLevel="h2">
        {t('LoadBalancer Services ({{total}})', { total: mine.length })}
      </Title>
      <Content component="p">
        <Link to={exposeVMPath(namespace, name)} data-test="vm-services-expose">
          {t('Expose a port')}
        </Link>
      </Content>
      {!loaded ? (
        <Bullseye>
          <Spinner aria-label={t('Loading Services')} />
        </Bullseye>
      ) : mine.length === 0 ? (
        <Content component="p">{t('No LoadBalancer Service exposes this VM yet.')}</Content>
      ) : (
        <Table aria-label={t('LoadBalancer Services')} variant="compact">
          <Thead>
            <Tr>
              <Th>{t('Name')}</Th>
              <Th>{t('External IP')}</Th>
              <Th>{t('Ports')}</Th>
              <Th>{t('Address pool')}</Th>
            </Tr>
          </Thead>
          <Tbody>
            {mine.map((s) => (
              <Tr key={s.metadata?.name} data-test={`vm-service-${s.metadata?.name}`}>
                <Td dataLabel={t('Name')}>
                  <ResourceLink
                    groupVersionKind={gvkOf(ServiceModel)}
                    name={s.metadata?.name}
                    namespace={namespace}
                  />
                </Td>
                <Td dataLabel={t('External IP')}>
                  {(s.status?.loadBalancer?.ingress ?? []).map((i) => i.ip).join(', ') ||
                    t('Pending')}
                </Td>
                <Td dataLabel={t('Ports')}>
                  {(s.spec?.ports ?? []).map((p) => `${p.port}/${p.protocol ?? 'TCP'}`).join(', ')}
                </Td>
                <Td dataLabel={t('Address pool')}>
                  {readMetalLBAnnotation(s, 'ipAllocatedFromPool') ?? '-'}
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
    </PageSection>
  );
};

export default VMServicesTab;
