import { useState, type FC } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router-dom-v5-compat';
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
import { DocumentTitle } from '@openshift-console/dynamic-plugin-sdk';
import { errorMessage, isForbidden } from '../../k8s/errors';
import type { PortChoice } from '../../kubevirt';
import { ExposeResult } from './ExposeResult';
import { ExposeVMWizard, type CreatedService } from './ExposeVMWizard';
import { useExposeVMData } from './useExposeVMData';
import './expose-vm.css';

/** All projects active: the wizard works in one, chosen in the console's namespace bar above. */
const ChooseProject: FC = () => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  return (
    <EmptyState
      titleText={t('Choose the project of the VirtualMachine')}
      headingLevel="h2"
      data-test="expose-choose-project"
    >
      <EmptyStateBody>
        {t(
          'Choose it in the Project list above: the wizard then lists the VirtualMachines in it. Only projects your user may use are offered.',
        )}
      </EmptyStateBody>
    </EmptyState>
  );
};

const ExposeInNamespace: FC<{ namespace: string }> = ({ namespace }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const location = useLocation();
  const initialVM = new URLSearchParams(location.search).get('vm') ?? '';
  const data = useExposeVMData(namespace);
  const [created, setCreated] = useState<{
    service: CreatedService;
    ports: PortChoice[];
    vm: string;
  }>();
  const [round, setRound] = useState(0);

  if (data.vmsError) {
    const forbidden = isForbidden(data.vmsError);
    return (
      <Alert
        isInline
        variant="danger"
        title={t('Cannot list VirtualMachines in {{namespace}}', { namespace })}
      >
        {forbidden
          ? t(
              'Your user may not list VirtualMachines in this namespace. Ask for access, or choose a namespace you work in.',
            )
          : errorMessage(data.vmsError)}
      </Alert>
    );
  }
  if (!data.vmsLoaded) {
    return (
      <Bullseye>
        <Spinner aria-label={t('Loading VirtualMachines')} />
      </Bullseye>
    );
  }
  if (data.vms.length === 0) {
    return (
      <EmptyState titleText={t('No VirtualMachines')} headingLevel="h2" data-test="expose-no-vms">
        <EmptyStateBody>
          {t('Namespace {{namespace}} has no VirtualMachine to expose.', { namespace })}
        </EmptyStateBody>
      </EmptyState>
    );
  }
  if (created) {
    return (
      <ExposeResult
        created={created.service}
        ports={created.ports}
        vmName={created.vm}
        data={data}
        onAgain={() => {
          setCreated(undefined);
          setRound(round + 1);
        }}
      />
    );
  }
  return (
    <ExposeVMWizard
      key={round}
      namespace={namespace}
      data={data}
      initialVM={initialVM}
      onCreated={(service, ports, vm) => setCreated({ service, ports, vm })}
    />
  );
};

const ExposeVMPage: FC = () => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  // /k8s/ns/<ns>/metallb-expose-vm, or /k8s/all-namespaces/metallb-expose-vm (no namespace).
  const { ns } = useParams();
  // No NamespaceBar of ours: the console draws its own above every page under /k8s/ns/ and
  // /k8s/all-namespaces/ (app-contents.tsx, 4.20 and 4.22); a second one showed twice there.
  return (
    <>
      <DocumentTitle>{t('Expose a VM')}</DocumentTitle>
      <PageSection hasBodyWrapper={false}>
        <Title headingLevel="h1">{t('Expose a VM')}</Title>
        <Content component="p">
          {t(
            'Make ports of a VirtualMachine reachable from outside the cluster through a LoadBalancer Service: MetalLB gives it an external IP and a node announces it.',
          )}
        </Content>
      </PageSection>
      <PageSection hasBodyWrapper={false}>
        {ns ? <ExposeInNamespace key={ns} namespace={ns} /> : <ChooseProject />}
      </PageSection>
    </>
  );
};

export default ExposeVMPage;
