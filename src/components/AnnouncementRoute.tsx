import type { FC, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import { ArrowRightIcon } from '@patternfly/react-icons';
import type { AssignmentRow } from '../metallb';
import {
  BGPPeerModel,
  gvkOf,
  IPAddressPoolModel,
  L2AdvertisementModel,
  NodeModel,
  ServiceModel,
} from '../k8s/models';
import { useAnnouncementText } from './useAnnouncementText';
import { SessionStateLabel } from './BGPSessions';
import { useMetalLBNamespace } from '../k8s/hooks/useMetalLBNamespace';
import './announcement-route.css';

const Box: FC<{ title: string; children: ReactNode; test: string }> = ({
  title,
  children,
  test,
}) => (
  <div className="metallb-plugin__route-box" data-test={`route-${test}`}>
    <div className="metallb-plugin__route-title">{title}</div>
    {children}
  </div>
);

const Arrow: FC = () => (
  <ArrowRightIcon className="metallb-plugin__route-arrow" aria-hidden="true" />
);

const NodeLink: FC<{ name: string }> = ({ name }) => (
  <ResourceLink groupVersionKind={gvkOf(NodeModel)} name={name} inline />
);

/**
 * The route of one IP, drawn: Service → pool → the advertisements that apply → the announcing node
 * and MetalLB's failover order (predicted), each box a link to its object.
 */
export const AnnouncementRoute: FC<{ row: AssignmentRow }> = ({ row }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const text = useAnnouncementText();
  const metallbNamespace = useMetalLBNamespace().namespace;
  const { election, owner } = row;
  const owners = owner?.nodes ?? [];
  return (
    <div data-test={`route-${row.key}`}>
      <div
        className="metallb-plugin__route"
        role="list"
        aria-label={t('Route of {{ip}}', { ip: row.ip })}
      >
        <div role="listitem">
          <Box title={t('Service')} test="service">
            <ResourceLink
              groupVersionKind={gvkOf(ServiceModel)}
              name={row.name}
              namespace={row.namespace}
            />
          </Box>
        </div>
        <Arrow />
        <div role="listitem">
          <Box title={t('Pool')} test="pool">
            {row.pool ? (
              <ResourceLink
                groupVersionKind={gvkOf(IPAddressPoolModel)}
                name={row.pool}
                namespace={metallbNamespace}
              />
            ) : (
              t('Unknown')
            )}
          </Box>
        </div>
        <Arrow />
        <div role="listitem">
          <Box title={t('Advertisements')} test="advertisements">
            {election === undefined
              ? t('Not readable')
              : election.advertisements.length === 0 && row.protocol !== 'bgp'
                ? t('None')
                : election.advertisements.map((ad) => (
                    <ResourceLink
                      key={ad.metadata?.name}
                      groupVersionKind={gvkOf(L2AdvertisementModel)}
                      name={ad.metadata?.name}
                      namespace={metallbNamespace}
                    />
                  ))}
            {row.protocol === 'bgp' && election?.advertisements.length === 0 ? (
              <span>{t('BGP')}</span>
            ) : null}
          </Box>
        </div>
        <Arrow />
        <div role="listitem">
          <Box
            title={row.bgpPaths ? t('Announcing nodes → BGP peers') : t('Announcing node')}
            test="owner"
          >
            {row.bgpPaths ? (
              row.bgpPaths.map((path) => (
                <div key={path.node} data-test={`bgp-path-${path.node}`}>
                  <NodeLink name={path.node} />
                  {path.sessions.length === 0 ? (
                    <div className="metallb-plugin__route-note">{t('to no peer')}</div>
                  ) : (
                    path.sessions.map((s) => (
                      <div
                        key={s.peerName}
                        className="metallb-plugin__route-peer"
                        data-test={`bgp-session-${path.node}-${s.peerName}`}
                        data-health={s.health}
                      >
                        <ArrowRightIcon aria-hidden="true" />{' '}
                        <ResourceLink
                          groupVersionKind={gvkOf(BGPPeerModel)}
                          name={s.peerName}
                          namespace={metallbNamespace}
                          inline
                        />{' '}
                        <SessionStateLabel session={s} />
                      </div>
                    ))
                  )}
                </div>
              ))
            ) : owners.length ? (
              owners.map((n) => <NodeLink key={n} name={n} />)
            ) : (
              <span>{t('Nobody')}</span>
            )}
            {owner ? (
              <div className="metallb-plugin__route-note">
                {t('from {{source}}', { source: text.source(owner.source) })}
              </div>
            ) : null}
          </Box>
        </div>
        {election && row.protocol !== 'bgp' ? (
          <>
            <Arrow />
            <div role="listitem">
              <Box title={t('Failover order (predicted)')} test="failover">
                {election.candidates.length ? (
                  <ol className="metallb-plugin__route-order">
                    {election.candidates.map((n) => (
                      <li key={n}>
                        <NodeLink name={n} />{' '}
                        {owners.includes(n)
                          ? t('(announcing)')
                          : n === row.nextNode
                            ? t('(next if it fails)')
                            : ''}
                      </li>
                    ))}
                  </ol>
                ) : (
                  t('No eligible node')
                )}
                {election.excluded.map((x) => (
                  <div key={x.node} className="metallb-plugin__route-note">
                    <NodeLink name={x.node} /> {text.exclusion(x.reason)}
                  </div>
                ))}
              </Box>
            </div>
          </>
        ) : null}
      </div>
      {election && row.protocol !== 'bgp' ? (
        <p className="metallb-plugin__route-note">
          {t(
            'The failover order is MetalLB’s election recomputed here: nodes sorted by sha256 of node name and IP. MetalLB’s memberlist is not in the API, so a ready speaker pod stands in for a live memberlist member.',
          )}
        </p>
      ) : null}
      {row.owner?.stale.length ? (
        <p className="metallb-plugin__route-note" data-test="stale-statuses">
          {t('Stale ServiceL2Status left by: {{nodes}}', {
            nodes: row.owner.stale.map((s) => s.node).join(', '),
          })}
        </p>
      ) : null}
    </div>
  );
};
