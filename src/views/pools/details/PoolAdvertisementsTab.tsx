import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, EmptyState, EmptyStateBody } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import { advertisementsCoveringPool, type IPAddressPool } from '../../../metallb';
import { BGPAdvertisementModel, gvkOf, L2AdvertisementModel } from '../../../k8s/models';
import { usePoolFacts } from '../usePoolFacts';

/** The advertisements that announce this pool: by its name, by a selector on its labels, or all pools. */
export const PoolAdvertisementsTab: FC<{ obj: IPAddressPool }> = ({ obj: pool }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const { sources } = usePoolFacts();
  const { l2Advertisements, bgpAdvertisements } = sources.input;
  if (!l2Advertisements || !bgpAdvertisements)
    return (
      <div className="metallb-plugin__details-body">
        <Alert isInline variant="info" title={t('Advertisements cannot be read by your user')} />
      </div>
    );
  const covering = advertisementsCoveringPool(pool, {
    l2: l2Advertisements,
    bgp: bgpAdvertisements,
  });
  const how = {
    named: t('Names this pool'),
    selected: t('Selects this pool by its labels'),
    'all-pools': t('Covers every pool (names and selects none)'),
  };
  return (
    <div className="metallb-plugin__details-body">
      {covering.length === 0 ? (
        <EmptyState
          headingLevel="h2"
          titleText={t('No advertisement covers this pool')}
          status="warning"
        >
          <EmptyStateBody>
            {t(
              'Services get addresses from this pool that no node announces. Create an L2Advertisement or BGPAdvertisement that names it.',
            )}
          </EmptyStateBody>
        </EmptyState>
      ) : (
        <Table
          variant="compact"
          aria-label={t('Advertisements covering this pool')}
          data-test="pool-advertisements"
        >
          <Thead>
            <Tr>
              <Th>{t('Name')}</Th>
              <Th>{t('Kind')}</Th>
              <Th>{t('How')}</Th>
            </Tr>
          </Thead>
          <Tbody>
            {covering.map((c) => (
              <Tr key={`${c.kind}/${c.name}`}>
                <Td dataLabel={t('Name')}>
                  <ResourceLink
                    groupVersionKind={gvkOf(
                      c.kind === 'L2Advertisement' ? L2AdvertisementModel : BGPAdvertisementModel,
                    )}
                    name={c.name}
                    namespace={pool.metadata?.namespace}
                  />
                </Td>
                <Td dataLabel={t('Kind')}>{c.kind}</Td>
                <Td dataLabel={t('How')}>{how[c.how]}</Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
    </div>
  );
};
