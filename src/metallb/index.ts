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
export type { PoolUsage, PoolUtilization } from './utilization';
export {
  ingressIPs,
  isLoadBalancerService,
  poolStatusUsage,
  poolUtilization,
  serviceKey,
} from './utilization';
export type { ParsedPool, PoolRanges } from './pool-ranges';
export { parsePool, poolForIP, poolForService, poolRanges } from './pool-ranges';
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
export type { PoolAssignment } from './pool-services';
export { poolAssignments, poolServiceCounts } from './pool-services';
export type * from './announcement-types';
export type { CandidateExclusion, ElectionInput, L2Election } from './election';
export {
  EXCLUDE_FROM_LB_LABEL,
  electL2,
  electionOrder,
  goIPString,
  isPodReady,
  nextInLine,
} from './election';
export type { AnnounceProtocol, AnnouncingOwner, OwnerSource, StaleStatus } from './owner';
export { eventTime, eventsFor, isMetalLBEvent, resolveOwner } from './owner';
export type { PendingReason, UnannouncedReason } from './pending';
export { pendingReason, unannouncedReason } from './pending';
export type {
  AssignmentInput,
  AssignmentRow,
  AssignmentStatus,
  Assignments,
  BGPPath,
  PendingService,
} from './assignments';
export { buildAssignments } from './assignments';
export type { AssignmentFilters, OwnerChange, OwnerMemory } from './assignment-filters';
export {
  FILTER_KEYS,
  emptyOwnerMemory,
  groupByNode,
  pendingMatches,
  rememberOwners,
  rowMatches,
} from './assignment-filters';
export type {
  AdvertisementKind,
  CoveringAdvertisement,
  NodeExclusion,
  NodeMatch,
  NodePreview,
  PoolMatch,
  PoolPreview,
} from './advertisement-preview';
export {
  advertisementsCoveringPool,
  poolsOnlyCoveredBy,
  previewAdvertisementPools,
  previewNodes,
} from './advertisement-preview';
export type { AdvertisedService } from './announced-services';
export { servicesAnnouncedBy } from './announced-services';
export type { Dependent } from './dependents';
export {
  advertisementsNamingPeer,
  advertisementsNamingPool,
  advertisementsUsingCommunity,
  peersUsingBFDProfile,
} from './dependents';
export type { AggregationFloor, AggregationFloors } from './aggregation';
export { aggregationFloors } from './aggregation';
export { labelSelectorText, parseLabelSelectorText } from './selector-text';
export type { CellState, MapBlock, MapCell, MapHolder, MapMark, MapRun } from './address-map';
export { addressMap, mapRuns } from './address-map';
export type { PoolListWarningInput, PoolWarning, PoolWarningInput } from './pool-warnings';
export { NEARLY_FULL, poolListWarnings, poolWarnings } from './pool-warnings';
export { isPoolFull } from './pool-warnings';
export type {
  AdvertisementMode,
  ComponentStatus,
  ConfigurationResult,
  ConfigurationState,
  MetalLBComponents,
  MetalLBPod,
  MetalLBResource,
  NamespaceSource,
  OperatorCondition,
  OperatorConditionType,
} from './install';
export {
  DEFAULT_METALLB_NAMESPACE,
  advertisementMode,
  findMetalLBNamespace,
  imageVersion,
  metallbComponents,
  operatorConditions,
  operatorHealthy,
} from './install';
export type { ClusterState } from './install-warnings';
export { findClusterWarnings } from './install-warnings';
export type { BGPBackend, NativeLimit } from './native-bgp';
export {
  bgpBackend,
  nativeAdvertisementLimits,
  nativeBFDLimit,
  nativeCommunityLimits,
  nativePeerLimits,
} from './native-bgp';
export type {
  BGPSessionState,
  FRRReady,
  ManagedFieldsEntry,
  PeerSession,
  SessionHealth,
  SessionView,
} from './bgp-sessions';
export {
  NO_BFD,
  frrReadiness,
  peerLabelValue,
  peerSessionKey,
  sessionHealth,
  sessionOf,
  sessionsDown,
  sessionsOfPeer,
  stateSince,
} from './bgp-sessions';
