import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import type { WatchK8sResource } from '@openshift-console/dynamic-plugin-sdk';
import type { Service } from '../../metallb';
import { gvkOf, ServiceModel } from '../models';

/** Served by the API server for Services since long before 1.35: only LoadBalancers come back. */
export const LOAD_BALANCER_FIELD_SELECTOR = 'spec.type=LoadBalancer';

export interface LoadBalancerServices {
  /** LoadBalancer Services only; empty until loaded. */
  services: Service[];
  loaded: boolean;
  /** The watch's error as the SDK gives it (an HttpError with `code` 403 for a forbidden list). */
  loadError: unknown;
}

/** The watch request, exported so that tests and other hooks ask for the very same shared watch. */
export const loadBalancerServicesResource = (namespace?: string): WatchK8sResource => ({
  groupVersionKind: gvkOf(ServiceModel),
  isList: true,
  fieldSelector: LOAD_BALANCER_FIELD_SELECTOR,
  ...(namespace ? { namespace } : {}),
});

const NO_SERVICES: Service[] = [];

/**
 * LoadBalancer Services, live, in one namespace or (without one) in all: the API server filters on
 * spec.type, so a page never receives the cluster's ClusterIP and NodePort Services. Every page that
 * asks for the same namespace shares one watch.
 */
export const useLoadBalancerServices = (namespace?: string): LoadBalancerServices => {
  const [services, loaded, loadError] = useK8sWatchResource<Service[]>(
    loadBalancerServicesResource(namespace),
  );
  return { services: services ?? NO_SERVICES, loaded, loadError };
};
