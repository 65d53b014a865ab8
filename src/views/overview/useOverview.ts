import { useMemo } from 'react';
import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import {
  advertisementMode,
  findClusterWarnings,
  findConfigurationWarnings,
  type AdvertisementMode,
  type BGPAdvertisement,
  type BGPPeer,
  type ConfigurationWarning,
  type L2Advertisement,
} from '../../metallb';
import { useMetalLBInstall, type MetalLBInstall } from '../../k8s/hooks/useMetalLBInstall';
import { usePoolUtilization, type PoolsWithUtilization } from '../../k8s/hooks/usePoolUtilization';
import type { K8sModel, K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { BGPAdvertisementModel, BGPPeerModel, gvkOf, L2AdvertisementModel } from '../../k8s/models';

export type Unreadable =
  | 'metallb-resource'
  | 'pods'
  | 'nodes'
  | 'configuration-states'
  | 'pools'
  | 'services'
  | 'advertisements';

export interface Overview {
  install: MetalLBInstall;
  pools: PoolsWithUtilization;
  /** Undefined when the advertisements could not be read. */
  mode?: AdvertisementMode;
  problems: ConfigurationWarning[];
  /** MetalLB's BGPPeers (empty when unreadable). */
  peers: BGPPeer[];
  /** What could not be read and why, so the page can say what went unchecked. */
  unreadable: Array<{ what: Unreadable; error: unknown }>;
  loaded: boolean;
}

const useList = <T extends K8sResourceCommon>(
  model: K8sModel,
  namespace: string,
  enabled: boolean,
) =>
  useK8sWatchResource<T[]>(
    enabled ? { groupVersionKind: gvkOf(model), isList: true, namespace } : null,
  );

/** Everything the overview shows, from one watch per kind. */
export const useOverview = (): Overview => {
  const install = useMetalLBInstall();
  const pools = usePoolUtilization();
  const on = install.features.crds;
  const ns = install.namespace;
  const watchNs = on && install.namespaceLoaded;
  const [l2, l2Loaded, l2Error] = useList<L2Advertisement>(L2AdvertisementModel, ns, watchNs);
  const [bgp, bgpLoaded, bgpError] = useList<BGPAdvertisement>(BGPAdvertisementModel, ns, watchNs);
  const [peers, peersLoaded, peersError] = useList<BGPPeer>(BGPPeerModel, ns, watchNs);

  const problems = useMemo(() => {
    if (!on) return [];
    const l2Advertisements = l2Error ? [] : (l2 ?? []);
    const bgpAdvertisements = bgpError ? [] : (bgp ?? []);
    return [
      ...findClusterWarnings({
        l2Advertisements,
        bgpAdvertisements,
        nodes: install.nodes,
        components: install.components,
        configurationStates: install.configurationStates,
        namespace: ns,
        speakerNodeSelector: install.metallb?.spec?.nodeSelector,
      }),
      // Pool coverage only when pools and advertisements were both readable: never a false alarm.
      ...(pools.loadError || l2Error || bgpError
        ? []
        : findConfigurationWarnings({
            pools: pools.pools,
            l2Advertisements,
            bgpAdvertisements,
            peers: peersError ? undefined : (peers ?? []),
          })),
    ];
  }, [on, l2, l2Error, bgp, bgpError, peers, peersError, install, pools, ns]);

  const unreadable = (
    [
      ['metallb-resource', install.metallbError],
      ['pods', install.podsError],
      ['nodes', install.nodesError],
      ['configuration-states', install.configurationStatesError],
      ['pools', pools.loadError],
      ['services', pools.servicesError],
      ['advertisements', l2Error ?? bgpError],
    ] as Array<[Unreadable, unknown]>
  )
    .filter(([, error]) => !!error)
    .map(([what, error]) => ({ what, error }));

  const settled = (loaded: boolean, error: unknown) => loaded || !!error;
  return {
    install,
    pools,
    mode:
      l2Error || bgpError ? undefined : advertisementMode((l2 ?? []).length, (bgp ?? []).length),
    problems,
    peers: peersError ? [] : (peers ?? []),
    unreadable,
    loaded:
      install.loaded &&
      (!on ||
        ((pools.loaded || !!pools.loadError) &&
          settled(l2Loaded, l2Error) &&
          settled(bgpLoaded, bgpError) &&
          settled(peersLoaded, peersError))),
  };
};
