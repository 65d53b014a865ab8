import { useMemo } from 'react';
import { useK8sModel, useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import type { BGPSessionState } from '../../metallb';
import { isForbidden } from '../errors';
import { BGPSessionStateModel, gvkOf } from '../models';

/**
 * Why session states cannot be shown: FRR-K8s's BGPSessionState is not served (MetalLB runs native BGP or
 * its own FRR, or FRR-K8s is older than v0.0.18), the user may not list it, or the watch failed.
 */
export type SessionsUnavailable = 'not-served' | 'forbidden' | 'failed';

export interface SessionStates {
  /** undefined while loading or when unavailable. */
  states?: BGPSessionState[];
  loaded: boolean;
  unavailable?: SessionsUnavailable;
}

const NONE: BGPSessionState[] = [];

/**
 * FRR-K8s's BGPSessionStates, live, in every namespace (FRR-K8s runs in its own: openshift-frr-k8s on
 * OpenShift), watched only when discovery serves the kind.
 */
export const useSessionStates = (enabled = true): SessionStates => {
  const [model, inFlight] = useK8sModel(gvkOf(BGPSessionStateModel));
  const [data, loaded, error] = useK8sWatchResource<BGPSessionState[]>(
    enabled && model ? { groupVersionKind: gvkOf(BGPSessionStateModel), isList: true } : null,
  );
  return useMemo((): SessionStates => {
    if (!model) return { loaded: !inFlight, unavailable: inFlight ? undefined : 'not-served' };
    if (error) return { loaded: true, unavailable: isForbidden(error) ? 'forbidden' : 'failed' };
    return { states: loaded ? (data?.length ? data : NONE) : undefined, loaded };
  }, [model, inFlight, data, loaded, error]);
};
