// Under a field MetalLB's native BGP mode does not support, when the install runs that mode and the
// field is set: the limit in MetalLB's words and the fix. The mode comes from the MetalLB resource, else
// from MetalLB's speaker pods (installs without the operator). When the mode is unknown, nothing.
import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import { FormHelperText, HelperText, HelperTextItem } from '@patternfly/react-core';
import { useMetalLBNamespace } from '../../k8s/hooks/useMetalLBNamespace';
import { bgpBackend, type NativeLimit } from '../../metallb';

/** The BGP implementation, and whether there is an operator's MetalLB resource (whose spec.bgpBackend is the fix). */
export const useBGPBackend = () => {
  const { metallbs, namespace, pods } = useMetalLBNamespace();
  const metallb = metallbs?.find((m) => m.metadata?.namespace === namespace);
  return { backend: bgpBackend(metallb, pods), byResource: !!metallb };
};

/** The limits `find` reports for the draft, when MetalLB runs native BGP; else none. */
export const useNativeBGPLimits = (find: () => NativeLimit[]): NativeLimit[] =>
  useBGPBackend().backend === 'native' ? find() : [];

export const NativeBGPLimit: FC<{ limits: NativeLimit[]; path: string }> = ({ limits, path }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const { byResource } = useBGPBackend();
  const here = limits.filter((l) => l.path === path || l.path.startsWith(`${path}[`));
  if (here.length === 0) return null;
  return (
    <FormHelperText>
      <HelperText>
        {here.map((limit) => (
          <HelperTextItem key={limit.message} variant="warning" data-test="native-bgp-limit">
            {byResource
              ? t(
                  'MetalLB runs in native BGP mode here, which does not support this; it refuses the configuration with: {{message}}. Clear it, or switch MetalLB to FRR-K8s mode (spec.bgpBackend: frr-k8s in the MetalLB resource).',
                  { message: limit.message },
                )
              : t(
                  'MetalLB runs in native BGP mode here (its speaker pods set no METALLB_BGP_TYPE), which does not support this; it refuses the configuration with: {{message}}. Clear it, or reinstall MetalLB in FRR-K8s mode (the metallb-frr-k8s.yaml manifest, or the Helm chart with frrk8s.enabled=true).',
                  { message: limit.message },
                )}
          </HelperTextItem>
        ))}
      </HelperText>
    </FormHelperText>
  );
};
