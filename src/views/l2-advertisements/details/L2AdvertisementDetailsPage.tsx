import { useMemo, type FC } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BGPAdvertisementModel,
  IPAddressPoolModel,
  L2AdvertisementModel,
  ServiceL2StatusModel,
} from '../../../k8s/models';
import { useMetalLBList, useNodes } from '../../../k8s/hooks/useMetalLBList';
import { useLoadBalancerServices } from '../../../k8s/hooks/useLoadBalancerServices';
import {
  resolveOwner,
  servicesAnnouncedBy,
  type ServiceAnnouncementStatus,
  type BGPAdvertisement,
  type IPAddressPool,
  type L2Advertisement,
} from '../../../metallb';
import { MetalLBDetailsPage } from '../../../components/MetalLBDetailsPage';
import { DetailsItem, DetailsList, MetadataItems } from '../../../components/DetailsList';
import { NamesCell, SelectorText } from '../../../components/AdvertisementCells';
import {
  AllowedNodes,
  AnnouncedServices,
  CoveredPools,
} from '../../../components/AdvertisementSections';
import { L2AdvertisementActions } from '../actions/AdvertisementActions';
import '../../../components/metallb-pages.css';

const L2AdvertisementDetails: FC<{ obj: L2Advertisement }> = ({ obj }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const pools = useMetalLBList<IPAddressPool>(IPAddressPoolModel);
  const l2 = useMetalLBList<L2Advertisement>(L2AdvertisementModel);
  const bgp = useMetalLBList<BGPAdvertisement>(BGPAdvertisementModel);
  const statuses = useMetalLBList<ServiceAnnouncementStatus>(ServiceL2StatusModel);
  const nodes = useNodes();
  const { services, loaded, loadError } = useLoadBalancerServices();
  const announced = useMemo(
    () =>
      servicesAnnouncedBy(
        obj,
        pools.items,
        services,
        (service) => resolveOwner({ service, l2Statuses: statuses.items })?.nodes ?? [],
      ),
    [obj, pools.items, services, statuses.items],
  );
  const serviceSelectors = obj.spec?.serviceSelectors ?? [];
  return (
    <div className="metallb-plugin__details" data-test="l2-advertisement-details">
      <DetailsList>
        <MetadataItems obj={obj} />
        <DetailsItem term={t('Interfaces')}>
          <NamesCell
            names={obj.spec?.interfaces}
            none={t('All interfaces of the announcing node')}
          />
        </DetailsItem>
        <DetailsItem term={t('Services')}>
          {serviceSelectors.length === 0 ? (
            t('Every Service with an address from these pools')
          ) : (
            <>
              {t('Only Services matching any of:')}{' '}
              {serviceSelectors.map((s, i) => (
                <SelectorText key={i} selector={s} />
              ))}
            </>
          )}
        </DetailsItem>
      </DetailsList>
      <CoveredPools
        kind="L2Advertisement"
        advertisement={obj}
        pools={pools.items}
        others={{ l2: l2.items, bgp: bgp.items }}
      />
      <AllowedNodes
        selectors={obj.spec?.nodeSelectors}
        nodes={nodes}
        allNodesText={t(
          'No node selectors: every node with a ready speaker may announce. MetalLB picks one node per address.',
        )}
      />
      <AnnouncedServices
        services={announced}
        loaded={loaded && pools.loaded}
        error={loadError}
        nodeHelp={t(
          'The node is the one MetalLB reports in its ServiceL2Status; it answers ARP (IPv4) or NDP (IPv6) for the address.',
        )}
      />
    </div>
  );
};

const L2AdvertisementDetailsPage: FC<{ name?: string; namespace?: string }> = ({ name }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  return (
    <MetalLBDetailsPage<L2Advertisement>
      model={L2AdvertisementModel}
      name={name ?? ''}
      listTitle={t('L2 advertisements')}
      Details={L2AdvertisementDetails}
      actions={(obj) => <L2AdvertisementActions obj={obj} />}
    />
  );
};

export default L2AdvertisementDetailsPage;
