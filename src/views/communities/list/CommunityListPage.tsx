import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import { BGPAdvertisementModel, CommunityModel, gvkOf } from '../../../k8s/models';
import { useMetalLBNamespace } from '../../../k8s/hooks/useMetalLBNamespace';
import { useMetalLBList } from '../../../k8s/hooks/useMetalLBList';
import {
  advertisementsUsingCommunity,
  type BGPAdvertisement,
  type Community,
} from '../../../metallb';
import { MetalLBListPage, type ListColumn } from '../../../components/MetalLBListPage';
import { NamesCell } from '../../../components/AdvertisementCells';
import { CommunityActions } from '../actions/CommunityActions';
import '../../../components/metallb-pages.css';

/** Community objects: the aliases each defines and the BGP advertisements that use them. */
const CommunityListPage: FC<{ namespace?: string }> = () => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const { namespace: metallbNamespace } = useMetalLBNamespace();
  const communities = useMetalLBList<Community>(CommunityModel);
  const advertisements = useMetalLBList<BGPAdvertisement>(BGPAdvertisementModel);
  const columns: ListColumn<Community>[] = [
    {
      title: t('Name'),
      cell: (c) => (
        <ResourceLink
          groupVersionKind={gvkOf(CommunityModel)}
          name={c.metadata?.name}
          namespace={metallbNamespace}
        />
      ),
    },
    {
      title: t('Aliases'),
      cell: (c) => (
        <div className="metallb-plugin__stack">
          {(c.spec?.communities ?? []).map((alias) => (
            <span key={alias.name}>
              {alias.name} = <code className="metallb-plugin__selector">{alias.value}</code>
            </span>
          ))}
        </div>
      ),
    },
    {
      title: t('Used by'),
      cell: (c) => (
        <NamesCell
          names={advertisementsUsingCommunity(c, advertisements.items).map((d) => d.name)}
          none={t('None')}
        />
      ),
    },
  ];
  return (
    <MetalLBListPage
      model={CommunityModel}
      title={t('Communities')}
      items={communities.items}
      loaded={communities.loaded}
      loadError={communities.error}
      columns={columns}
      emptyTitle={t('No communities')}
      emptyBody={t(
        'A Community object gives BGP community values names, such as no-advertise for 65535:65282, that BGP advertisements can use instead of the numbers.',
      )}
      createLabel={t('Create community')}
      testId="communities"
      rowActions={(obj, close) => <CommunityActions obj={obj} close={close} />}
    />
  );
};

export default CommunityListPage;
