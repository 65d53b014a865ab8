import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import { Form, FormGroup, Radio } from '@patternfly/react-core';
import type { TrafficPolicy } from '../../../kubevirt';

export const TrafficStep: FC<{ policy: TrafficPolicy; onPolicy: (p: TrafficPolicy) => void }> = ({
  policy,
  onPolicy,
}) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  return (
    <Form onSubmit={(e) => e.preventDefault()}>
      <FormGroup
        role="radiogroup"
        fieldId="expose-policy"
        label={t('External traffic policy')}
        isStack
      >
        <Radio
          id="expose-policy-cluster"
          name="expose-policy"
          label={t('Cluster')}
          description={
            <>
              {t('The guest sees the announcing node’s address instead of the client’s IP.')}{' '}
              {t('Any node may announce the IP; traffic may take one more hop to the VM’s node.')}
            </>
          }
          isChecked={policy === 'Cluster'}
          onChange={() => onPolicy('Cluster')}
          data-test="expose-policy-cluster"
        />
        <Radio
          id="expose-policy-local"
          name="expose-policy"
          label={t('Local')}
          description={
            <>
              {t('The guest sees the client’s real IP.')}{' '}
              {t(
                'Only the node running the VM announces the IP, so the IP follows the VM when it live-migrates.',
              )}
            </>
          }
          isChecked={policy === 'Local'}
          onChange={() => onPolicy('Local')}
          data-test="expose-policy-local"
        />
      </FormGroup>
    </Form>
  );
};
