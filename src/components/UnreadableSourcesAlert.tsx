import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@patternfly/react-core';
import type { UnreadableSource } from '../k8s/hooks/useAnnouncementSources';
import { useMetalLBNamespace } from '../k8s/hooks/useMetalLBNamespace';

/** One sentence per thing the user's permissions kept from being checked, and what it costs. */
export const UnreadableSourcesAlert: FC<{ unreadable: UnreadableSource[] }> = ({ unreadable }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const ns = useMetalLBNamespace().namespace;
  if (unreadable.length === 0) return null;
  const sentences: Record<UnreadableSource, string> = {
    statuses: t(
      'ServiceL2Statuses in {{namespace}} cannot be read: the announcing node comes from MetalLB’s nodeAssigned events, which can be out of date after a failover.',
      { namespace: ns },
    ),
    nodes: t('Nodes cannot be read: the failover node is not predicted.'),
    speakers: t(
      'MetalLB’s pods in {{namespace}} cannot be read: speaker readiness is not checked and the failover node is not predicted.',
      { namespace: ns },
    ),
    pools: t(
      'IP address pools cannot be read: the pool comes from the Service’s annotation, and pending reasons that depend on pools are not checked.',
    ),
    advertisements: t(
      'Advertisements cannot be read: whether an advertisement covers each pool is not checked.',
    ),
    endpoints: t('EndpointSlices cannot be read: ready endpoints are not checked.'),
    events: t('Events cannot be read: MetalLB’s messages are not shown.'),
  };
  return (
    <Alert
      isInline
      variant="info"
      title={t('Some of MetalLB’s state cannot be read with your permissions')}
      className="metallb-plugin__unreadable"
      data-test="reduced-view"
    >
      <ul>
        {unreadable.map((u) => (
          <li key={u}>{sentences[u]}</li>
        ))}
      </ul>
    </Alert>
  );
};
