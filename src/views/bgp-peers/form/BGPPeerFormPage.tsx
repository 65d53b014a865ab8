import { useCallback, type FC } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FormGroup,
  FormSection,
  FormSelect,
  FormSelectOption,
  Radio,
  TextInput,
} from '@patternfly/react-core';
import { BFDProfileModel, BGPPeerModel } from '../../../k8s/models';
import { useMetalLBList } from '../../../k8s/hooks/useMetalLBList';
import { validateBGPPeer, type BFDProfile, type BGPPeer } from '../../../metallb';
import { FieldIssues } from '../../../components/validation/FieldIssues';
import { issuesAt } from '../../../components/validation/useIssueText';
import {
  makeKindFormPages,
  type KindFieldsProps,
} from '../../../components/kind-form/KindFormPages';
import { CheckField } from '../../../components/kind-form/SpecInputs';
import { NodesChoice } from '../../../components/kind-form/AdvertisementTargets';
import { SpecField } from './PeerFieldParts';
import '../../../components/metallb-pages.css';

type Props = KindFieldsProps<BGPPeer>;

/** Peer ASN: a number, or learned (dynamicASN): exclusive, so one radio group. */
const PeerASNChoice: FC<Props> = (props) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const { draft, setField, issues } = props;
  const spec = draft.spec ?? {};
  const mode = spec.dynamicASN ? spec.dynamicASN : 'fixed';
  const choose = (next: string) => {
    setField(['spec', 'dynamicASN'], next === 'fixed' ? undefined : next);
    if (next !== 'fixed') setField(['spec', 'peerASN'], undefined);
  };
  return (
    <>
      <FormGroup role="radiogroup" label={t('Peer ASN')} fieldId="peer-asn-fixed" isStack>
        <Radio
          id="peer-asn-fixed"
          name="peer-asn"
          label={t('A fixed ASN')}
          isChecked={mode === 'fixed'}
          onChange={() => choose('fixed')}
        />
        <Radio
          id="peer-asn-internal"
          name="peer-asn"
          label={t('Dynamic: the same ASN as mine (iBGP)')}
          isChecked={mode === 'internal'}
          onChange={() => choose('internal')}
        />
        <Radio
          id="peer-asn-external"
          name="peer-asn"
          label={t('Dynamic: any other ASN (eBGP)')}
          isChecked={mode === 'external'}
          onChange={() => choose('external')}
        />
        <FieldIssues issues={issuesAt(issues, 'spec.dynamicASN')} />
      </FormGroup>
      {mode === 'fixed' ? (
        <SpecField {...props} field="peerASN" label={t('Peer ASN number')} number isRequired />
      ) : null}
    </>
  );
};

/** Address or interface (unnumbered BGP): exclusive. */
const PeerEndpointChoice: FC<Props> = (props) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const { draft, setField } = props;
  const byInterface = draft.spec?.interface !== undefined && draft.spec?.peerAddress === undefined;
  return (
    <>
      <FormGroup role="radiogroup" label={t('Reach the peer by')} fieldId="peer-by-address" isStack>
        <Radio
          id="peer-by-address"
          name="peer-endpoint"
          label={t('Address')}
          isChecked={!byInterface}
          onChange={() => {
            setField(['spec', 'interface'], undefined);
            setField(['spec', 'peerAddress'], draft.spec?.peerAddress ?? '');
          }}
        />
        <Radio
          id="peer-by-interface"
          name="peer-endpoint"
          label={t('Interface (unnumbered BGP)')}
          isChecked={byInterface}
          onChange={() => {
            setField(['spec', 'peerAddress'], undefined);
            setField(['spec', 'interface'], draft.spec?.interface ?? '');
          }}
        />
      </FormGroup>
      {byInterface ? (
        <SpecField {...props} field="interface" label={t('Interface')} placeholder="eth1" />
      ) : (
        <SpecField
          {...props}
          field="peerAddress"
          label={t('Peer address')}
          placeholder="192.0.2.1"
          isRequired
          alsoPaths={['spec.interface']}
        />
      )}
    </>
  );
};

/** No password, a password in the object, or one from a Secret: exclusive. */
const PasswordChoice: FC<Props> = (props) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const { draft, setField, issues } = props;
  const spec = draft.spec ?? {};
  const mode =
    spec.passwordSecret !== undefined ? 'secret' : spec.password !== undefined ? 'plain' : 'none';
  const choose = (next: string) => {
    setField(['spec', 'password'], next === 'plain' ? (spec.password ?? '') : undefined);
    setField(
      ['spec', 'passwordSecret'],
      next === 'secret' ? (spec.passwordSecret ?? {}) : undefined,
    );
  };
  return (
    <>
      <FormGroup role="radiogroup" label={t('Password')} fieldId="peer-password-none" isStack>
        <Radio
          id="peer-password-none"
          name="peer-password"
          label={t('None')}
          isChecked={mode === 'none'}
          onChange={() => choose('none')}
        />
        <Radio
          id="peer-password-plain"
          name="peer-password"
          label={t('Written in the object')}
          isChecked={mode === 'plain'}
          onChange={() => choose('plain')}
        />
        <Radio
          id="peer-password-secret"
          name="peer-password"
          label={t('From a Secret (type kubernetes.io/basic-auth) in the MetalLB namespace')}
          isChecked={mode === 'secret'}
          onChange={() => choose('secret')}
        />
        <FieldIssues issues={issuesAt(issues, 'spec.password')} />
      </FormGroup>
      {mode === 'plain' ? (
        <SpecField {...props} field="password" label={t('Password text')} type="password" />
      ) : null}
      {mode === 'secret' ? (
        <FormGroup label={t('Secret name')} fieldId="peer-password-secret-name" isRequired>
          <TextInput
            id="peer-password-secret-name"
            value={spec.passwordSecret?.name ?? ''}
            onChange={(_e, v) => setField(['spec', 'passwordSecret'], { name: v })}
            data-test="peer-password-secret-name"
          />
          <FieldIssues
            issues={[]}
            hint={t('The Secret holds the password under the key "password".')}
          />
        </FormGroup>
      ) : null}
    </>
  );
};

const BGPPeerFields: FC<Props> = (props) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const { draft, setField, issues, creating } = props;
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
          <CheckField
            id="peer-dual-stack"
            label={t('Dual-stack address families')}
            description={t('Announce IPv4 and IPv6 routes over this one session.')}
            value={spec.dualStackAddressFamily}
            path={['spec', 'dualStackAddressFamily']}
            setField={setField}
          />
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
