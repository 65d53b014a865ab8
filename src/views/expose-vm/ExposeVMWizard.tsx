import { useEffect, useMemo, useState, type FC } from 'react';
import { useTranslation } from 'react-i18next';
import { Wizard, WizardStep } from '@patternfly/react-core';
import { k8sCreate } from '@openshift-console/dynamic-plugin-sdk';
import {
  checkFixedIPs,
  checkSharing,
  isServiceName,
  networkIssues,
  poolOptions,
  portIssues,
  type PortChoice,
} from '../../kubevirt';
import { ServiceModel } from '../../k8s/models';
import { AddressStep } from './steps/AddressStep';
import { PortsStep } from './steps/PortsStep';
import { ReviewStep, type DryRun } from './steps/ReviewStep';
import { TrafficStep } from './steps/TrafficStep';
import { VMStep } from './steps/VMStep';
import type { ExposeVMData } from './useExposeVMData';
import { useExposeWizardState } from './useExposeWizardState';

const errorMessage = (e: unknown): string =>
  (e as { json?: { message?: string } })?.json?.message ?? (e as Error)?.message ?? String(e);

export interface CreatedService {
  name: string;
  namespace: string;
  createdAt: number;
}

export const ExposeVMWizard: FC<{
  namespace: string;
  data: ExposeVMData;
  initialVM: string;
  onCreated: (created: CreatedService, ports: PortChoice[], vm: string) => void;
}> = ({ namespace, data, initialVM, onCreated }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const state = useExposeWizardState(namespace, data, initialVM);
  const { vm, choices, update, service } = state;
  // The last dry run's answer, for the payload it was made with.
  const [dryRunResult, setDryRunResult] = useState<{ payload: string; result: DryRun }>();
  const [onReview, setOnReview] = useState(false);
  const [createError, setCreateError] = useState<string>();
  // While creating, no dry run: one fired after the real create would answer AlreadyExists.
  const [creating, setCreating] = useState(false);

  const footer = (extra: { nextButtonText?: string; isNextDisabled?: boolean }) => ({
    nextButtonText: t('Next'),
    backButtonText: t('Back'),
    isCancelHidden: true,
    ...extra,
  });
  const self = `${namespace}/${choices.name}`;
  const issues = useMemo(() => (vm ? networkIssues(vm, choices.ports) : []), [vm, choices.ports]);
  const podNetworkIssue = issues.find((i) => i.code === 'no-pod-network');
  const masqueradeIssue = issues.find((i) => i.code === 'masquerade-port-missing');
  const portProblems = portIssues(choices.ports);
  const pools = useMemo(
    () =>
      data.pools
        ? poolOptions(data.pools, data.servicesAllNamespaces ? data.services : undefined)
        : undefined,
    [data.pools, data.services, data.servicesAllNamespaces],
  );
  const { address } = choices;
  const fixedIP =
    address.mode === 'ip'
      ? checkFixedIPs(address.ips, {
          pools: data.pools,
          services: data.services,
          servicesAllNamespaces: data.servicesAllNamespaces,
          chosenPool: address.pool,
          sharingKey: choices.sharingKey,
          self,
        })
      : undefined;
  const sharing = checkSharing(
    {
      key: choices.sharingKey,
      ports: choices.ports,
      trafficPolicy: choices.trafficPolicy,
      selector: choices.selector,
      self,
    },
    data.services,
  );
  const addressOK =
    (address.mode !== 'pool' || address.pool.trim() !== '') &&
    (!fixedIP || fixedIP.issues.length === 0) &&
    sharing.issues.length === 0;
  const nameError = isServiceName(choices.name)
    ? undefined
    : t('Use up to 63 lowercase letters, digits and hyphens, starting with a letter.');

  // Server-side dry run of exactly what Create would send, whenever it changes on the review step.
  const payload = service ? JSON.stringify(service) : '';
  useEffect(() => {
    if (!onReview || !payload || creating) return;
    let live = true;
    const timer = setTimeout(() => {
      k8sCreate({ model: ServiceModel, data: JSON.parse(payload), queryParams: { dryRun: 'All' } })
        .then(() => live && setDryRunResult({ payload, result: { state: 'ok' } }))
        .catch(
          (e) =>
            live &&
            setDryRunResult({ payload, result: { state: 'refused', message: errorMessage(e) } }),
        );
    }, 400);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [onReview, payload, creating]);
  const dryRun: DryRun = !payload
    ? { state: 'idle' }
    : dryRunResult?.payload === payload
      ? dryRunResult.result
      : { state: 'running' };

  const create = async () => {
    if (!service) return;
    setCreateError(undefined);
    setCreating(true);
    const createdAt = performance.now();
    try {
      await k8sCreate({ model: ServiceModel, data: service });
      onCreated(
        { name: service.metadata?.name ?? '', namespace, createdAt },
        choices.ports,
        state.vmName,
      );
    } catch (e) {
      setCreateError(errorMessage(e));
      setCreating(false);
    }
  };

  return (
    <Wizard
      onSave={create}
      onStepChange={(_e, step) => setOnReview(step.id === 'expose-review')}
      isVisitRequired
      className="metallb-plugin__expose-wizard"
      data-test="expose-wizard"
    >
      <WizardStep
        name={t('Virtual machine')}
        id="expose-vm"
        footer={footer({ isNextDisabled: !vm })}
      >
        <VMStep
          vms={data.vms}
          vmName={state.vmName}
          onVMName={state.setVMName}
          vm={vm}
          vmi={state.vmi}
          selector={state.selector}
          podNetworkIssue={podNetworkIssue}
        />
      </WizardStep>
      <WizardStep
        name={t('Ports')}
        id="expose-ports"
        footer={footer({ isNextDisabled: portProblems.length > 0 })}
      >
        <PortsStep
          ports={choices.ports}
          onPorts={(ports) => update({ ports })}
          issues={portProblems}
          masqueradeIssue={masqueradeIssue}
          vmName={state.vmName}
        />
      </WizardStep>
      <WizardStep
        name={t('Address')}
        id="expose-address"
        footer={footer({ isNextDisabled: !addressOK })}
      >
        <AddressStep
          address={address}
          onAddress={(a) => update({ address: a })}
          pools={pools}
          fixedIP={fixedIP}
          sharingKey={choices.sharingKey}
          onSharingKey={(sharingKey) => update({ sharingKey })}
          sharing={sharing}
          servicesAllNamespaces={data.servicesAllNamespaces}
        />
      </WizardStep>
      <WizardStep name={t('Traffic policy')} id="expose-traffic" footer={footer({})}>
        <TrafficStep
          policy={choices.trafficPolicy}
          onPolicy={(trafficPolicy) => update({ trafficPolicy })}
        />
      </WizardStep>
      <WizardStep
        name={t('Review and create')}
        id="expose-review"
        footer={footer({
          nextButtonText: t('Create'),
          isNextDisabled: !service || !!nameError || !!state.yamlError,
        })}
      >
        <ReviewStep
          name={choices.name}
          nameError={nameError}
          onName={(name) => update({ name })}
          ownedByVM={choices.ownedByVM}
          onOwnedByVM={(ownedByVM) => update({ ownedByVM })}
          vmName={state.vmName}
          yaml={state.yaml}
          onYAML={state.editYAML}
          yamlError={state.yamlError}
          unreadable={state.unreadable}
          dryRun={createError ? { state: 'refused', message: createError } : dryRun}
        />
      </WizardStep>
    </Wizard>
  );
};
