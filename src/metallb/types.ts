// The Kubernetes JSON this core reads: the fields it uses, all optional, so raw API objects fit.

export interface ObjectMeta {
  name?: string;
  namespace?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  uid?: string;
  resourceVersion?: string;
}

export interface K8sObject {
  apiVersion?: string;
  kind?: string;
  metadata?: ObjectMeta;
}

export interface LabelSelectorRequirement {
  key: string;
  operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist' | string;
  values?: string[];
}

export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: LabelSelectorRequirement[];
}

export interface ServiceAllocation {
  priority?: number;
  namespaces?: string[];
  namespaceSelectors?: LabelSelector[];
  serviceSelectors?: LabelSelector[];
}

export interface IPAddressPool extends K8sObject {
  spec?: {
    addresses?: string[];
    autoAssign?: boolean;
    avoidBuggyIPs?: boolean;
    serviceAllocation?: ServiceAllocation;
  };
  status?: {
    assignedIPv4?: number;
    assignedIPv6?: number;
    availableIPv4?: number;
    availableIPv6?: number;
  };
}

interface AdvertisementSpecCommon {
  ipAddressPools?: string[];
  ipAddressPoolSelectors?: LabelSelector[];
  nodeSelectors?: LabelSelector[];
  serviceSelectors?: LabelSelector[];
}

export interface L2Advertisement extends K8sObject {
  spec?: AdvertisementSpecCommon & {
    interfaces?: string[];
  };
}

export interface BGPAdvertisement extends K8sObject {
  spec?: AdvertisementSpecCommon & {
    aggregationLength?: number;
    aggregationLengthV6?: number;
    localPref?: number;
    communities?: string[];
    peers?: string[];
  };
}

export interface BGPPeer extends K8sObject {
  spec?: {
    myASN?: number;
    peerASN?: number;
    dynamicASN?: string;
    peerAddress?: string;
    interface?: string;
    peerPort?: number;
    sourceAddress?: string;
    holdTime?: string;
    keepaliveTime?: string;
    connectTime?: string;
    routerID?: string;
    nodeSelectors?: LabelSelector[];
    password?: string;
    passwordSecret?: { name?: string; namespace?: string };
    bfdProfile?: string;
    ebgpMultiHop?: boolean;
    vrf?: string;
    enableGracefulRestart?: boolean;
    localASN?: number;
    dualStackAddressFamily?: boolean;
    disableMP?: boolean;
  };
}

export interface BFDProfile extends K8sObject {
  spec?: {
    receiveInterval?: number;
    transmitInterval?: number;
    detectMultiplier?: number;
    echoInterval?: number;
    echoMode?: boolean;
    passiveMode?: boolean;
    minimumTtl?: number;
  };
}

export interface Community extends K8sObject {
  spec?: {
    communities?: Array<{ name?: string; value?: string }>;
  };
}

export interface Service extends K8sObject {
  spec?: {
    type?: string;
    loadBalancerIP?: string;
    loadBalancerClass?: string;
    externalTrafficPolicy?: string;
    selector?: Record<string, string>;
  };
  status?: {
    loadBalancer?: {
      ingress?: Array<{ ip?: string; hostname?: string }>;
    };
  };
}
