import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import { BGPAdvertisementModel, IPAddressPoolModel } from '../../../k8s/models';
import { useMetalLBList } from '../../../k8s/hooks/useMetalLBList';
import type { BGPAdvertisement, IPAddressPool } from '../../../metallb';
import { MetalLBListPage, type ListColumn } from '../../../components/MetalLBListPage';
import { NamesCell } from '../../../components/AdvertisementCells';
import { useAdvertisementColumns } from '../../../components/kind-form/AdvertisementReach';
import { BGPAdvertisementActions } from '../actions/BGPAdvertisementActions';
import '../../../components/metallb-pages.css';

/** BGPAdvertisements: pools covered, peers, aggregation lengths, local preference, communities. */
const BGPAdvertisementListPage: FC<{ namespace?: string }> = () => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const advertisements = useMetalLBList<BGPAdvertisement>(BGPAdvertisementModel);
  const pools = useMetalLBList<IPAddressPool>(IPAddressPoolModel);
  const common = useAdvertisementColumns<BGPAdvertisement>(BGPAdvertisementModel, pools.items);
  const columns: ListColumn<BGPAdvertisement>[] = [
    common.name,
    common.pools,
    { title: t('Peers'), cell: (a) => <NamesCell names={a.spec?.peers} none={t('All peers')} /> },
    common.nodes,
    {
      title: t('Aggregation'),
      fitContent: true,
      cell: (a) => `/${a.spec?.aggregationLength ?? 32}, /${a.spec?.aggregationLengthV6 ?? 128}`,
    },
    {
      title: t('Local preference'),
      fitContent: true,
      cell: (a) => (a.spec?.localPref === undefined ? '-' : String(a.spec.localPref)),
    },
    {
      title: t('Communities'),
      cell: (a) => <NamesCell names={a.spec?.communities} none="-" />,
    },
  ];
  return (
    <MetalLBListPage
      model={BGPAdvertisementModel}
      title={t('BGP advertisements')}
      items={advertisements.items}
      loaded={advertisements.loaded && pools.loaded}
      loadError={advertisements.error}
      columns={columns}
      emptyTitle={t('No BGP advertisements')}
      emptyBody={t(
        'A BGPAdvertisement tells MetalLB to announce the addresses of its pools to BGP peers. Create one that names your pool, and a BGP peer to announce to.',
      )}
      createLabel={t('Create BGP advertisement')}
      testId="bgp-advertisements"
      rowActions={(obj, close) => <BGPAdvertisementActions obj={obj} close={close} />}
    />
  );
};

export default BGPAdvertisementListPage;
