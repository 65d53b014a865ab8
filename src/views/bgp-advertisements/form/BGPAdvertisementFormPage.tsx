import { useCallback, type FC } from 'react';
import { useTranslation } from 'react-i18next';
import { FormSection } from '@patternfly/react-core';
import {
  BGPAdvertisementModel,
  BGPPeerModel,
  CommunityModel,
  IPAddressPoolModel,
} from '../../../k8s/models';
import { useMetalLBList, useNodes } from '../../../k8s/hooks/useMetalLBList';
import {
  aggregationFloors,
  nativeAdvertisementLimits,
  validateBGPAdvertisement,
  type BGPAdvertisement,
  type BGPPeer,
  type Community,
  type IPAddressPool,
} from '../../../metallb';
import {
  makeKindFormPages,
  type KindFieldsProps,
} from '../../../components/kind-form/KindFormPages';
import { NumberField } from '../../../components/kind-form/SpecInputs';
import { NamePickerField } from '../../../components/kind-form/NamePickerField';
import {
  NodesChoice,
  PoolsChoice,
  ServiceSelectorsField,
} from '../../../components/kind-form/AdvertisementTargets';
import { NativeBGPLimit, useNativeBGPLimits } from '../../../components/kind-form/NativeBGPLimit';
import '../../../components/metallb-pages.css';

const BGPAdvertisementFields: FC<KindFieldsProps<BGPAdvertisement>> = ({
  draft,
  setField,
  issues,
}) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const pools = useMetalLBList<IPAddressPool>(IPAddressPoolModel);
  const peers = useMetalLBList<BGPPeer>(BGPPeerModel);
  const communities = useMetalLBList<Community>(CommunityModel);
  const spec = draft.spec ?? {};
  const floors = aggregationFloors(draft, pools.items);
  const limits = useNativeBGPLimits(() => nativeAdvertisementLimits(draft, pools.items));
  const floorHint = (floor: typeof floors.ipv4, fallback: string) =>
    floor.minimum === undefined
      ? fallback
      : t('At least /{{minimum}}: pool {{pool}} has {{entry}}.', { ...floor });
  const aliases = communities.items.flatMap((c) =>
    (c.spec?.communities ?? []).map((a) => a.name ?? ''),
  );
  return (
    <>
      <PoolsChoice spec={spec} pools={pools.items} issues={issues} setField={setField} />
      <NativeBGPLimit limits={limits} path="spec.ipAddressPools" />
      <FormSection title={t('Peers')} titleElement="h2">
        <NamePickerField
          id="peer-names"
          label={t('Announce to')}
          known={peers.items.map((p) => p.metadata?.name ?? '')}
          chosen={spec.peers}
          path="spec.peers"
          issues={issues}
          onChange={(list) => setField(['spec', 'peers'], list)}
          noneKnown={t('No BGP peer exists yet; with none picked, every peer gets the routes.')}
          missingText={(name) =>
            t('No BGP peer is named {{name}}: nothing is announced through it until one is.', {
              name,
            })
          }
        />
        <div className="metallb-plugin__muted">
          {spec.peers?.length ? null : t('None picked: every BGP peer gets the routes.')}
        </div>
      </FormSection>
      <FormSection title={t('Routes')} titleElement="h2">
        <NumberField
          id="aggregation-v4"
          label={t('Aggregation length (IPv4)')}
          value={spec.aggregationLength}
          path={['spec', 'aggregationLength']}
          issues={issues}
          placeholder="32"
          hint={floorHint(floors.ipv4, t('Unset: 32, one route per address.'))}
          setField={setField}
        />
        <NumberField
          id="aggregation-v6"
          label={t('Aggregation length (IPv6)')}
          value={spec.aggregationLengthV6}
          path={['spec', 'aggregationLengthV6']}
          issues={issues}
          placeholder="128"
          hint={floorHint(floors.ipv6, t('Unset: 128, one route per address.'))}
          setField={setField}
        />
        <NumberField
          id="local-pref"
          label={t('Local preference')}
          value={spec.localPref}
          path={['spec', 'localPref']}
          issues={issues}
          hint={t('Sent to iBGP peers only.')}
          setField={setField}
        />
        <NamePickerField
          id="communities"
          label={t('Communities')}
          known={aliases}
          chosen={spec.communities}
          path="spec.communities"
          issues={issues}
          onChange={(list) => setField(['spec', 'communities'], list)}
          noneKnown={t('No Community aliases exist; type values such as 65000:100 or large:1:2:3.')}
          missingText={(value) => t('{{value}} is written as a value, not an alias', { value })}
        />
        <NativeBGPLimit limits={limits} path="spec.communities" />
      </FormSection>
      <NodesChoice
        spec={spec}
        issues={issues}
        setField={setField}
        allNodesText={t('None: every node with a speaker announces to its peers.')}
      />
      <FormSection title={t('Services')} titleElement="h2">
        <ServiceSelectorsField spec={spec} issues={issues} setField={setField} />
      </FormSection>
    </>
  );
};

const useValidate = () => {
  const pools = useMetalLBList<IPAddressPool>(IPAddressPoolModel);
  const communities = useMetalLBList<Community>(CommunityModel);
  const others = useMetalLBList<BGPAdvertisement>(BGPAdvertisementModel);
  const nodes = useNodes();
  return useCallback(
    (draft: BGPAdvertisement) =>
      validateBGPAdvertisement(draft, {
        pools: pools.items,
        communities: communities.items,
        otherAdvertisements: others.items,
        nodes: nodes.error ? undefined : nodes.items,
      }),
    [pools.items, communities.items, others.items, nodes.items, nodes.error],
  );
};

const useKindLabel = () => useTranslation('plugin__metallb-console-plugin').t('BGP advertisement');

const { CreatePage, EditPage } = makeKindFormPages<BGPAdvertisement>({
  model: BGPAdvertisementModel,
  useKindLabel,
  newSpec: () => ({ ipAddressPools: [] }),
  useValidate,
  Fields: BGPAdvertisementFields,
});

export const BGPAdvertisementCreatePage = CreatePage;
export const BGPAdvertisementEditPage = EditPage;
export default CreatePage;
