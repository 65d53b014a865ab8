// Builders for the cluster objects the install and overview specs need (pods, nodes, states, MetalLB).
import type { Node } from './announcement-types';
import type { ConfigurationState, MetalLBPod, MetalLBResource } from './install';

export const metallbPod = (
  component: 'controller' | 'speaker',
  name: string,
  node: string,
  {
    ready = true,
    restarts = 0,
    namespace = 'metallb-system',
    image = `quay.io/metallb/${component}:v0.16.1`,
  }: { ready?: boolean; restarts?: number; namespace?: string; image?: string } = {},
): MetalLBPod => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace, labels: { app: 'metallb', component }, uid: `uid-${name}` },
  spec: { nodeName: node, containers: [{ name: component, image }] },
  status: {
    phase: 'Running',
    conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }],
    containerStatuses: [{ name: component, ready, restartCount: restarts }],
  },
});

export const node = (name: string, labels: Record<string, string> = {}): Node => ({
  apiVersion: 'v1',
  kind: 'Node',
  metadata: { name, labels: { 'kubernetes.io/hostname': name, ...labels } },
  status: { conditions: [{ type: 'Ready', status: 'True' }] },
});

export const configurationState = (
  name: string,
  result: 'Valid' | 'Invalid' | 'Unknown',
  { node: nodeName, errorSummary }: { node?: string; errorSummary?: string } = {},
): ConfigurationState => ({
  apiVersion: 'metallb.io/v1beta1',
  kind: 'ConfigurationState',
  metadata: {
    name,
    namespace: 'metallb-system',
    labels: nodeName
      ? { 'metallb.io/component-type': 'speaker', 'metallb.io/node-name': nodeName }
      : { 'metallb.io/component-type': 'controller' },
  },
  status: { result, ...(errorSummary ? { errorSummary } : {}) },
});

export const metallbResource = (
  namespace = 'metallb-system',
  conditions: Record<string, string> = {
    Available: 'True',
    Progressing: 'False',
    Degraded: 'False',
    Upgradeable: 'True',
  },
): MetalLBResource => ({
  apiVersion: 'metallb.io/v1beta1',
  kind: 'MetalLB',
  metadata: { name: 'metallb', namespace },
  status: {
    conditions: Object.entries(conditions).map(([type, status]) => ({
      type,
      status,
      reason: status === 'True' ? `${type}Reason` : '',
    })),
  },
});
