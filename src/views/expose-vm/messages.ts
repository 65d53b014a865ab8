// The wizard's rule results in the user's words. The rules (src/kubevirt) return codes and values;
// only here do they become sentences, through t().
import type { TFunction as I18nTFunction } from 'react-i18next';

/** `t` of the plugin's namespace, as `useTranslation('plugin__metallb-console-plugin')` gives it. */
type TFunction = I18nTFunction<'plugin__metallb-console-plugin'>;
import type { FixedIPIssue, NetworkIssue, PortIssue, SharingIssue } from '../../kubevirt';

export const portIssueText = (t: TFunction, issue: PortIssue): string => {
  switch (issue.code) {
    case 'no-ports':
      return t('Add at least one port.');
    case 'name-required':
      return t('Name every port when there is more than one.');
    case 'name-invalid':
      return t(
        'Use up to 15 lowercase letters, digits and single hyphens, with at least one letter.',
      );
    case 'name-duplicate':
      return t('Port {{n}} already has this name.', { n: (issue.other ?? 0) + 1 });
    case 'port-range':
      return t('Enter a port from 1 to 65535.');
    case 'target-port-range':
      return t('Enter a guest port from 1 to 65535.');
    case 'port-duplicate':
      return t('Port {{n}} already uses this port and protocol.', { n: (issue.other ?? 0) + 1 });
  }
};

export const networkIssueText = (t: TFunction, issue: NetworkIssue, vm: string): string => {
  if (issue.code === 'no-pod-network') {
    return t(
      'VirtualMachine {{vm}} has no pod network interface, so a Service cannot reach it: Service traffic arrives only on the pod network. Add a pod network (networks: - name: default, pod: {}) with a masquerade interface, or reach the VM on its secondary network directly.',
      { vm },
    );
  }
  return t(
    'Interface {{iface}} of VirtualMachine {{vm}} forwards only the ports it lists ({{listed}}), so {{missing}} would not reach the guest. Add them to its ports list, or remove the list to forward every port; the change applies after a restart.',
    {
      iface: issue.interfaceName,
      vm,
      listed: issue.listed.map((p) => `${p.port}/${p.protocol}`).join(', '),
      missing: issue.missing.map((p) => `${p.port}/${p.protocol}`).join(', '),
    },
  );
};

export const fixedIPIssueText = (t: TFunction, issue: FixedIPIssue): string => {
  switch (issue.code) {
    case 'empty':
      return t('Enter an IP address.');
    case 'invalid':
      return t('"{{text}}" is not an IP address.', { text: issue.text });
    case 'family-twice':
      return t('{{text}}: give at most one IPv4 and one IPv6 address.', { text: issue.text });
    case 'no-pool':
      return t('No address pool contains {{ip}}: MetalLB would not assign it.', { ip: issue.ip });
    case 'not-in-chosen-pool':
      return issue.holder
        ? t('{{ip}} belongs to pool {{holder}}, not {{pool}}.', {
            ip: issue.ip,
            holder: issue.holder,
            pool: issue.pool,
          })
        : t('{{ip}} is not in pool {{pool}}.', { ip: issue.ip, pool: issue.pool });
    case 'taken':
      return issue.sharingKey
        ? t('{{ip}} is in use by Service {{by}}, which shares it under another key ({{key}}).', {
            ip: issue.ip,
            by: issue.by,
            key: issue.sharingKey,
          })
        : t(
            '{{ip}} is already in use by Service {{by}}. Choose another address, or share it with the same sharing key on both Services.',
            {
              ip: issue.ip,
              by: issue.by,
            },
          );
  }
};

export const sharingIssueText = (t: TFunction, issue: SharingIssue): string => {
  if (issue.code === 'port-collision') {
    return t('Port {{port}}/{{protocol}} is already used on the shared IP by Service {{with}}.', {
      port: issue.port,
      protocol: issue.protocol,
      with: issue.with,
    });
  }
  return issue.reason === 'selector'
    ? t(
        'Service {{with}} uses externalTrafficPolicy Local with another selector: Local Services can share an IP only with identical selectors.',
        { with: issue.with },
      )
    : t(
        'Service {{with}} uses another traffic policy: a Local Service can share an IP only with Local Services with the identical selector.',
        { with: issue.with },
      );
};
