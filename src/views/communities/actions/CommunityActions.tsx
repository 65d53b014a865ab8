import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import { BGPAdvertisementModel, CommunityModel } from '../../../k8s/models';
import { useMetalLBList } from '../../../k8s/hooks/useMetalLBList';
import {
  advertisementsUsingCommunity,
  type BGPAdvertisement,
  type Community,
} from '../../../metallb';
import { KindActions } from '../../../components/kind-form/KindActions';
import { DeleteDependents } from '../../../components/actions/DeleteDependents';
import { dependentItems } from '../../../components/kind-form/DependentLinks';

export const CommunityActions: FC<{ obj: Community; close?: () => void }> = ({ obj, close }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const advertisements = useMetalLBList<BGPAdvertisement>(BGPAdvertisementModel);
  const users = advertisementsUsingCommunity(obj, advertisements.items);
  return (
    <KindActions
      model={CommunityModel}
      obj={obj}
      close={close}
      deleteMessage={
        <DeleteDependents
          intro={t('Delete Community {{name}}?', { name: obj.metadata?.name })}
          none={t('No BGP advertisement uses its aliases.')}
          groups={[
            {
              title: t('BGP advertisements using its aliases ({{number}})', {
                number: users.length,
              }),
              consequence: t(
                'MetalLB cannot resolve those aliases without it and stops loading its configuration until they are fixed.',
              ),
              items: dependentItems(
                BGPAdvertisementModel,
                users.map((u) => u.name),
              ),
            },
          ]}
        />
      }
    />
  );
};
