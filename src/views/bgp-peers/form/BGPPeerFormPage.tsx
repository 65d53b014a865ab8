import { useCallback, type FC } from 'react';
import { useTranslation } from 'react-i18next';
import { FormGroup, FormSection, FormSelect, FormSelectOption } from '@patternfly/react-core';
import { BFDProfileModel, BGPPeerModel } from '../../../k8s/models';
import { useMetalLBList } from '../../../k8s/hooks/useMetalLBList';
import { nativePeerLimits, validateBGPPeer, type BFDProfile, type BGPPeer } from '../../../metallb';
import { FieldIssues } from '../../../components/validation/FieldIssues';
import { issuesAt } from '../../../components/validation/useIssueText';
import {
  makeKindFormPages,
  type KindFieldsProps,
} from '../../../components/kind-form/KindFormPages';
import { CheckField } from '../../../components/kind-form/SpecInputs';
import { NativeBGPLimit, useNativeBGPLimits } from '../../../components/kind-form/NativeBGPLimit';
import { NodesChoice } from '../../../components/kind-form/AdvertisementTargets';
import { SpecField } from './PeerFieldParts';
import { PasswordChoice, PeerASNChoice, PeerEndpointChoice } from './PeerChoices';
import '../../../components/metallb-pages.css';

const BGPPeerFields: FC<KindFieldsProps<BGPPeer>> = (fieldProps) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const { draft, setField, issues, creating } = fieldProps;
  const limits = useNativeBGPLimits(() => nativePeerLimits(draft));
  const props = { ...fieldProps, limits };
  const profiles = useMetalLBList<BFDProfile>(BFDProfileModel);
  const spec = draft.spec ?? {};
  const profileNames = profiles.items.map((p) => p.metadata?.name ?? '');
  const bfdIssues = issuesAt(issues, 'spec.bfdProfile');
  return (
    <>
      <FormSection title={t('Session')} titleElement="h2">
        <SpecField
          {...props}
          field="myASN"
          label={t('My ASN')}
          number
          isRequired
          hint={t('The ASN the speakers use.')}
        />
        <PeerASNChoice {...props} />
        <PeerEndpointChoice {...props} />
        <SpecField {...props} field="peerPort" label={t('Port')} number placeholder="179" />
        <SpecField {...props} field="vrf" label={t('VRF')} hint={t('Empty: the default VRF.')} />
        <SpecField {...props} field="sourceAddress" label={t('Source address')} />
      </FormSection>
      <FormSection title={t('Timers')} titleElement="h2">
        <SpecField
          {...props}
          field="holdTime"
          label={t('Hold time')}
          placeholder="90s"
          hint={t('0, or at least 3s. Written as Go durations: 90s, 1m30s.')}
        />
        <SpecField
          {...props}
          field="keepaliveTime"
          label={t('Keepalive time')}
          placeholder="30s"
          hint={t('Lower than the hold time.')}
        />
        <SpecField
          {...props}
          field="connectTime"
          label={t('Connect time')}
          placeholder="10s"
          hint={t('Whole seconds, 1s to 65535s.')}
        />
      </FormSection>
      <FormSection title={t('Security')} titleElement="h2">
        <PasswordChoice {...props} />
      </FormSection>
      <FormSection title={t('BFD')} titleElement="h2">
        <FormGroup label={t('BFD profile')} fieldId="peer-bfd">
          <FormSelect
            id="peer-bfd"
            value={spec.bfdProfile ?? ''}
            onChange={(_e, v) => setField(['spec', 'bfdProfile'], v === '' ? undefined : v)}
            data-test="peer-bfd"
          >
            <FormSelectOption value="" label={t('None')} />
            {[
              ...profileNames,
              ...(spec.bfdProfile && !profileNames.includes(spec.bfdProfile)
                ? [spec.bfdProfile]
                : []),
            ].map((name) => (
              <FormSelectOption key={name} value={name} label={name} />
            ))}
          </FormSelect>
          <FieldIssues
            issues={bfdIssues}
            hint={t('Detects a dead session in milliseconds instead of waiting for the hold time.')}
          />
          <NativeBGPLimit limits={limits} path="spec.bfdProfile" />
        </FormGroup>
      </FormSection>
      <NodesChoice
        spec={spec}
        issues={issues}
        setField={setField}
        allNodesText={t('None: the speaker on every node opens a session with this peer.')}
      />
      <FormSection title={t('Advanced')} titleElement="h2">
        <FormGroup fieldId="peer-multihop" role="group" label={t('Options')}>
          <CheckField
            id="peer-multihop"
            label={t('eBGP multihop')}
            description={t('The peer is more than one hop away.')}
            value={spec.ebgpMultiHop}
            path={['spec', 'ebgpMultiHop']}
            setField={setField}
          />
          <FieldIssues issues={issuesAt(issues, 'spec.ebgpMultiHop')} />
          <CheckField
            id="peer-graceful-restart"
            label={t('Graceful restart')}
            description={
              creating
                ? t('Cannot be changed after creation.')
                : t(
                    'Cannot be changed after creation (the API server refuses it); delete and recreate the peer to change it.',
                  )
            }
            value={spec.enableGracefulRestart}
            path={['spec', 'enableGracefulRestart']}
            isDisabled={!creating}
            setField={setField}
          />
          <NativeBGPLimit limits={limits} path="spec.enableGracefulRestart" />
          <CheckField
            id="peer-dual-stack"
            label={t('Dual-stack address families')}
            description={t('Announce IPv4 and IPv6 routes over this one session.')}
            value={spec.dualStackAddressFamily}
            path={['spec', 'dualStackAddressFamily']}
            setField={setField}
          />
          <NativeBGPLimit limits={limits} path="spec.dualStackAddressFamily" />
        </FormGroup>
        <SpecField {...props} field="routerID" label={t('Router ID')} />
      </FormSection>
    </>
  );
};

const useValidate = () => {
  const profiles = useMetalLBList<BFDProfile>(BFDProfileModel);
  return useCallback(
    (draft: BGPPeer) =>
      validateBGPPeer(draft, { bfdProfiles: profiles.loaded ? profiles.items : undefined }),
    [profiles.items, profiles.loaded],
  );
};

const useKindLabel = () => useTranslation('plugin__metallb-console-plugin').t('BGP peer');

const { CreatePage, EditPage } = makeKindFormPages<BGPPeer>({
  model: BGPPeerModel,
  useKindLabel,
  newSpec: () => ({ peerAddress: '' }),
  useValidate,
  Fields: BGPPeerFields,
});

export const BGPPeerCreatePage = CreatePage;
export const BGPPeerEditPage = EditPage;
export default CreatePage;
