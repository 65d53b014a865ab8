import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom-v5-compat';
import { Alert, Bullseye, EmptyState, Spinner } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import type { IPAddressPool } from '../../../metallb';
import { usePoolFacts } from '../usePoolFacts';
import './pool-details.css';

const SERVICE_GVK = { version: 'v1', kind: 'Service' };

/** Every address of the pool a Service holds, with the node announcing it and how. */
export const PoolServicesTab: FC<{ obj: IPAddressPool }> = ({ obj: pool }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const { sources } = usePoolFacts();
  const name = pool.metadata?.name ?? '';
  if (sources.servicesError)
    return (
      <div className="metallb-plugin__details-body">
        <Alert isInline variant="info" title={t('Services cannot be listed by your user')}>
          {t(
            'The addresses this pool handed out are shown to users who can list Services in all namespaces.',
          )}
        </Alert>
      </div>
    );
  if (!sources.loaded)
    return (
      <Bullseye>
        <Spinner aria-label={t('Loading Services')} />
      </Bullseye>
    );
  const rows = sources.rows.filter((r) => r.pool === name);
  const protocol = { layer2: t('Layer 2'), bgp: t('BGP') };
  return (
    <div className="metallb-plugin__details-body">
      <p>
        <Link to={`/metallb/assignments?pool=${encodeURIComponent(name)}`}>
          {t('Open in IP assignments')}
        </Link>
      </p>
      {rows.length === 0 ? (
        <EmptyState
          headingLevel="h2"
          titleText={t('No Service holds an address from this pool')}
          data-test="pool-services-empty"
        />
      ) : (
        <Table variant="compact" aria-label={t('Assigned IPs')} data-test="pool-services">
          <Thead>
            <Tr>
              <Th>{t('IP')}</Th>
              <Th>{t('Service')}</Th>
              <Th>{t('Namespace')}</Th>
              <Th>{t('Announcing node')}</Th>
              <Th>{t('Protocol')}</Th>
            </Tr>
          </Thead>
          <Tbody>
            {rows.map((row) => (
              <Tr key={row.key} data-test={`pool-service-${row.ip}`}>
                <Td dataLabel={t('IP')}>{row.ip}</Td>
                <Td dataLabel={t('Service')}>
                  <ResourceLink
                    groupVersionKind={SERVICE_GVK}
                    name={row.name}
                    namespace={row.namespace}
                  />
                </Td>
                <Td dataLabel={t('Namespace')}>{row.namespace}</Td>
                <Td dataLabel={t('Announcing node')}>
                  {row.owner?.nodes.length ? row.owner.nodes.join(', ') : t('Unknown')}
                </Td>
                <Td dataLabel={t('Protocol')}>
                  {row.protocol ? protocol[row.protocol] : t('Unknown')}
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
    </div>
  );
};
