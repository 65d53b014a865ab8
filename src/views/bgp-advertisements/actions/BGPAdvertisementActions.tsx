import type { FC } from 'react';
import type { BGPAdvertisement } from '../../../metallb';
import { AdvertisementActions } from '../../l2-advertisements/actions/AdvertisementActions';

export const BGPAdvertisementActions: FC<{ obj: BGPAdvertisement; close?: () => void }> = (
  props,
) => <AdvertisementActions kind="BGPAdvertisement" {...props} />;
