import { useMemo, type FC } from 'react';
import { useTranslation } from 'react-i18next';
import { IPAddressPoolModel, L2AdvertisementModel } from '../../../k8s/models';
import { useMetalLBList } from '../../../k8s/hooks/useMetalLBList';
import { useLoadBalancerServices } from '../../../k8s/hooks/useLoadBalancerServices';
import { servicesAnnouncedBy, type IPAddressPool, type L2Advertisement } from '../../../metallb';
import { MetalLBListPage, type ListColumn } from '../../../components/MetalLBListPage';
import { NamesCell } from '../../../components/AdvertisementCells';
import { useAdvertisementColumns } from '../../../components/kind-form/AdvertisementReach';
import { L2AdvertisementActions } from '../actions/AdvertisementActions';
import '../../../components/metallb-pages.css';

/** L2Advertisements: the pools each covers, the nodes allowed to announce, interfaces, Services announced now. */
const L2AdvertisementListPage: FC<{ namespace?: string }> = () => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const advertisements = useMetalLBList<L2Advertisement>(L2AdvertisementModel);
  const pools = useMetalLBList<IPAddressPool>(IPAddressPoolModel);
  const { services, loaded: servicesLoaded, loadError: servicesError } = useLoadBalancerServices();
  const counts = useMemo(
    () =>
      new Map(
        advertisements.items.map((a) => [
          a.metadata?.name ?? '',
          servicesAnnouncedBy(a, pools.items, services).length,
        ]),
      ),
    [advertisements.items, pools.items, services],
  );
  const common = useAdvertisementColumns<L2Advertisement>(L2AdvertisementModel, pools.items);
  const columns: ListColumn<L2Advertisement>[] = [
    common.name,
    common.pools,
    common.nodes,
    {
      title: t('Interfaces'),
      cell: (a) => <NamesCell names={a.spec?.interfaces} none={t('All interfaces')} />,
    },
    {
      title: t('Services'),
      fitContent: true,
      cell: (a) =>
        servicesError
          ? t('Unavailable')
          : servicesLoaded && pools.loaded
            ? String(counts.get(a.metadata?.name ?? '') ?? 0)
            : '-',
    },
  ];
  return (
    <MetalLBListPage
      model={L2AdvertisementModel}
      title={t('L2 advertisements')}
      items={advertisements.items}
      loaded={advertisements.loaded && pools.loaded}
      loadError={advertisements.error}
      columns={columns}
      emptyTitle={t('No L2 advertisements')}
      emptyBody={t(
        'Without an L2Advertisement (or BGPAdvertisement) covering its pool, an address MetalLB assigns is never announced and nobody can reach it. Create one that names your pool.',
      )}
      createLabel={t('Create L2 advertisement')}
      testId="l2-advertisements"
      rowActions={(obj, close) => <L2AdvertisementActions obj={obj} close={close} />}
    />
  );
};

export default L2AdvertisementListPage;
