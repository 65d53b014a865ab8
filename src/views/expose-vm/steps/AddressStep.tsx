import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Form,
  FormGroup,
  FormHelperText,
  FormSelect,
  FormSelectOption,
  HelperText,
  HelperTextItem,
  List,
  ListItem,
  Radio,
  TextInput,
} from '@patternfly/react-core';
import { formatAddressCount } from '../../../metallb';
import type { AddressChoice, FixedIPCheck, PoolOption, SharingCheck } from '../../../kubevirt';
import { fixedIPIssueText, sharingIssueText } from '../messages';

const errorText = (lines: string[]) =>
  lines.length > 0 ? (
    <FormHelperText>
      <HelperText>
        {lines.map((line) => (
          <HelperTextItem key={line} variant="error" data-test="expose-address-error">
            {line}
          </HelperTextItem>
        ))}
      </HelperText>
    </FormHelperText>
  ) : null;

export const AddressStep: FC<{
  address: AddressChoice;
  onAddress: (address: AddressChoice) => void;
  /** undefined: the user cannot list pools. */
  pools?: PoolOption[];
  fixedIP?: FixedIPCheck;
  sharingKey: string;
  onSharingKey: (key: string) => void;
  sharing: SharingCheck;
  servicesAllNamespaces: boolean;
}> = ({
  address,
  onAddress,
  pools,
  fixedIP,
  sharingKey,
  onSharingKey,
  sharing,
  servicesAllNamespaces,
}) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const free = (p: PoolOption) =>
    p.source === 'unknown'
      ? t('free addresses unknown')
      : t('{{free}} free', { free: formatAddressCount((p.freeIPv4 ?? 0n) + (p.freeIPv6 ?? 0n)) });
  const poolName =
    address.mode === 'pool' ? address.pool : address.mode === 'ip' ? (address.pool ?? '') : '';
  // The select when pools can be listed, else a typed name; both set the same choice.
  const pool = {
    id: 'expose-pool',
    value: poolName,
    onChange: (_e: unknown, name: string) => onAddress({ mode: 'pool', pool: name }),
    'aria-label': t('Address pool'),
  };
  const poolField = pools ? (
    <FormSelect {...pool} data-test="expose-pool-select">
      <FormSelectOption value="" label={t('Select a pool')} isPlaceholder />
      {pools.map((p) => (
        <FormSelectOption
          key={p.name}
          value={p.name}
          label={`${p.name} (${p.addresses.join(', ')}): ${free(p)}${p.autoAssign ? '' : ` · ${t('auto-assign off')}`}`}
        />
      ))}
    </FormSelect>
  ) : (
    <TextInput
      {...pool}
      placeholder={t('Pool name, as your cluster administrator gave it')}
      data-test="expose-pool-input"
    />
  );
  const ipErrors = fixedIP ? fixedIP.issues.map((i) => fixedIPIssueText(t, i)) : [];
  return (
    <Form onSubmit={(e) => e.preventDefault()}>
      {!pools ? (
        <Alert
          isInline
          variant="info"
          title={t('Address pools are not visible to you')}
          data-test="expose-pools-unreadable"
        >
          {t(
            'Your user cannot list IP address pools in the MetalLB namespace. Let MetalLB choose, or type the name of a pool your administrator gave you: the wizard could not check that the pool exists or has free addresses.',
          )}
        </Alert>
      ) : pools.length === 0 ? (
        <Alert isInline variant="warning" title={t('No address pools')}>
          {t(
            'MetalLB has no IP address pool, so the Service will stay without an IP until an administrator creates one.',
          )}
        </Alert>
      ) : null}
      <FormGroup role="radiogroup" fieldId="expose-address" label={t('External IP')} isStack>
        <Radio
          id="expose-address-auto"
          name="expose-address"
          label={t('Let MetalLB choose')}
          description={t('The lowest free address of the first pool that serves this namespace.')}
          isChecked={address.mode === 'auto'}
          onChange={() => onAddress({ mode: 'auto' })}
          data-test="expose-address-auto"
        />
        <Radio
          id="expose-address-pool"
          name="expose-address"
          label={t('From a pool')}
          isChecked={address.mode === 'pool'}
          onChange={() => onAddress({ mode: 'pool', pool: poolName })}
          data-test="expose-address-pool"
          body={address.mode === 'pool' ? poolField : undefined}
        />
        <Radio
          id="expose-address-ip"
          name="expose-address"
          label={t('A fixed IP')}
          isChecked={address.mode === 'ip'}
          onChange={() => onAddress({ mode: 'ip', ips: '' })}
          data-test="expose-address-ip"
          body={
            address.mode === 'ip' ? (
              <>
                <TextInput
                  id="expose-ip"
                  value={address.ips}
                  onChange={(_e, ips) => onAddress({ ...address, ips })}
                  aria-label={t('Fixed IP')}
                  placeholder="192.168.123.210"
                  validated={ipErrors.length > 0 ? 'error' : 'default'}
                  data-test="expose-ip-input"
                />
                {errorText(ipErrors)}
                {fixedIP && ipErrors.length === 0
                  ? [...fixedIP.pools.entries()].map(([ip, pool]) => (
                      <HelperText key={ip}>
                        <HelperTextItem variant="success" data-test="expose-ip-ok">
                          {t('{{ip}} is free in pool {{pool}}.', { ip, pool })}
                        </HelperTextItem>
                      </HelperText>
                    ))
                  : null}
                {fixedIP?.unchecked.map((what) => (
                  <HelperText key={what}>
                    <HelperTextItem variant="warning">
                      {what === 'pools'
                        ? t(
                            'Could not check that a pool contains this IP: your user cannot list pools.',
                          )
                        : t(
                            'Could not check Services in other namespaces: your user sees only this namespace.',
                          )}
                    </HelperTextItem>
                  </HelperText>
                ))}
              </>
            ) : undefined
          }
        />
      </FormGroup>
      <FormGroup label={t('Sharing key')} fieldId="expose-sharing-key">
        <TextInput
          id="expose-sharing-key"
          value={sharingKey}
          onChange={(_e, key) => onSharingKey(key)}
          data-test="expose-sharing-key"
        />
        <FormHelperText>
          <HelperText>
            <HelperTextItem>
              {t(
                'Services with the same key may share one IP when their ports differ. Leave empty for an IP of its own.',
              )}
            </HelperTextItem>
          </HelperText>
        </FormHelperText>
        {errorText(sharing.issues.map((i) => sharingIssueText(t, i)))}
        {sharing.sharers.length > 0 ? (
          <div data-test="expose-sharers">
            {t('Already using this key:')}
            <List isPlain>
              {sharing.sharers.map((s) => (
                <ListItem key={s}>{s}</ListItem>
              ))}
            </List>
          </div>
        ) : null}
        {sharingKey.trim() && !servicesAllNamespaces ? (
          <HelperText>
            <HelperTextItem variant="warning">
              {t(
                'Could not check Services in other namespaces: your user sees only this namespace.',
              )}
            </HelperTextItem>
          </HelperText>
        ) : null}
      </FormGroup>
    </Form>
  );
};
