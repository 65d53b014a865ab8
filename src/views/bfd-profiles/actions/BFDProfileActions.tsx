import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import { BFDProfileModel, BGPPeerModel } from '../../../k8s/models';
import { useMetalLBList } from '../../../k8s/hooks/useMetalLBList';
import { peersUsingBFDProfile, type BFDProfile, type BGPPeer } from '../../../metallb';
import { KindActions } from '../../../components/kind-form/KindActions';
import { DeleteDependents } from '../../../components/actions/DeleteDependents';
import { dependentItems } from '../../../components/kind-form/DependentLinks';

export const BFDProfileActions: FC<{ obj: BFDProfile; close?: () => void }> = ({ obj, close }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const peers = useMetalLBList<BGPPeer>(BGPPeerModel);
  const users = peersUsingBFDProfile(obj, peers.items);
  return (
    <KindActions
      model={BFDProfileModel}
      obj={obj}
      close={close}
      deleteMessage={
        <DeleteDependents
          intro={t('Delete BFDProfile {{name}}?', { name: obj.metadata?.name })}
          none={t('No BGP peer uses it.')}
          groups={[
            {
              title: t('BGP peers using this profile ({{number}})', { number: users.length }),
              consequence: t(
                'MetalLB refuses to delete a profile while a peer uses it: choose another profile (or none) in these peers first.',
              ),
              items: dependentItems(
                BGPPeerModel,
                users.map((u) => u.name),
              ),
            },
          ]}
        />
      }
    />
  );
};
