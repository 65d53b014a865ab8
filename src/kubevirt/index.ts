// KubeVirt rules for exposing a VM's ports through a MetalLB LoadBalancer Service.
// Pure TypeScript over plain Kubernetes JSON; no React, no SDK.
export type * from './types';
export type { LauncherSelector, SelectorSource } from './launcher-selector';
export {
  chooseLauncherSelector,
  launcherPodsOf,
  vmiIdLabelValue,
  CREATED_BY_LABEL,
  LAUNCHER_LABEL,
  PROPOSED_TEMPLATE_LABEL,
  VM_NAME_LABEL,
  VMI_ID_LABEL,
} from './launcher-selector';
export type { PortChoice, PortIssue, PortIssueCode, PortPreset, PresetId, Protocol } from './ports';
export { isPortName, portIssues, presetPort, PORT_PRESETS } from './ports';
export type { NetworkIssue, PodInterface } from './network';
export { networkIssues, podInterface, vmNetworks, vmWantsToRun } from './network';
export type { AddressChoice, ExposeChoices, TrafficPolicy, VMRef } from './service';
export {
  buildService,
  defaultServiceName,
  isServiceName,
  readChoices,
  servicesOfVM,
  EXPOSED_VM_LABEL,
} from './service';
export type { FixedIPCheck, FixedIPContext, FixedIPIssue } from './fixed-ip';
export { checkFixedIPs, poolHolding } from './fixed-ip';
export type { SharingCandidate, SharingCheck, SharingIssue } from './sharing';
export { checkSharing } from './sharing';
export { connectCommand } from './connect';
export type { PoolOption } from './address-options';
export { poolOptions } from './address-options';
