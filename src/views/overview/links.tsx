import type { FC } from 'react';
import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import type { ConfigurationWarning } from '../../metallb';
import {
  BGPAdvertisementModel,
  ConfigurationStateModel,
  gvkOf,
  IPAddressPoolModel,
  L2AdvertisementModel,
  NodeModel,
  PodModel,
} from '../../k8s/models';

const DeploymentGVK = { group: 'apps', version: 'v1', kind: 'Deployment' };

const gvkFor = (kind: ConfigurationWarning['object']['kind']) => {
  switch (kind) {
    case 'IPAddressPool':
      return gvkOf(IPAddressPoolModel);
    case 'L2Advertisement':
      return gvkOf(L2AdvertisementModel);
    case 'BGPAdvertisement':
      return gvkOf(BGPAdvertisementModel);
    case 'ConfigurationState':
      return gvkOf(ConfigurationStateModel);
    case 'Pod':
      return gvkOf(PodModel);
    case 'Node':
      return gvkOf(NodeModel);
    case 'Deployment':
      return DeploymentGVK;
  }
};

/** A link to the object a problem names; MetalLB's own kinds live in `namespace`. */
export const ObjectLink: FC<{ object: ConfigurationWarning['object']; namespace: string }> = ({
  object,
  namespace,
}) => (
  <ResourceLink
    groupVersionKind={gvkFor(object.kind)}
    name={object.name}
    namespace={object.kind === 'Node' ? undefined : (object.namespace ?? namespace)}
    inline
  />
);
