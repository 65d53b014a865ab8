import { useMemo } from 'react';
import { useAccessReview, useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import type { IPAddressPool } from '../../metallb';
import { useLoadBalancerServices } from '../../k8s/hooks/useLoadBalancerServices';
import type { ExposedService, Pod, VirtualMachine, VirtualMachineInstance } from '../../kubevirt';
import {
  gvkOf,
  IPAddressPoolModel,
  PodModel,
  VirtualMachineInstanceModel,
  VirtualMachineModel,
} from '../../k8s/models';
import { useMetalLBNamespace } from '../../k8s/hooks/useMetalLBNamespace';

export interface ExposeVMData {
  vms: VirtualMachine[];
  vmsLoaded: boolean;
  vmsError: unknown;
  vmis: VirtualMachineInstance[];
  pods: Pod[];
  /** undefined while unknown or when the user may not list pools in the MetalLB namespace. */
  pools?: IPAddressPool[];
  poolsReadable: boolean;
  /** LoadBalancer Services the user can see: every namespace if allowed, else this one. */
  services: ExposedService[];
  servicesAllNamespaces: boolean;
}

/**
 * What the wizard reads, one watch per kind. Lists the user may not make (pools, Services of other
 * namespaces) are asked about first with an access review, so the page says what it could not check
 * instead of failing on a 403.
 */
export const useExposeVMData = (namespace: string): ExposeVMData => {
  const [vms, vmsLoaded, vmsError] = useK8sWatchResource<VirtualMachine[]>({
    groupVersionKind: gvkOf(VirtualMachineModel),
    namespace,
    isList: true,
  });
  const [vmis] = useK8sWatchResource<VirtualMachineInstance[]>({
    groupVersionKind: gvkOf(VirtualMachineInstanceModel),
    namespace,
    isList: true,
  });
  const [pods] = useK8sWatchResource<Pod[]>({
    groupVersionKind: gvkOf(PodModel),
    namespace,
    isList: true,
  });
  const where = useMetalLBNamespace();
  const [poolsAllowed, poolsReviewLoading] = useAccessReview({
    group: IPAddressPoolModel.apiGroup,
    resource: IPAddressPoolModel.plural,
    verb: 'list',
    namespace: where.namespace,
  });
  const [pools, poolsLoaded, poolsError] = useK8sWatchResource<IPAddressPool[]>(
    poolsAllowed && where.loaded
      ? { groupVersionKind: gvkOf(IPAddressPoolModel), namespace: where.namespace, isList: true }
      : null,
  );
  const [allServicesAllowed, servicesReviewLoading] = useAccessReview({
    group: '',
    resource: 'services',
    verb: 'list',
  });
  // This namespace until the review says the user may list Services everywhere.
  const { services } = useLoadBalancerServices(
    allServicesAllowed && !servicesReviewLoading ? undefined : namespace,
  );
  const poolsReadable =
    poolsAllowed && !poolsReviewLoading && where.loaded && poolsLoaded && !poolsError;
  return useMemo(
    () => ({
      vms: vms ?? [],
      vmsLoaded,
      vmsError,
      vmis: vmis ?? [],
      pods: pods ?? [],
      pools: poolsReadable ? (pools ?? []) : undefined,
      poolsReadable,
      services: services as ExposedService[],
      servicesAllNamespaces: allServicesAllowed && !servicesReviewLoading,
    }),
    [
      vms,
      vmsLoaded,
      vmsError,
      vmis,
      pods,
      pools,
      poolsReadable,
      services,
      allServicesAllowed,
      servicesReviewLoading,
    ],
  );
};
