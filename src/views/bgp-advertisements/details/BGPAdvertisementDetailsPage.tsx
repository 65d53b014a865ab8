import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@patternfly/react-core';
import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import {
  BGPAdvertisementModel,
  BGPPeerModel,
  CommunityModel,
  gvkOf,
  IPAddressPoolModel,
} from '../../../k8s/models';
import { useMetalLBNamespace } from '../../../k8s/hooks/useMetalLBNamespace';
import { useMetalLBList } from '../../../k8s/hooks/useMetalLBList';
import {
  aggregationFloors,
  readCommunity,
  type BGPAdvertisement,
  type BGPPeer,
  type Community,
  type IPAddressPool,
} from '../../../metallb';
import { MetalLBDetailsPage } from '../../../components/MetalLBDetailsPage';
import { DetailsItem, DetailsList, MetadataItems } from '../../../components/DetailsList';
import { MissingMark } from '../../../components/AdvertisementCells';
import {
  AdvertisementReach,
  ServiceSelectorsItem,
} from '../../../components/kind-form/AdvertisementReach';
import { BGPAdvertisementActions } from '../actions/BGPAdvertisementActions';
import '../../../components/metallb-pages.css';

/** A community as written, with the value an alias stands for, or a mark when it resolves to nothing. */
const CommunityValue: FC<{ value: string; communities: Community[] }> = ({
  value,
  communities,
}) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const alias = communities
    .flatMap((c) => (c.spec?.communities ?? []).map((a) => ({ ...a, object: c.metadata?.name })))
    .find((a) => a.name === value);
  if (alias)
    return (
      <div>
        {value} = <code>{alias.value}</code>{' '}
        <span className="metallb-plugin__muted">
          ({t('alias from Community {{name}}', { name: alias.object })})
        </span>
      </div>
    );
  const reading = readCommunity(value);
  if (reading.kind === 'legacy' || reading.kind === 'large') return <div>{value}</div>;
  return (
    <div>
      <MissingMark
        text={t('{{value}}: neither a valid value nor an alias of a Community object', { value })}
      />
    </div>
  );
};

const BGPAdvertisementDetails: FC<{ obj: BGPAdvertisement }> = ({ obj }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const { namespace: metallbNamespace } = useMetalLBNamespace();
  const pools = useMetalLBList<IPAddressPool>(IPAddressPoolModel);
  const peers = useMetalLBList<BGPPeer>(BGPPeerModel);
  const communities = useMetalLBList<Community>(CommunityModel);
  const floors = aggregationFloors(obj, pools.items);
  const knownPeers = new Set(peers.items.map((p) => p.metadata?.name));
  const spec = obj.spec ?? {};
  return (
    <div className="metallb-plugin__details" data-test="bgp-advertisement-details">
      <DetailsList>
        <MetadataItems obj={obj} />
        <DetailsItem term={t('Peers')}>
          {spec.peers?.length
            ? spec.peers.map((peer) =>
                peers.loaded && !knownPeers.has(peer) ? (
                  <MissingMark key={peer} text={t('{{name}} (does not exist)', { name: peer })} />
                ) : (
                  <div key={peer}>
                    <ResourceLink
                      groupVersionKind={gvkOf(BGPPeerModel)}
                      name={peer}
                      namespace={metallbNamespace}
                      inline
                    />
                  </div>
                ),
              )
            : t('All BGP peers')}
        </DetailsItem>
        <DetailsItem term={t('Aggregation length (IPv4)')}>
          {`/${spec.aggregationLength ?? 32}`}
          {floors.ipv4.minimum !== undefined ? (
            <div className="metallb-plugin__muted">
              {t('At least /{{minimum}} for {{entry}} in pool {{pool}}', { ...floors.ipv4 })}
            </div>
          ) : null}
        </DetailsItem>
        <DetailsItem term={t('Aggregation length (IPv6)')}>
          {`/${spec.aggregationLengthV6 ?? 128}`}
          {floors.ipv6.minimum !== undefined ? (
            <div className="metallb-plugin__muted">
              {t('At least /{{minimum}} for {{entry}} in pool {{pool}}', { ...floors.ipv6 })}
            </div>
          ) : null}
        </DetailsItem>
        <DetailsItem term={t('Local preference')}>
          {spec.localPref === undefined ? undefined : String(spec.localPref)}
        </DetailsItem>
        <DetailsItem term={t('Communities')}>
          {spec.communities?.length
            ? spec.communities.map((c) => (
                <CommunityValue key={c} value={c} communities={communities.items} />
              ))
            : undefined}
        </DetailsItem>
        <ServiceSelectorsItem obj={obj} />
      </DetailsList>
      {peers.loaded && peers.items.length === 0 ? (
        <Alert
          isInline
          variant="warning"
          title={t('No BGP peer exists')}
          className="metallb-plugin__section"
        >
          {t('MetalLB announces these pools to no one until a BGPPeer is created.')}
        </Alert>
      ) : null}
      <AdvertisementReach
        obj={obj}
        protocol="bgp"
        pools={pools}
        allNodesText={t('No node selectors: every node with a speaker announces to its peers.')}
        nodeHelp={t(
          'In BGP mode every matching node announces; the nodes are those MetalLB reports in ServiceBGPStatus.',
        )}
      />
    </div>
  );
};

const BGPAdvertisementDetailsPage: FC<{ name?: string; namespace?: string }> = ({ name }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  return (
    <MetalLBDetailsPage<BGPAdvertisement>
      model={BGPAdvertisementModel}
      name={name ?? ''}
      listTitle={t('BGP advertisements')}
      Details={BGPAdvertisementDetails}
      actions={(obj) => <BGPAdvertisementActions obj={obj} />}
    />
  );
};

export default BGPAdvertisementDetailsPage;
