// The pool's actions (edit, edit labels, delete), with a delete dialog that names what depends on
// the pool: the Services holding its addresses (and what MetalLB does to them) and the
// advertisements that name it.
import { useTranslation } from 'react-i18next';
import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import {
  advertisementsCoveringPool,
  type BGPAdvertisement,
  type IPAddressPool,
  type L2Advertisement,
  type PoolAssignment,
} from '../../metallb';
import { useResourceActions } from '../../components/actions/useResourceActions';
import { DeleteDependents } from '../../components/actions/DeleteDependents';
import { IPAddressPoolModel, referenceFor } from '../../k8s/models';
import { useMetalLBNamespace } from '../../k8s/hooks/useMetalLBNamespace';

/** What the delete dialog names besides the pool. */
export interface PoolDependents {
  /** The Services holding the pool's addresses; undefined when Services cannot be read. */
  holders?: PoolAssignment[];
  l2Advertisements?: L2Advertisement[];
  bgpAdvertisements?: BGPAdvertisement[];
}

export const usePoolActions = (
  pool: IPAddressPool,
  { holders, l2Advertisements, bgpAdvertisements }: PoolDependents,
) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const name = pool.metadata?.name ?? '';
  const LIST = `/k8s/ns/${useMetalLBNamespace().namespace}/${referenceFor(IPAddressPoolModel)}`;
  const naming = advertisementsCoveringPool(pool, {
    l2: l2Advertisements,
    bgp: bgpAdvertisements,
  }).filter((c) => c.how !== 'all-pools');
  const message = (
    <DeleteDependents
      intro={t('Delete IP address pool {{name}}? MetalLB stops handing out its addresses.', {
        name,
      })}
      none={
        holders
          ? t('No Service holds an address from this pool.')
          : t(
              'Your user cannot list Services, so the Services holding its addresses cannot be named.',
            )
      }
      groups={[
        {
          title: t('Services holding its addresses ({{n}})', { n: holders?.length ?? 0 }),
          consequence: t(
            'MetalLB clears these addresses at once: each Service loses its external IP. One that asks for this pool by name stays pending; the others get an address from another pool that matches them, if there is one.',
          ),
          items: (holders ?? []).map((h) => ({
            key: `${h.namespace}/${h.service}/${h.ip}`,
            node: (
              <>
                <ResourceLink
                  groupVersionKind={{ version: 'v1', kind: 'Service' }}
                  name={h.service}
                  namespace={h.namespace}
                  inline
                />{' '}
                {t('in {{namespace}} holds {{ip}}', { namespace: h.namespace, ip: h.ip })}
              </>
            ),
          })),
        },
        {
          title: t('Advertisements that name or select it ({{n}})', { n: naming.length }),
          consequence: t('They stay, and announce nothing for this pool.'),
          items: naming.map((c) => ({ key: `${c.kind}/${c.name}`, node: `${c.kind} ${c.name}` })),
        },
      ]}
    />
  );
  return useResourceActions({
    model: IPAddressPoolModel,
    resource: pool,
    editPath: `${LIST}/${name}/edit`,
    deleteMessage: message,
    afterDeletePath: LIST,
  });
};
