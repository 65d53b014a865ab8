import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import { BGPAdvertisementModel, BGPPeerModel } from '../../../k8s/models';
import { useMetalLBList } from '../../../k8s/hooks/useMetalLBList';
import { advertisementsNamingPeer, type BGPAdvertisement, type BGPPeer } from '../../../metallb';
import { KindActions } from '../../../components/kind-form/KindActions';
import { DeleteDependents } from '../../../components/actions/DeleteDependents';
import { dependentItems } from '../../../components/kind-form/DependentLinks';

export const BGPPeerActions: FC<{ obj: BGPPeer; close?: () => void }> = ({ obj, close }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const advertisements = useMetalLBList<BGPAdvertisement>(BGPAdvertisementModel);
  const naming = advertisementsNamingPeer(obj.metadata?.name ?? '', advertisements.items);
  return (
    <KindActions
      model={BGPPeerModel}
      obj={obj}
      close={close}
      deleteMessage={
        <DeleteDependents
          intro={t('Delete BGPPeer {{name}}? The speakers close their sessions with it.', {
            name: obj.metadata?.name,
          })}
          groups={[
            {
              title: t('BGP advertisements limited to this peer ({{number}})', {
                number: naming.length,
              }),
              consequence: t('They announce nothing through it once it is gone.'),
              items: dependentItems(
                BGPAdvertisementModel,
                naming.map((d) => d.name),
              ),
            },
          ]}
        />
      }
    />
  );
};
