// What the L2 and BGP advertisement pages share: the Services row of the details, the pools it
// covers, the nodes allowed to announce and the Services it announces now (from the protocol's
// status objects), and the first columns of the lists.
import { useMemo, type FC } from 'react';
import { useTranslation } from 'react-i18next';
import { ResourceLink, type K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import {
  BGPAdvertisementModel,
  gvkOf,
  L2AdvertisementModel,
  ServiceBGPStatusModel,
  ServiceL2StatusModel,
} from '../../k8s/models';
import { useMetalLBList, useNodes, type WatchedList } from '../../k8s/hooks/useMetalLBList';
import { useLoadBalancerServices } from '../../k8s/hooks/useLoadBalancerServices';
import { useMetalLBNamespace } from '../../k8s/hooks/useMetalLBNamespace';
import {
  resolveOwner,
  servicesAnnouncedBy,
  type Advertisement,
  type IPAddressPool,
  type ServiceAnnouncementStatus,
} from '../../metallb';
import { DetailsItem } from '../DetailsList';
import { AdvertisedPoolsCell, NodeSelectorsCell, SelectorText } from '../AdvertisementCells';
import { AllowedNodes, AnnouncedServices, CoveredPools } from '../AdvertisementSections';
import type { ListColumn } from '../MetalLBListPage';

/** The Services an advertisement is limited to (MetalLB v0.16 serviceSelectors), in words. */
export const ServiceSelectorsItem: FC<{ obj: Advertisement }> = ({ obj }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const selectors = obj.spec?.serviceSelectors ?? [];
  return (
    <DetailsItem term={t('Services')}>
      {selectors.length === 0 ? (
        t('Every Service with an address from these pools')
      ) : (
        <>
          {t('Only Services matching any of:')}{' '}
          {selectors.map((s, i) => (
            <SelectorText key={i} selector={s} />
          ))}
        </>
      )}
    </DetailsItem>
  );
};

const PROTOCOLS = {
  layer2: {
    kind: 'L2Advertisement',
    statusModel: ServiceL2StatusModel,
  },
  bgp: {
    kind: 'BGPAdvertisement',
    statusModel: ServiceBGPStatusModel,
  },
} as const;

/** The pools covered, the nodes allowed, and the Services announced now, below the details. */
export const AdvertisementReach: FC<{
  obj: Advertisement;
  protocol: keyof typeof PROTOCOLS;
  pools: WatchedList<IPAddressPool>;
  allNodesText: string;
  nodeHelp: string;
}> = ({ obj, protocol, pools, allNodesText, nodeHelp }) => {
  const { kind, statusModel } = PROTOCOLS[protocol];
  const l2 = useMetalLBList<Advertisement>(L2AdvertisementModel);
  const bgp = useMetalLBList<Advertisement>(BGPAdvertisementModel);
  const statuses = useMetalLBList<ServiceAnnouncementStatus>(statusModel);
  const nodes = useNodes();
  const { services, loaded, loadError } = useLoadBalancerServices();
  const announced = useMemo(
    () =>
      servicesAnnouncedBy(
        obj,
        pools.items,
        services,
        (service) =>
          resolveOwner(
            protocol === 'layer2'
              ? { service, l2Statuses: statuses.items }
              : { service, bgpStatuses: statuses.items },
          )?.nodes ?? [],
      ),
    [obj, pools.items, services, statuses.items, protocol],
  );
  return (
    <>
      <CoveredPools
        kind={kind}
        advertisement={obj}
        pools={pools.items}
        others={{ l2: l2.items, bgp: bgp.items }}
      />
      <AllowedNodes selectors={obj.spec?.nodeSelectors} nodes={nodes} allNodesText={allNodesText} />
      <AnnouncedServices
        services={announced}
        loaded={loaded && pools.loaded}
        error={loadError}
        nodeHelp={nodeHelp}
      />
    </>
  );
};

/** The name, pools and nodes columns both advertisement lists start from. */
export const useAdvertisementColumns = <A extends Advertisement>(
  model: K8sModel,
  pools: IPAddressPool[],
) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const { namespace } = useMetalLBNamespace();
  const name: ListColumn<A> = {
    title: t('Name'),
    cell: (a) => (
      <ResourceLink groupVersionKind={gvkOf(model)} name={a.metadata?.name} namespace={namespace} />
    ),
  };
  const poolsColumn: ListColumn<A> = {
    title: t('IP address pools'),
    cell: (a) => <AdvertisedPoolsCell advertisement={a} pools={pools} />,
  };
  const nodes: ListColumn<A> = {
    title: t('Nodes'),
    cell: (a) => <NodeSelectorsCell selectors={a.spec?.nodeSelectors} />,
  };
  return { name, pools: poolsColumn, nodes };
};
