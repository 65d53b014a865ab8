import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import type { PendingService } from '../metallb';
import { gvkOf, ServiceModel } from '../k8s/models';
import { useAnnouncementText } from './useAnnouncementText';

/**
 * LoadBalancer Services still without an IP, each with the reason in words and the fix. Used by the
 * IP assignments view and the MetalLB overview; the reasons come from `pendingReason` in the core.
 */
export const PendingServicesList: FC<{ pending: PendingService[] }> = ({ pending }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const text = useAnnouncementText();
  return (
    <Table aria-label={t('Services pending an IP')} variant="compact" data-test="pending-services">
      <Thead>
        <Tr>
          <Th>{t('Service')}</Th>
          <Th>{t('Namespace')}</Th>
          <Th>{t('Why it has no IP')}</Th>
          <Th>{t('Fix')}</Th>
        </Tr>
      </Thead>
      <Tbody>
        {pending.map((p) => {
          const { summary, fix } = text.pending(p.reason);
          return (
            <Tr key={`${p.namespace}/${p.name}`} data-test={`pending-${p.namespace}-${p.name}`}>
              <Td dataLabel={t('Service')}>
                <ResourceLink
                  hideIcon
                  groupVersionKind={gvkOf(ServiceModel)}
                  name={p.name}
                  namespace={p.namespace}
                />
              </Td>
              <Td dataLabel={t('Namespace')}>{p.namespace}</Td>
              <Td dataLabel={t('Why it has no IP')} data-test="pending-reason">
                {summary}
              </Td>
              <Td dataLabel={t('Fix')}>{fix}</Td>
            </Tr>
          );
        })}
      </Tbody>
    </Table>
  );
};
