// The BGP peer form's exclusive choices, each a radio group: peer ASN fixed or dynamic, address or
// interface, and where the password comes from.
import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import { FormGroup, Radio, TextInput } from '@patternfly/react-core';
import type { BGPPeer, NativeLimit } from '../../../metallb';
import { FieldIssues } from '../../../components/validation/FieldIssues';
import { issuesAt } from '../../../components/validation/useIssueText';
import type { KindFieldsProps } from '../../../components/kind-form/KindFormPages';
import { NativeBGPLimit } from '../../../components/kind-form/NativeBGPLimit';
import { SpecField } from './PeerFieldParts';

export type PeerProps = KindFieldsProps<BGPPeer> & { limits: NativeLimit[] };
type Props = PeerProps;

/** Peer ASN: a number, or learned (dynamicASN): exclusive, so one radio group. */
export const PeerASNChoice: FC<Props> = (props) => {
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
        <NativeBGPLimit limits={props.limits} path="spec.dynamicASN" />
      </FormGroup>
      {mode === 'fixed' ? (
        <SpecField {...props} field="peerASN" label={t('Peer ASN number')} number isRequired />
      ) : null}
    </>
  );
};

/** Address or interface (unnumbered BGP): exclusive. */
export const PeerEndpointChoice: FC<Props> = (props) => {
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
export const PasswordChoice: FC<Props> = (props) => {
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
