// The Kubernetes JSON the announcement core reads besides MetalLB's configuration: nodes, speaker
// pods, EndpointSlices, events and MetalLB's per-Service status objects. Fields it uses, all optional.
import type { K8sObject, ObjectMeta, Service } from './types';

type Meta = ObjectMeta & { creationTimestamp?: string };

export interface Condition {
  type?: string;
  status?: string;
}

export interface Node extends K8sObject {
  metadata?: Meta;
  status?: { conditions?: Condition[] };
}

export interface Pod extends K8sObject {
  metadata?: Meta;
  spec?: { nodeName?: string };
  status?: { phase?: string; conditions?: Condition[] };
}

export interface EndpointSlice extends K8sObject {
  metadata?: Meta;
  endpoints?: Array<{
    nodeName?: string;
    conditions?: { ready?: boolean; serving?: boolean; terminating?: boolean };
  }>;
}

export interface KubeEvent extends K8sObject {
  metadata?: Meta;
  involvedObject?: { kind?: string; name?: string; namespace?: string; uid?: string };
  reason?: string;
  message?: string;
  type?: string;
  source?: { component?: string; host?: string };
  reportingComponent?: string;
  firstTimestamp?: string;
  lastTimestamp?: string;
  eventTime?: string;
  count?: number;
}

/** ServiceL2Status and ServiceBGPStatus share this shape (BGP adds peers). */
export interface ServiceAnnouncementStatus extends K8sObject {
  metadata?: Meta;
  status?: {
    node?: string;
    serviceName?: string;
    serviceNamespace?: string;
    interfaces?: Array<{ name?: string }>;
    peers?: string[];
  };
}

/** A Service with the fields the announcement core reads on top of the utilization core's. */
export type AnnouncedService = Service & {
  metadata?: Meta;
  spec?: NonNullable<Service['spec']> & {
    ipFamilies?: string[];
    ipFamilyPolicy?: string;
    ports?: Array<{ port?: number; protocol?: string; name?: string }>;
  };
};
