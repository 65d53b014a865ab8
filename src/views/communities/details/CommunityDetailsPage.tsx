import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import { Content, Title } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import { BGPAdvertisementModel, CommunityModel, gvkOf } from '../../../k8s/models';
import { useMetalLBNamespace } from '../../../k8s/hooks/useMetalLBNamespace';
import { useMetalLBList } from '../../../k8s/hooks/useMetalLBList';
import {
  advertisementsUsingCommunity,
  readCommunity,
  type BGPAdvertisement,
  type Community,
} from '../../../metallb';
import { MetalLBDetailsPage } from '../../../components/MetalLBDetailsPage';
import { DetailsList, MetadataItems } from '../../../components/DetailsList';
import { MissingMark } from '../../../components/AdvertisementCells';
import { CommunityActions } from '../actions/CommunityActions';
import '../../../components/metallb-pages.css';

const CommunityDetails: FC<{ obj: Community }> = ({ obj }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const { namespace: metallbNamespace } = useMetalLBNamespace();
  const advertisements = useMetalLBList<BGPAdvertisement>(BGPAdvertisementModel);
  const users = advertisementsUsingCommunity(obj, advertisements.items);
  const kindOf = (value: string) => {
    const reading = readCommunity(value);
    if (reading.kind === 'legacy') return t('Standard (two 16-bit numbers)');
    if (reading.kind === 'large') return t('Large (three 32-bit numbers)');
    return <MissingMark text={'error' in reading ? reading.error : ''} />;
  };
  return (
    <div className="metallb-plugin__details" data-test="community-details">
      <DetailsList>
        <MetadataItems obj={obj} />
      </DetailsList>
      <section className="metallb-plugin__section">
        <Title headingLevel="h2">{t('Aliases')}</Title>
        <Table aria-label={t('Aliases')} variant="compact" data-test="community-aliases">
          <Thead>
            <Tr>
              <Th>{t('Alias')}</Th>
              <Th>{t('Value')}</Th>
              <Th>{t('Kind')}</Th>
            </Tr>
          </Thead>
          <Tbody>
            {(obj.spec?.communities ?? []).map((alias) => (
              <Tr key={alias.name}>
                <Td dataLabel={t('Alias')}>{alias.name}</Td>
                <Td dataLabel={t('Value')}>
                  <code className="metallb-plugin__selector">{alias.value}</code>
                </Td>
                <Td dataLabel={t('Kind')}>{kindOf(alias.value ?? '')}</Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      </section>
      <section className="metallb-plugin__section" data-test="community-users">
        <Title headingLevel="h2">{t('BGP advertisements using these aliases')}</Title>
        {users.length === 0 ? (
          <Content component="p">{t('None')}</Content>
        ) : (
          <ul>
            {users.map((user) => (
              <li key={user.name}>
                <ResourceLink
                  groupVersionKind={gvkOf(BGPAdvertisementModel)}
                  name={user.name}
                  namespace={metallbNamespace}
                  inline
                />{' '}
                ({user.aliases.join(', ')})
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
};

const CommunityDetailsPage: FC<{ name?: string; namespace?: string }> = ({ name }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  return (
    <MetalLBDetailsPage<Community>
      model={CommunityModel}
      name={name ?? ''}
      listTitle={t('Communities')}
      Details={CommunityDetails}
      actions={(obj) => <CommunityActions obj={obj} />}
    />
  );
};

export default CommunityDetailsPage;
