// The KubeVirt and core JSON the wizard reads: only the fields it uses, all optional, so raw API
// objects fit. Pure types; no React, no SDK.
import type { ObjectMeta, Service } from '../metallb';

export interface OwnerReference {
  apiVersion: string;
  kind: string;
  name: string;
  uid: string;
  controller?: boolean;
  blockOwnerDeletion?: boolean;
}

export interface Meta extends ObjectMeta {
  ownerReferences?: OwnerReference[];
  creationTimestamp?: string;
  deletionTimestamp?: string;
}

export interface KubeVirtPort {
  name?: string;
  port: number;
  protocol?: string;
}

export interface VMInterface {
  name: string;
  masquerade?: object;
  bridge?: object;
  sriov?: object;
  binding?: { name?: string };
  ports?: KubeVirtPort[];
}

export interface VMNetwork {
  name: string;
  pod?: object;
  multus?: { networkName?: string; default?: boolean };
}

export interface VMTemplateSpec {
  hostname?: string;
  networks?: VMNetwork[];
  domain?: {
    devices?: {
      interfaces?: VMInterface[];
      autoattachPodInterface?: boolean;
    };
  };
}

export interface VirtualMachine {
  apiVersion?: string;
  kind?: string;
  metadata?: Meta;
  spec?: {
    running?: boolean;
    runStrategy?: string;
    template?: { metadata?: { labels?: Record<string, string> }; spec?: VMTemplateSpec };
  };
  status?: { printableStatus?: string; ready?: boolean };
}

export interface VirtualMachineInstance {
  metadata?: Meta;
  spec?: VMTemplateSpec;
  status?: {
    phase?: string;
    nodeName?: string;
    interfaces?: Array<{ name?: string; ipAddress?: string }>;
    migrationState?: { sourceNode?: string; targetNode?: string; completed?: boolean };
  };
}

export interface Pod {
  metadata?: Meta;
  spec?: { nodeName?: string };
  status?: { phase?: string; podIP?: string };
}

/** A Service with the fields the wizard writes and reads back. */
export interface ExposedService extends Service {
  metadata?: Meta;
  spec?: NonNullable<Service['spec']> & {
    ports?: Array<{
      name?: string;
      port?: number;
      protocol?: string;
      targetPort?: number | string;
    }>;
  };
}
