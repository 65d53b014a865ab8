// The pool's details page (console.page/resource/details): Details (with the address map), the
// Services holding its addresses, the advertisements covering it, Events and YAML.
import type { ComponentType, FC } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom-v5-compat';
import { ResourceEventStream, type K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import type { IPAddressPool } from '../../../metallb';
import { MetalLBDetailsPage } from '../../../components/MetalLBDetailsPage';
import { ActionsMenu } from '../../../components/actions/ActionsMenu';
import { IPAddressPoolModel } from '../../../k8s/models';
import { usePoolActions } from '../usePoolActions';
import { usePoolFacts } from '../usePoolFacts';
import { PoolAdvertisementsTab } from './PoolAdvertisementsTab';
import { PoolDetailsTab } from './PoolDetailsTab';
import { PoolServicesTab } from './PoolServicesTab';

const EventsTab: FC<{ obj: K8sResourceCommon }> = ({ obj }) => (
  <div className="metallb-plugin__details-body">
    <ResourceEventStream resource={obj} />
  </div>
);

const PoolActions: FC<{ pool: IPAddressPool }> = ({ pool }) => {
  const facts = usePoolFacts();
  const actions = usePoolActions(pool, {
    holders: facts.assignmentsOf(pool.metadata?.name ?? ''),
    l2Advertisements: facts.sources.input.l2Advertisements,
    bgpAdvertisements: facts.sources.input.bgpAdvertisements,
  });
  return <ActionsMenu actions={actions} name={pool.metadata?.name ?? ''} />;
};

const PoolDetailsPage: FC<{ name?: string }> = (props) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const params = useParams();
  const name = props.name ?? params.name ?? '';
  return (
    <MetalLBDetailsPage<IPAddressPool>
      model={IPAddressPoolModel}
      name={name}
      listTitle={t('IP address pools')}
      Details={PoolDetailsTab}
      actions={(pool) => <PoolActions pool={pool} />}
      extraPages={[
        { href: 'services', name: t('Assigned IPs'), component: PoolServicesTab as ComponentType },
        {
          href: 'advertisements',
          name: t('Advertisements'),
          component: PoolAdvertisementsTab as ComponentType,
        },
        { href: 'events', name: t('Events'), component: EventsTab as ComponentType },
      ]}
    />
  );
};

export default PoolDetailsPage;
