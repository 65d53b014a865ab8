// The choices L2 and BGP advertisements share: which pools (all, or names and selectors, each with a
// live preview of the pools it matches), which nodes (selectors with the nodes they match), which
// Services (selectors, MetalLB v0.16).
import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import { FormGroup, FormSection, Radio } from '@patternfly/react-core';
import {
  previewAdvertisementPools,
  previewNodes,
  type Advertisement,
  type IPAddressPool,
  type LabelSelector,
  type ValidationIssue,
} from '../../metallb';
import type { PathKey } from '../resource-form/draft';
import { useNodes } from '../../k8s/hooks/useMetalLBList';
import { NamePickerField } from './NamePickerField';
import { SelectorListField } from './SelectorListField';

type SetField = (path: PathKey[], value: unknown) => void;

export const PoolsChoice: FC<{
  spec: NonNullable<Advertisement['spec']>;
  pools: IPAddressPool[];
  issues: ValidationIssue[];
  setField: SetField;
}> = ({ spec, pools, issues, setField }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const preview = previewAdvertisementPools(spec, pools);
  // "Chosen" stays chosen while the user has not picked anything yet.
  const chosen = !preview.coversAllPools || spec.ipAddressPools !== undefined;
  const names = pools.map((p) => p.metadata?.name ?? '');
  const words = (list: string[]) =>
    list.length === 0 ? t('matches no pool') : t('matches {{names}}', { names: list.join(', ') });
  return (
    <FormSection title={t('IP address pools')} titleElement="h2" data-test="pools-choice">
      <FormGroup role="radiogroup" fieldId="pools-all" label={t('Announce')} isStack>
        <Radio
          id="pools-all"
          name="pools-choice"
          label={t('All pools')}
          description={t(
            'An advertisement that names no pool and selects none applies to every pool, including pools created later.',
          )}
          isChecked={!chosen}
          onChange={() => {
            setField(['spec', 'ipAddressPools'], undefined);
            setField(['spec', 'ipAddressPoolSelectors'], undefined);
          }}
          data-test="pools-all"
        />
        <Radio
          id="pools-chosen"
          name="pools-choice"
          label={t('Chosen pools')}
          description={t('Pools picked by name, by label selector, or both.')}
          isChecked={chosen}
          onChange={() => setField(['spec', 'ipAddressPools'], [])}
          data-test="pools-chosen"
        />
      </FormGroup>
      {chosen ? (
        <>
          <NamePickerField
            id="pool-names"
            label={t('Pools by name')}
            known={names}
            chosen={spec.ipAddressPools}
            path="spec.ipAddressPools"
            issues={issues}
            onChange={(list) => setField(['spec', 'ipAddressPools'], list ?? [])}
            noneKnown={t('No IP address pool exists yet.')}
            missingText={(name) =>
              t(
                'No pool is named {{name}}: MetalLB accepts it and announces nothing for it until such a pool exists.',
                { name },
              )
            }
          />
          <SelectorListField
            id="pool-selectors"
            label={t('Pools by label')}
            help={t('Pools whose labels match any of these selectors.')}
            selectors={spec.ipAddressPoolSelectors}
            path="spec.ipAddressPoolSelectors"
            issues={issues}
            onChange={(list) => setField(['spec', 'ipAddressPoolSelectors'], list)}
            preview={(_s, i) => words(preview.perSelector[i] ?? [])}
            addLabel={t('Add pool selector')}
          />
        </>
      ) : null}
      <div data-test="pools-preview" aria-live="polite">
        <strong>{t('Covers now:')}</strong>{' '}
        {preview.coversAllPools
          ? t('every pool ({{number}} today) and any pool created later', {
              number: pools.length,
            })
          : preview.pools.length === 0
            ? t('no pool')
            : preview.pools.map((p) => p.name).join(', ')}
      </div>
    </FormSection>
  );
};

export const NodesChoice: FC<{
  spec: { nodeSelectors?: LabelSelector[] };
  issues: ValidationIssue[];
  setField: SetField;
  allNodesText: string;
}> = ({ spec, issues, setField, allNodesText }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const nodes = useNodes();
  const selectors = spec.nodeSelectors;
  const preview = previewNodes(selectors, nodes.items);
  const words = (list: string[]) =>
    !nodes.loaded || nodes.error
      ? ''
      : list.length === 0
        ? t('matches no node')
        : t('matches {{names}}', { names: list.join(', ') });
  return (
    <FormSection title={t('Nodes')} titleElement="h2" data-test="nodes-choice">
      <SelectorListField
        id="node-selectors"
        label={t('Node selectors')}
        help={allNodesText}
        selectors={selectors}
        path="spec.nodeSelectors"
        issues={issues}
        onChange={(list) => setField(['spec', 'nodeSelectors'], list)}
        preview={(_s, i) => words(preview.perSelector[i] ?? [])}
        addLabel={t('Add node selector')}
      />
      <div data-test="nodes-preview" aria-live="polite">
        <strong>{t('Nodes now:')}</strong>{' '}
        {nodes.error
          ? t('the nodes cannot be listed with your permissions')
          : preview.nodes.length === 0
            ? t('none')
            : preview.nodes
                .map((n) =>
                  n.excluded ? t('{{name}} (skipped by MetalLB)', { name: n.name }) : n.name,
                )
                .join(', ')}
      </div>
    </FormSection>
  );
};

export const ServiceSelectorsField: FC<{
  spec: NonNullable<Advertisement['spec']>;
  issues: ValidationIssue[];
  setField: SetField;
}> = ({ spec, issues, setField }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  return (
    <SelectorListField
      id="service-selectors"
      label={t('Service selectors')}
      help={t(
        'Only Services whose labels match any of these (MetalLB v0.16); none: every Service with an address from these pools.',
      )}
      selectors={spec.serviceSelectors}
      path="spec.serviceSelectors"
      issues={issues}
      onChange={(list) => setField(['spec', 'serviceSelectors'], list)}
      preview={() => null}
      addLabel={t('Add Service selector')}
    />
  );
};
