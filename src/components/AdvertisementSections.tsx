// The parts of an advertisement's details page that L2 and BGP share: the pools it covers resolved
// from names and selectors, the nodes allowed to announce, the Services it announces now, warnings.
import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Content, List, ListItem, Title } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import { gvkOf, NodeModel, ServiceModel } from '../k8s/models';
import {
  advertisementsCoveringPool,
  previewAdvertisementPools,
  previewNodes,
  type Advertisement,
  type AdvertisementKind,
  type AdvertisedService,
  type IPAddressPool,
  type Node,
  type LabelSelector,
} from '../metallb';
import { MissingMark, PoolLink, SelectorText } from './AdvertisementCells';
import type { WatchedList } from '../k8s/hooks/useMetalLBList';
import { errorMessage } from '../k8s/errors';

export const CoveredPools: FC<{
  kind: AdvertisementKind;
  advertisement: Advertisement;
  pools: IPAddressPool[];
  /** Other advertisements of both kinds, to say which pools are announced twice. */
  others: { l2?: Advertisement[]; bgp?: Advertisement[] };
}> = ({ kind, advertisement, pools, others }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const preview = previewAdvertisementPools(advertisement.spec, pools);
  const self = advertisement.metadata?.name;
  const alsoBy = (pool: IPAddressPool) =>
    advertisementsCoveringPool(pool, others).filter((a) => !(a.kind === kind && a.name === self));
  return (
    <section className="metallb-plugin__section" data-test="covered-pools">
      <Title headingLevel="h2">{t('IP address pools')}</Title>
      {preview.coversAllPools ? (
        <Content component="p" data-test="covers-all-pools">
          {t(
            'This advertisement names no pool and selects none, so MetalLB applies it to every IP address pool, including pools created later.',
          )}
        </Content>
      ) : null}
      {preview.missingNames.map((name) => (
        <Alert
          key={name}
          isInline
          variant="warning"
          title={t('Pool {{name}} does not exist', { name })}
          className="metallb-plugin__section"
        >
          {t(
            'MetalLB accepts the name without a word and announces nothing for it. Create the pool {{name}} or correct the name in the advertisement.',
            { name },
          )}
        </Alert>
      ))}
      {(advertisement.spec?.ipAddressPoolSelectors ?? []).map((selector, i) =>
        preview.perSelector[i].length === 0 ? (
          <Alert
            key={i}
            isInline
            variant="warning"
            title={t('A pool selector matches no pool')}
            className="metallb-plugin__section"
          >
            <SelectorText selector={selector} />{' '}
            {t('Label the pools it should announce, or change the selector.')}
          </Alert>
        ) : null,
      )}
      {preview.pools.length === 0 ? (
        <Content component="p">{t('It covers no pool today.')}</Content>
      ) : (
        <Table aria-label={t('IP address pools')} variant="compact" data-test="covered-pools-table">
          <Thead>
            <Tr>
              <Th>{t('Pool')}</Th>
              <Th>{t('Covered because')}</Th>
              <Th>{t('Also announced by')}</Th>
            </Tr>
          </Thead>
          <Tbody>
            {preview.pools.map((match) => {
              const pool = pools.find((p) => p.metadata?.name === match.name) as IPAddressPool;
              const also = alsoBy(pool);
              return (
                <Tr key={match.name}>
                  <Td dataLabel={t('Pool')}>
                    <PoolLink name={match.name} />
                  </Td>
                  <Td dataLabel={t('Covered because')}>
                    {match.all
                      ? t('It covers all pools')
                      : [
                          ...(match.named ? [t('Named')] : []),
                          ...match.selectors.map((i) =>
                            t('Selector {{number}}', { number: i + 1 }),
                          ),
                        ].join(', ')}
                  </Td>
                  <Td dataLabel={t('Also announced by')}>
                    {also.length === 0 ? '-' : also.map((a) => `${a.kind} ${a.name}`).join(', ')}
                  </Td>
                </Tr>
              );
            })}
          </Tbody>
        </Table>
      )}
    </section>
  );
};

