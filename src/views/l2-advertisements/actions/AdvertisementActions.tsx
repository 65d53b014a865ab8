import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BGPAdvertisementModel,
  IPAddressPoolModel,
  L2AdvertisementModel,
} from '../../../k8s/models';
import { useMetalLBList } from '../../../k8s/hooks/useMetalLBList';
import {
  poolsOnlyCoveredBy,
  type Advertisement,
  type BGPAdvertisement,
  type IPAddressPool,
  type L2Advertisement,
} from '../../../metallb';
import { KindActions } from '../../../components/kind-form/KindActions';
import { DeleteDependents } from '../../../components/actions/DeleteDependents';
import { dependentItems } from '../../../components/kind-form/DependentLinks';

/** Actions for an L2 or BGP advertisement; deleting names the pools left unannounced. */
export const AdvertisementActions: FC<{
  kind: 'L2Advertisement' | 'BGPAdvertisement';
  obj: Advertisement;
  close?: () => void;
}> = ({ kind, obj, close }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const pools = useMetalLBList<IPAddressPool>(IPAddressPoolModel);
  const l2 = useMetalLBList<L2Advertisement>(L2AdvertisementModel);
  const bgp = useMetalLBList<BGPAdvertisement>(BGPAdvertisementModel);
  const orphaned = poolsOnlyCoveredBy(obj, pools.items, { l2: l2.items, bgp: bgp.items });
  const model = kind === 'L2Advertisement' ? L2AdvertisementModel : BGPAdvertisementModel;
  return (
    <KindActions
      model={model}
      obj={obj}
      close={close}
      deleteMessage={
        <DeleteDependents
          intro={t('Delete {{kind}} {{name}}?', { kind, name: obj.metadata?.name })}
          none={t('Every pool it covers is also covered by another advertisement.')}
          groups={[
            {
              title: t('Pools no other advertisement covers ({{number}})', {
                number: orphaned.length,
              }),
              consequence: t(
                'Their addresses stay assigned to Services but are no longer announced: nobody can reach them until another advertisement covers these pools.',
              ),
              items: dependentItems(IPAddressPoolModel, orphaned),
            },
          ]}
        />
      }
    />
  );
};

export const L2AdvertisementActions: FC<{ obj: L2Advertisement; close?: () => void }> = (props) => (
  <AdvertisementActions kind="L2Advertisement" {...props} />
);
