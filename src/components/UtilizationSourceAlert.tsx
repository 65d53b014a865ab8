import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@patternfly/react-core';
import type { ServicesProblem, UtilizationSource } from '../k8s/hooks/usePoolUtilization';
import { SERVICES_TIMEOUT_MS } from '../k8s/hooks/usePoolUtilization';
import { errorMessage } from '../k8s/errors';

/**
 * Said above a utilization column whose counts do not come from the Services: which source the
 * figures come from instead (MetalLB's pool status, or none), and the real reason (a 403, the
 * server's error verbatim, or no answer in time). Nothing when the Services are counted.
 */
export const UtilizationSourceAlert: FC<{
  source: UtilizationSource;
  problem?: ServicesProblem;
  error?: unknown;
}> = ({ source, problem, error }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  if (!problem) return null;
  const cause =
    problem === 'forbidden'
      ? t(
          'Your user cannot list Services in all namespaces, so the assigned addresses cannot be counted here.',
        )
      : problem === 'timed-out'
        ? t(
            'LoadBalancer Services did not load within {{count}} seconds, so the assigned addresses cannot be counted yet. The counts update when they arrive.',
            { count: SERVICES_TIMEOUT_MS / 1000 },
          )
        : t(
            'LoadBalancer Services could not be loaded, so the assigned addresses cannot be counted here: {{message}}',
            {
              message: errorMessage(error),
            },
          );
  return (
    <Alert
      isInline
      variant="warning"
      title={
        source === 'pool-status'
          ? t('Utilization as reported by MetalLB')
          : t('Utilization is unavailable')
      }
      className="metallb-plugin__services-alert"
      data-test="services-unavailable"
      data-problem={problem}
    >
      <p>{cause}</p>
      <p>
        {source === 'pool-status'
          ? t(
              'The assigned counts are those MetalLB writes into each pool’s status; a pool without status shows unknown.',
            )
          : t('No pool has a status written by MetalLB to show instead.')}
      </p>
    </Alert>
  );
};
