import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import { Content, Title } from '@patternfly/react-core';
import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import { BFDProfileModel, BGPPeerModel, gvkOf } from '../../../k8s/models';
import { useMetalLBNamespace } from '../../../k8s/hooks/useMetalLBNamespace';
import { useMetalLBList } from '../../../k8s/hooks/useMetalLBList';
import { peersUsingBFDProfile, type BFDProfile, type BGPPeer } from '../../../metallb';
import { MetalLBDetailsPage } from '../../../components/MetalLBDetailsPage';
import { DetailsItem, DetailsList, MetadataItems } from '../../../components/DetailsList';
import { useBFDFields } from '../bfd-fields';
import { BFDProfileActions } from '../actions/BFDProfileActions';
import '../../../components/metallb-pages.css';

const BFDProfileDetails: FC<{ obj: BFDProfile }> = ({ obj }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const { namespace: metallbNamespace } = useMetalLBNamespace();
  const peers = useMetalLBList<BGPPeer>(BGPPeerModel);
  const fields = useBFDFields();
  const users = peersUsingBFDProfile(obj, peers.items);
  return (
    <div className="metallb-plugin__details" data-test="bfd-profile-details">
      <DetailsList>
        <MetadataItems obj={obj} />
        {fields.map((field) => (
          <DetailsItem key={field.label} term={field.label}>
            {field.value(obj)}
            {field.defaulted(obj) ? (
              <span className="metallb-plugin__muted"> {t('(default)')}</span>
            ) : null}
          </DetailsItem>
        ))}
      </DetailsList>
      <section className="metallb-plugin__section" data-test="bfd-peers">
        <Title headingLevel="h2">{t('BGP peers using this profile')}</Title>
        {users.length === 0 ? (
          <Content component="p">{t('No BGP peer uses this profile; it can be deleted.')}</Content>
        ) : (
          <>
            <Content component="p">
              {t('MetalLB refuses to delete this profile while these peers use it:')}
            </Content>
            <ul>
              {users.map((peer) => (
                <li key={peer.name}>
                  <ResourceLink
                    groupVersionKind={gvkOf(BGPPeerModel)}
                    name={peer.name}
                    namespace={metallbNamespace}
                    inline
                  />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
};

const BFDProfileDetailsPage: FC<{ name?: string; namespace?: string }> = ({ name }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  return (
    <MetalLBDetailsPage<BFDProfile>
      model={BFDProfileModel}
      name={name ?? ''}
      listTitle={t('BFD profiles')}
      Details={BFDProfileDetails}
      actions={(obj) => <BFDProfileActions obj={obj} />}
    />
  );
};

export default BFDProfileDetailsPage;