export const AllowedNodes: FC<{
  selectors?: LabelSelector[];
  nodes: WatchedList<Node>;
  /** What "all nodes" means for this kind, in words. */
  allNodesText: string;
}> = ({ selectors, nodes, allNodesText }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const preview = previewNodes(selectors, nodes.items);
  const exclusion = (reason?: string) =>
    reason === 'exclude-from-external-load-balancers'
      ? t('labelled node.kubernetes.io/exclude-from-external-load-balancers: MetalLB skips it')
      : reason === 'network-unavailable'
        ? t('NetworkUnavailable: MetalLB skips it')
        : undefined;
  return (
    <section className="metallb-plugin__section" data-test="allowed-nodes">
      <Title headingLevel="h2">{t('Nodes')}</Title>
      <Content component="p">
        {preview.allNodes ? allNodesText : t('Nodes that match any of these selectors:')}
      </Content>
      {!preview.allNodes ? (
        <List>
          {(selectors ?? []).map((selector, i) => (
            <ListItem key={i}>
              <SelectorText selector={selector} />{' '}
              {nodes.loaded && preview.perSelector[i].length === 0 ? (
                <MissingMark text={t('(matches no node)')} />
              ) : null}
            </ListItem>
          ))}
        </List>
      ) : null}
      {nodes.error ? (
        <Content component="p" className="metallb-plugin__muted">
          {t('The nodes cannot be listed with your permissions: {{error}}', {
            error: errorMessage(nodes.error),
          })}
        </Content>
      ) : nodes.loaded ? (
        <List data-test="allowed-nodes-list">
          {preview.nodes.length === 0 ? <ListItem>{t('No node matches.')}</ListItem> : null}
          {preview.nodes.map((node) => (
            <ListItem key={node.name}>
              <ResourceLink groupVersionKind={gvkOf(NodeModel)} name={node.name} inline />
              {node.excluded ? (
                <>
                  {' '}
                  <MissingMark text={exclusion(node.excluded) ?? ''} />
                </>
              ) : null}
            </ListItem>
          ))}
        </List>
      ) : null}
    </section>
  );
};

export const AnnouncedServices: FC<{
  services: AdvertisedService[];
  loaded: boolean;
  error: unknown;
  /** Why the node column may be empty, in this kind's terms. */
  nodeHelp: string;
}> = ({ services, loaded, error, nodeHelp }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  return (
    <section className="metallb-plugin__section" data-test="announced-services">
      <Title headingLevel="h2">{t('Services announced now')}</Title>
      {error ? (
        <Content component="p" className="metallb-plugin__muted">
          {t('Services cannot be listed with your permissions: {{error}}', {
            error: errorMessage(error),
          })}
        </Content>
      ) : !loaded ? null : services.length === 0 ? (
        <Content component="p">{t('No LoadBalancer Service has an address it announces.')}</Content>
      ) : (
        <>
          <Content component="p" className="metallb-plugin__muted">
            {nodeHelp}
          </Content>
          <Table aria-label={t('Services announced now')} variant="compact">
            <Thead>
              <Tr>
                <Th>{t('Service')}</Th>
                <Th>{t('IP addresses')}</Th>
                <Th>{t('Pool')}</Th>
                <Th>{t('Announced from')}</Th>
              </Tr>
            </Thead>
            <Tbody>
              {services.map((s) => (
                <Tr
                  key={`${s.namespace}/${s.name}`}
                  data-test={`announced-${s.namespace}-${s.name}`}
                >
                  <Td dataLabel={t('Service')}>
                    <ResourceLink
                      groupVersionKind={gvkOf(ServiceModel)}
                      name={s.name}
                      namespace={s.namespace}
                      inline
                    />
                  </Td>
                  <Td dataLabel={t('IP addresses')}>{s.ips.join(', ')}</Td>
                  <Td dataLabel={t('Pool')}>
                    <PoolLink name={s.pool} />
                  </Td>
                  <Td dataLabel={t('Announced from')} data-test="announcing-node">
                    {s.nodes.length === 0
                      ? t('Not reported')
                      : s.nodes.map((node) => (
                          <ResourceLink
                            key={node}
                            groupVersionKind={gvkOf(NodeModel)}
                            name={node}
                            inline
                          />
                        ))}
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        </>
      )}
    </section>
  );
};
