// Which label selects a VM's running virt-launcher pod. A Service must select on a label the running
// pod already has: labels added to a running VM's template reach the pod only after a restart.
import { sha1 } from '@noble/hashes/legacy';
import { bytesToHex } from '@noble/hashes/utils';
import type { Pod, VirtualMachine, VirtualMachineInstance } from './types';

export const VMI_ID_LABEL = 'vmi.kubevirt.io/id';
export const VM_NAME_LABEL = 'vm.kubevirt.io/name';
export const CREATED_BY_LABEL = 'kubevirt.io/created-by';
export const LAUNCHER_LABEL = 'kubevirt.io';
/** The label the wizard proposes for the VM's template when no existing label will do. */
export const PROPOSED_TEMPLATE_LABEL = 'metallb-console-plugin/vm';

const MAX_LABEL_VALUE = 63;

/** SHA-1 of the text's UTF-8 bytes, as hex (a lone surrogate encodes as U+FFFD, as in Go and Node). */
export const sha1Hex = (text: string): string => bytesToHex(sha1(new TextEncoder().encode(text)));

/** vmi.kubevirt.io/id as KubeVirt v1.7+ writes it: the VMI name, or 54 chars + "-" + 8 hex of its SHA-1. */
export const vmiIdLabelValue = (vmiName: string): string =>
  vmiName.length <= MAX_LABEL_VALUE
    ? vmiName
    : `${vmiName.slice(0, 54)}-${sha1Hex(vmiName).slice(0, 8)}`;

export type SelectorSource = 'vmi-id' | 'vm-name' | 'template-label' | 'proposed-label';

export interface LauncherSelector {
  selector: Record<string, string>;
  source: SelectorSource;
  /** The running pod lacks the label: the Service gets endpoints only after the VM restarts. */
  restartNeeded: boolean;
  /** No launcher pod runs, so the label is what KubeVirt will set, not one seen on a pod. */
  unverified: boolean;
  /** vm.kubevirt.io/name carries spec.hostname, which differs from the VM's name. */
  hostnameDiffers: boolean;
  /** Pods of other VMs (or anything else) in the namespace the selector also matches. */
  alsoMatches: string[];
}

const isDeleting = (pod: Pod) => !!pod.metadata?.deletionTimestamp;

/** The VMI's launcher pods that are not going away (two during a live migration). */
export const launcherPodsOf = (vmi: VirtualMachineInstance | undefined, pods: Pod[]): Pod[] => {
  const uid = vmi?.metadata?.uid;
  if (!uid) return [];
  return pods.filter(
    (pod) =>
      !isDeleting(pod) &&
      pod.metadata?.labels?.[LAUNCHER_LABEL] === 'virt-launcher' &&
      (pod.metadata?.labels?.[CREATED_BY_LABEL] === uid ||
        (pod.metadata?.ownerReferences ?? []).some((ref) => ref.uid === uid)),
  );
};

const matches = (selector: Record<string, string>, pod: Pod) =>
  Object.entries(selector).every(([k, v]) => pod.metadata?.labels?.[k] === v);

const sharedLabel = (key: string, pods: Pod[]): string | undefined => {
  const value = pods[0]?.metadata?.labels?.[key];
  return value !== undefined && pods.every((p) => p.metadata?.labels?.[key] === value)
    ? value
    : undefined;
};

/**
 * The selector for a VM's Service: `vmi.kubevirt.io/id` when the running pod has it, else
 * `vm.kubevirt.io/name`, else a template label every running pod has; failing all, a new template
 * label (restart needed). A stopped VM gets `vmi.kubevirt.io/id`, which KubeVirt sets at start.
 */
export const chooseLauncherSelector = (
  vm: VirtualMachine,
  vmi: VirtualMachineInstance | undefined,
  namespacePods: Pod[],
): LauncherSelector => {
  const name = vm.metadata?.name ?? '';
  const own = launcherPodsOf(vmi, namespacePods);
  const others = namespacePods.filter((p) => !own.includes(p) && !isDeleting(p));
  const result = (
    selector: Record<string, string>,
    source: SelectorSource,
    extra: Partial<LauncherSelector> = {},
  ): LauncherSelector => ({
    selector,
    source,
    restartNeeded: false,
    unverified: own.length === 0,
    hostnameDiffers: false,
    alsoMatches: others.filter((p) => matches(selector, p)).map((p) => p.metadata?.name ?? ''),
    ...extra,
  });
  if (own.length === 0) return result({ [VMI_ID_LABEL]: vmiIdLabelValue(name) }, 'vmi-id');

  const vmiID = sharedLabel(VMI_ID_LABEL, own);
  if (vmiID !== undefined) return result({ [VMI_ID_LABEL]: vmiID }, 'vmi-id');
  const vmName = sharedLabel(VM_NAME_LABEL, own);
  if (vmName !== undefined) {
    return result({ [VM_NAME_LABEL]: vmName }, 'vm-name', { hostnameDiffers: vmName !== name });
  }
  const templateLabels = vm.spec?.template?.metadata?.labels ?? {};
  for (const key of Object.keys(templateLabels).sort()) {
    const value = sharedLabel(key, own);
    if (value !== templateLabels[key]) continue;
    const candidate = result({ [key]: value }, 'template-label');
    if (candidate.alsoMatches.length === 0) return candidate;
  }
  return result({ [PROPOSED_TEMPLATE_LABEL]: vmiIdLabelValue(name) }, 'proposed-label', {
    restartNeeded: true,
  });
};
