import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import { IPAddressPoolModel, L2AdvertisementModel } from '../../../k8s/models';
import { useMetalLBList } from '../../../k8s/hooks/useMetalLBList';
import type { IPAddressPool, L2Advertisement } from '../../../metallb';
import { MetalLBDetailsPage } from '../../../components/MetalLBDetailsPage';
import { DetailsItem, DetailsList, MetadataItems } from '../../../components/DetailsList';
import { NamesCell } from '../../../components/AdvertisementCells';
import {
  AdvertisementReach,
  ServiceSelectorsItem,
} from '../../../components/kind-form/AdvertisementReach';
import { L2AdvertisementActions } from '../actions/AdvertisementActions';
import '../../../components/metallb-pages.css';

const L2AdvertisementDetails: FC<{ obj: L2Advertisement }> = ({ obj }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const pools = useMetalLBList<IPAddressPool>(IPAddressPoolModel);
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
        <ServiceSelectorsItem obj={obj} />
      </DetailsList>
      <AdvertisementReach
        obj={obj}
        protocol="layer2"
        pools={pools}
        allNodesText={t(
          'No node selectors: every node with a ready speaker may announce. MetalLB picks one node per address.',
        )}
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
