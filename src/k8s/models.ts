import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';

const metallb = (
  kind: string,
  plural: string,
  abbr: string,
  label: string,
  labelPlural: string,
  apiVersion = 'v1beta1',
): K8sModel => ({
  apiGroup: 'metallb.io',
  apiVersion,
  kind,
  plural,
  abbr,
  label,
  labelPlural,
  namespaced: true,
  crd: true,
  id: plural,
});

export const IPAddressPoolModel = metallb(
  'IPAddressPool',
  'ipaddresspools',
  'IPP',
  'IPAddressPool',
  'IPAddressPools',
);
export const L2AdvertisementModel = metallb(
  'L2Advertisement',
  'l2advertisements',
  'L2A',
  'L2Advertisement',
  'L2Advertisements',
);
export const BGPAdvertisementModel = metallb(
  'BGPAdvertisement',
  'bgpadvertisements',
  'BGPA',
  'BGPAdvertisement',
  'BGPAdvertisements',
);
// v1beta1 BGPPeer is deprecated; v1beta2 is the storage version.
export const BGPPeerModel = metallb(
  'BGPPeer',
  'bgppeers',
  'BGPP',
  'BGPPeer',
  'BGPPeers',
  'v1beta2',
);
export const BFDProfileModel = metallb(
  'BFDProfile',
  'bfdprofiles',
  'BFDP',
  'BFDProfile',
  'BFDProfiles',
);
export const CommunityModel = metallb('Community', 'communities', 'C', 'Community', 'Communities');
export const ServiceL2StatusModel = metallb(
  'ServiceL2Status',
  'servicel2statuses',
  'SL2S',
  'ServiceL2Status',
  'ServiceL2Statuses',
);
export const ServiceBGPStatusModel = metallb(
  'ServiceBGPStatus',
  'servicebgpstatuses',
  'SBGPS',
  'ServiceBGPStatus',
  'ServiceBGPStatuses',
);
export const ConfigurationStateModel = metallb(
  'ConfigurationState',
  'configurationstates',
  'CS',
  'ConfigurationState',
  'ConfigurationStates',
);

// FRR-K8s (frrk8s.metallb.io, v0.0.18+): one per node, peer and VRF, in FRR-K8s's namespace (on OpenShift
// openshift-frr-k8s; metallb-system when MetalLB bundles it).
export const BGPSessionStateModel: K8sModel = {
  apiGroup: 'frrk8s.metallb.io',
  apiVersion: 'v1beta1',
  kind: 'BGPSessionState',
  plural: 'bgpsessionstates',
  abbr: 'BGPSS',
  label: 'BGPSessionState',
  labelPlural: 'BGPSessionStates',
  namespaced: true,
  crd: true,
  id: 'bgpsessionstates',
};

export const VirtualMachineModel: K8sModel = {
  apiGroup: 'kubevirt.io',
  apiVersion: 'v1',
  kind: 'VirtualMachine',
  plural: 'virtualmachines',
  abbr: 'VM',
  label: 'VirtualMachine',
  labelPlural: 'VirtualMachines',
  namespaced: true,
  crd: true,
};

export const VirtualMachineInstanceModel: K8sModel = {
  apiGroup: 'kubevirt.io',
  apiVersion: 'v1',
  kind: 'VirtualMachineInstance',
  plural: 'virtualmachineinstances',
  abbr: 'VMI',
  label: 'VirtualMachineInstance',
  labelPlural: 'VirtualMachineInstances',
  namespaced: true,
  crd: true,
};

export const ServiceModel: K8sModel = {
  apiVersion: 'v1',
  kind: 'Service',
  plural: 'services',
  abbr: 'S',
  label: 'Service',
  labelPlural: 'Services',
  namespaced: true,
};

export const NodeModel: K8sModel = {
  apiVersion: 'v1',
  kind: 'Node',
  plural: 'nodes',
  abbr: 'N',
  label: 'Node',
  labelPlural: 'Nodes',
  namespaced: false,
};

export const PodModel: K8sModel = {
  apiVersion: 'v1',
  kind: 'Pod',
  plural: 'pods',
  abbr: 'P',
  label: 'Pod',
  labelPlural: 'Pods',
  namespaced: true,
};

export const EventModel: K8sModel = {
  apiVersion: 'v1',
  kind: 'Event',
  plural: 'events',
  abbr: 'E',
  label: 'Event',
  labelPlural: 'Events',
  namespaced: true,
};

export const SecretModel: K8sModel = {
  apiVersion: 'v1',
  kind: 'Secret',
  plural: 'secrets',
  abbr: 'S',
  label: 'Secret',
  labelPlural: 'Secrets',
  namespaced: true,
};

/** The `groupVersionKind` a watch or ResourceLink takes for a model. */
export const gvkOf = (model: K8sModel) => ({
  group: model.apiGroup,
  version: model.apiVersion,
  kind: model.kind,
});

/** The console's reference string, `group~version~Kind`, used in URLs such as /k8s/ns/<ns>/<ref>. */
export const referenceFor = (model: K8sModel): string =>
  model.apiGroup ? `${model.apiGroup}~${model.apiVersion}~${model.kind}` : model.kind;

/** The MetalLB Operator's resource (`metallb.io/v1beta1` MetalLB, named `metallb`): present when the operator installed MetalLB. */
export const MetalLBModel = metallb('MetalLB', 'metallbs', 'MLB', 'MetalLB', 'MetalLBs');
