import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import { BFDProfileModel, BGPPeerModel, gvkOf } from '../../../k8s/models';
import { useMetalLBNamespace } from '../../../k8s/hooks/useMetalLBNamespace';
import { useMetalLBList } from '../../../k8s/hooks/useMetalLBList';
import type { BGPPeer } from '../../../metallb';
import { MetalLBListPage, type ListColumn } from '../../../components/MetalLBListPage';
import { NodeSelectorsCell } from '../../../components/AdvertisementCells';
import { usePeerWords } from './peer-words';
import { BGPPeerActions } from '../actions/BGPPeerActions';
import '../../../components/metallb-pages.css';

/** BGPPeers (v1beta2): who each session is with, its ASNs, BFD profile and nodes. */
const BGPPeerListPage: FC<{ namespace?: string }> = () => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const { namespace: metallbNamespace } = useMetalLBNamespace();
  const peers = useMetalLBList<BGPPeer>(BGPPeerModel);
  const words = usePeerWords();
  const columns: ListColumn<BGPPeer>[] = [
    {
      title: t('Name'),
      cell: (p) => (
        <ResourceLink
          groupVersionKind={gvkOf(BGPPeerModel)}
          name={p.metadata?.name}
          namespace={metallbNamespace}
        />
      ),
    },
    { title: t('Peer'), cell: (p) => words.endpoint(p) },
    { title: t('ASNs'), cell: (p) => words.asns(p) },
    {
      title: t('BFD profile'),
      cell: (p) =>
        p.spec?.bfdProfile ? (
          <ResourceLink
            groupVersionKind={gvkOf(BFDProfileModel)}
            name={p.spec.bfdProfile}
            namespace={metallbNamespace}
            inline
          />
        ) : (
          '-'
        ),
    },
    { title: t('Nodes'), cell: (p) => <NodeSelectorsCell selectors={p.spec?.nodeSelectors} /> },
    { title: t('VRF'), fitContent: true, cell: (p) => p.spec?.vrf || '-' },
  ];
  return (
    <MetalLBListPage
      model={BGPPeerModel}
      title={t('BGP peers')}
      items={peers.items}
      loaded={peers.loaded}
      loadError={peers.error}
      columns={columns}
      emptyTitle={t('No BGP peers')}
      emptyBody={t(
        'A BGPPeer is a router the speakers open a BGP session with to announce Service addresses. Create one with its address and ASN.',
      )}
      createLabel={t('Create BGP peer')}
      testId="bgp-peers"
      rowActions={(obj, close) => <BGPPeerActions obj={obj} close={close} />}
    />
  );
};

export default BGPPeerListPage;
