import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Form,
  FormGroup,
  FormSelect,
  FormSelectOption,
} from '@patternfly/react-core';
import {
  vmNetworks,
  vmWantsToRun,
  type LauncherSelector,
  type NetworkIssue,
  type VirtualMachine,
  type VirtualMachineInstance,
} from '../../../kubevirt';
import { networkIssueText } from '../messages';

const selectorText = (selector: Record<string, string>) =>
  Object.entries(selector)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');

export const VMStep: FC<{
  vms: VirtualMachine[];
  vmName: string;
  onVMName: (name: string) => void;
  vm?: VirtualMachine;
  vmi?: VirtualMachineInstance;
  selector?: LauncherSelector;
  podNetworkIssue?: NetworkIssue;
}> = ({ vms, vmName, onVMName, vm, vmi, selector, podNetworkIssue }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const networks = vm ? vmNetworks(vm) : [];
  return (
    <Form onSubmit={(e) => e.preventDefault()}>
      <FormGroup label={t('VirtualMachine')} fieldId="expose-vm-select" isRequired>
        <FormSelect
          id="expose-vm-select"
          value={vmName}
          onChange={(_e, value) => onVMName(value)}
          aria-label={t('VirtualMachine')}
          data-test="expose-vm-select"
        >
          <FormSelectOption value="" label={t('Select a VirtualMachine')} isPlaceholder />
          {vms.map((v) => (
            <FormSelectOption
              key={v.metadata?.name}
              value={v.metadata?.name}
              label={v.metadata?.name ?? ''}
            />
          ))}
        </FormSelect>
      </FormGroup>
      {vm ? (
        <DescriptionList isCompact isHorizontal data-test="expose-vm-details">
          <DescriptionListGroup>
            <DescriptionListTerm>{t('Status')}</DescriptionListTerm>
            <DescriptionListDescription>
              {vm.status?.printableStatus ?? t('Unknown')}
            </DescriptionListDescription>
          </DescriptionListGroup>
          <DescriptionListGroup>
            <DescriptionListTerm>{t('Node')}</DescriptionListTerm>
            <DescriptionListDescription>
              {vmi?.status?.nodeName ?? t('Not running')}
            </DescriptionListDescription>
          </DescriptionListGroup>
          <DescriptionListGroup>
            <DescriptionListTerm>{t('Networks')}</DescriptionListTerm>
            <DescriptionListDescription>
              {networks.length === 0
                ? t('Pod network (attached by default)')
                : networks
                    .map((n) =>
                      n.kind === 'pod'
                        ? t('{{name}}: pod network', { name: n.name })
                        : t('{{name}}: secondary network {{target}}', {
                            name: n.name,
                            target: n.target ?? '',
                          }),
                    )
                    .join('; ')}
            </DescriptionListDescription>
          </DescriptionListGroup>
          {selector ? (
            <DescriptionListGroup>
              <DescriptionListTerm>{t('Service selector')}</DescriptionListTerm>
              <DescriptionListDescription data-test="expose-vm-selector">
                <code>{selectorText(selector.selector)}</code>
              </DescriptionListDescription>
            </DescriptionListGroup>
          ) : null}
        </DescriptionList>
      ) : null}
      {podNetworkIssue && vm ? (
        <Alert
          isInline
          variant="warning"
          title={t('No pod network')}
          data-test="expose-vm-no-pod-network"
        >
          {networkIssueText(t, podNetworkIssue, vm.metadata?.name ?? '')}
        </Alert>
      ) : null}
      {vm && !vmWantsToRun(vm) ? (
        <Alert isInline variant="info" title={t('The VM is not running')}>
          {t(
            'MetalLB will assign the IP now, but no node announces it until the VM runs: nothing answers on it before then.',
          )}
        </Alert>
      ) : null}
      {selector?.restartNeeded ? (
        <Alert
          isInline
          variant="warning"
          title={t('Restart needed')}
          data-test="expose-vm-restart-needed"
        >
          {t(
            'The running launcher pod has no label that selects only this VM. The Service selects on {{label}}, which the wizard cannot add to a running pod: add it to the VM template labels and restart the VM before the Service gets endpoints.',
            { label: selectorText(selector.selector) },
          )}
        </Alert>
      ) : null}
      {selector?.hostnameDiffers ? (
        <Alert isInline variant="info" title={t('Selecting on the hostname')}>
          {t(
            'This KubeVirt sets vm.kubevirt.io/name to the VM’s spec.hostname, so the Service selects on {{label}}.',
            { label: selectorText(selector.selector) },
          )}
        </Alert>
      ) : null}
      {selector && selector.alsoMatches.length > 0 ? (
        <Alert isInline variant="warning" title={t('The selector matches other pods')}>
          {t('The selector also matches {{pods}}: the Service would send them traffic too.', {
            pods: selector.alsoMatches.join(', '),
          })}
        </Alert>
      ) : null}
    </Form>
  );
};
