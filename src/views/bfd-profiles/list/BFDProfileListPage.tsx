import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import { BFDProfileModel, BGPPeerModel, gvkOf } from '../../../k8s/models';
import { useMetalLBNamespace } from '../../../k8s/hooks/useMetalLBNamespace';
import { useMetalLBList } from '../../../k8s/hooks/useMetalLBList';
import { peersUsingBFDProfile, type BFDProfile, type BGPPeer } from '../../../metallb';
import { MetalLBListPage, type ListColumn } from '../../../components/MetalLBListPage';
import { NamesCell } from '../../../components/AdvertisementCells';
import { useBFDFields } from '../bfd-fields';
import { BFDProfileActions } from '../actions/BFDProfileActions';
import '../../../components/metallb-pages.css';

/** BFDProfiles: their timers (MetalLB's defaults where unset) and the peers that use each. */
const BFDProfileListPage: FC<{ namespace?: string }> = () => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const { namespace: metallbNamespace } = useMetalLBNamespace();
  const profiles = useMetalLBList<BFDProfile>(BFDProfileModel);
  const peers = useMetalLBList<BGPPeer>(BGPPeerModel);
  const [receive, transmit, multiplier] = useBFDFields();
  const columns: ListColumn<BFDProfile>[] = [
    {
      title: t('Name'),
      cell: (p) => (
        <ResourceLink
          groupVersionKind={gvkOf(BFDProfileModel)}
          name={p.metadata?.name}
          namespace={metallbNamespace}
        />
      ),
    },
    ...[receive, transmit, multiplier].map((field) => ({
      title: field.label,
      fitContent: true,
      cell: (p: BFDProfile) => field.value(p),
    })),
    {
      title: t('Used by peers'),
      cell: (p) => (
        <NamesCell
          names={peersUsingBFDProfile(p, peers.items).map((d) => d.name)}
          none={t('None')}
        />
      ),
    },
  ];
  return (
    <MetalLBListPage
      model={BFDProfileModel}
      title={t('BFD profiles')}
      items={profiles.items}
      loaded={profiles.loaded}
      loadError={profiles.error}
      columns={columns}
      emptyTitle={t('No BFD profiles')}
      emptyBody={t(
        'A BFDProfile sets how fast a BGP peer is declared down by Bidirectional Forwarding Detection. Create one, then choose it in a BGP peer.',
      )}
      createLabel={t('Create BFD profile')}
      testId="bfd-profiles"
      rowActions={(obj, close) => <BFDProfileActions obj={obj} close={close} />}
    />
  );
};

export default BFDProfileListPage;
