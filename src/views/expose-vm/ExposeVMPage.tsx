import { useState, type FC } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router-dom-v5-compat';
import {
  Alert,
  Bullseye,
  Button,
  Content,
  EmptyState,
  EmptyStateBody,
  Form,
  FormGroup,
  PageSection,
  Spinner,
  TextInput,
  Title,
} from '@patternfly/react-core';
import { DocumentTitle, useActiveNamespace } from '@openshift-console/dynamic-plugin-sdk';
import { errorMessage, isForbidden } from '../../k8s/errors';
import type { PortChoice } from '../../kubevirt';
import { ExposeResult } from './ExposeResult';
import { ExposeVMWizard, type CreatedService } from './ExposeVMWizard';
import { exposeVMPath } from './paths';
import { useExposeVMData } from './useExposeVMData';
import './expose-vm.css';

const ALL_NAMESPACES = '#ALL_NS#';

/** /metallb/expose-vm without a namespace (all namespaces active): ask for one. */
const ChooseNamespace: FC = () => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const navigate = useNavigate();
  const [typed, setTyped] = useState('');
  return (
    <PageSection hasBodyWrapper={false}>
      <Form
        onSubmit={(e) => {
          e.preventDefault();
          if (typed.trim()) navigate(exposeVMPath(typed.trim()));
        }}
      >
        <FormGroup label={t('Namespace of the VirtualMachine')} fieldId="expose-namespace">
          <TextInput id="expose-namespace" value={typed} onChange={(_e, v) => setTyped(v)} />
        </FormGroup>
        <div>
          <Button type="submit" isDisabled={!typed.trim()}>
            {t('Continue')}
          </Button>
        </div>
      </Form>
    </PageSection>
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
  const params = useParams();
  const [active] = useActiveNamespace();
  // The navigation item has no namespace in its URL: it works in the active one, as console pages do.
  const ns = params.ns ?? (active && active !== ALL_NAMESPACES ? active : undefined);
  return (
    <>
      <DocumentTitle>{t('Expose a VM')}</DocumentTitle>
      <PageSection hasBodyWrapper={false}>
        <Title headingLevel="h1">{t('Expose a VM')}</Title>
        <Content component="p">
          {t(
            'Make ports of a VirtualMachine reachable from outside the cluster through a LoadBalancer Service: MetalLB gives it an external IP and a node announces it.',
          )}
          {ns ? ` ${t('Namespace: {{namespace}}', { namespace: ns })}` : ''}
        </Content>
      </PageSection>
      <PageSection hasBodyWrapper={false}>
        {ns ? <ExposeInNamespace key={ns} namespace={ns} /> : <ChooseNamespace />}
      </PageSection>
    </>
  );
};

export default ExposeVMPage;
