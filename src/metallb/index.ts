// The MetalLB domain core: everything the UI says about addresses, pools and MetalLB's rules.
// Pure TypeScript over plain Kubernetes JSON; no React, no SDK.
export type * from './types';
export type { IPAddress, IPFamily } from './ip';
export { compareIP, formatIP, parseIP } from './ip';
export type { AddressBlock, AddressEntry, Cidr } from './blocks';
export {
  blockContains,
  blockSize,
  entryCidrs,
  formatBlock,
  formatCidr,
  parseAddressBlock,
  readAddressEntry,
  summarizeRange,
} from './blocks';
export type { PoolCapacity } from './capacity';
export { poolBlocks, poolCapacity, usableAddressCount } from './capacity';
export type { PoolOverlap } from './overlaps';
export { findPoolOverlaps, formatPoolOverlap } from './overlaps';
export type { PoolUtilization } from './utilization';
export { ingressIPs, isLoadBalancerService, poolUtilization, serviceKey } from './utilization';
export type { UtilizationIndex } from './utilization-index';
export { createUtilizationIndex } from './utilization-index';
export type { MetalLBAnnotation } from './annotations';
export {
  annotations,
  legacyAnnotations,
  readMetalLBAnnotation,
  requestedLoadBalancerIPs,
} from './annotations';
export { formatAddressCount, usageFraction } from './format';
export * from './validation';
export type {
  ConfigurationWarning,
  ConfigurationWarningKind,
  MetalLBConfiguration,
} from './warnings';
export { findConfigurationWarnings } from './warnings';
export type { Advertisement } from './pool-selection';
export { advertisementCoversPool, coversAllPools, poolsCoveredBy } from './pool-selection';
export { labelSelectorMatches, labelSelectorProblem } from './selectors';
export type { CommunityReading } from './bgp-community';
export { readCommunity } from './bgp-community';
export { formatGoDuration, parseGoDuration } from './go-duration';
export type { IPScan } from './ip';
export { scanIP } from './ip';
export type {
  AdvertisementMode,
  ComponentStatus,
  Condition,
  ConfigurationResult,
  ConfigurationState,
  MetalLBComponents,
  MetalLBResource,
  NamespaceSource,
  Node,
  OperatorConditionType,
  Pod,
} from './install';
export {
  DEFAULT_METALLB_NAMESPACE,
  NODE_EXCLUDE_LABEL,
  advertisementMode,
  findMetalLBNamespace,
  imageVersion,
  metallbComponents,
  operatorConditions,
  operatorHealthy,
  podReady,
} from './install';
export type { ClusterState } from './install-warnings';
export { findClusterWarnings } from './install-warnings';
