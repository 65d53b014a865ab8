import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CodeBlock,
  CodeBlockCode,
  Content,
  EmptyState,
  EmptyStateBody,
} from '@patternfly/react-core';
import { DEFAULT_METALLB_NAMESPACE } from '../../metallb';

const METALLB_RESOURCE = `apiVersion: metallb.io/v1beta1
kind: MetalLB
metadata:
  name: metallb
  namespace: ${DEFAULT_METALLB_NAMESPACE}`;

/** What is missing (the API server serves no metallb.io kinds) and how to install MetalLB. */
export const NotInstalled: FC = () => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  return (
    <EmptyState
      titleText={t('MetalLB is not installed')}
      headingLevel="h2"
      data-test="not-installed"
    >
      <EmptyStateBody>
        <Content>
          <p>
            {t(
              'The API server serves no MetalLB resources: the metallb.io CustomResourceDefinitions (IPAddressPool, L2Advertisement, BGPAdvertisement, BGPPeer and the others) are missing, so this cluster cannot hand out LoadBalancer IPs with MetalLB.',
            )}
          </p>
          <p>
            {t(
              'On OpenShift, install the MetalLB Operator from the software catalog (OperatorHub) into the {{namespace}} namespace, then create this MetalLB resource:',
              { namespace: DEFAULT_METALLB_NAMESPACE },
            )}
          </p>
        </Content>
        <CodeBlock className="metallb-plugin__install-yaml">
          <CodeBlockCode>{METALLB_RESOURCE}</CodeBlockCode>
        </CodeBlock>
        <Content>
          <p>
            {t(
              'On other clusters, apply MetalLB’s manifests or its Helm chart (metallb.io/installation). This page fills in once the CustomResourceDefinitions are served.',
            )}
          </p>
        </Content>
      </EmptyStateBody>
    </EmptyState>
  );
};
