// Table cells and words shared by the L2 and BGP advertisement lists and details.
import type { FC } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon, Label, LabelGroup } from '@patternfly/react-core';
import { ExclamationTriangleIcon } from '@patternfly/react-icons';
import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import { gvkOf, IPAddressPoolModel } from '../k8s/models';
import { useMetalLBNamespace } from '../k8s/hooks/useMetalLBNamespace';
import {
  labelSelectorText,
  previewAdvertisementPools,
  type Advertisement,
  type IPAddressPool,
  type LabelSelector,
} from '../metallb';

/** A selector in kubectl's words; the empty one matches everything, so it says so. */
export const SelectorText: FC<{ selector: LabelSelector }> = ({ selector }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const text = labelSelectorText(selector);
  return <code className="metallb-plugin__selector">{text === '' ? t('(everything)') : text}</code>;
};

export const PoolLink: FC<{ name: string }> = ({ name }) => {
  const { namespace } = useMetalLBNamespace();
  return (
    <ResourceLink
      groupVersionKind={gvkOf(IPAddressPoolModel)}
      name={name}
      namespace={namespace}
      inline
    />
  );
};

export const MissingMark: FC<{ text: string }> = ({ text }) => (
  <span className="metallb-plugin__missing">
    <Icon status="warning" isInline>
      <ExclamationTriangleIcon />
    </Icon>{' '}
    {text}
  </span>
);

/** The pools an advertisement covers, in words: all of them, or the names and selectors it lists. */
export const AdvertisedPoolsCell: FC<{ advertisement: Advertisement; pools: IPAddressPool[] }> = ({
  advertisement,
  pools,
}) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const preview = previewAdvertisementPools(advertisement.spec, pools);
  if (preview.coversAllPools) return <strong>{t('All pools')}</strong>;
  const missing = new Set(preview.missingNames);
  return (
    <div className="metallb-plugin__stack">
      {(advertisement.spec?.ipAddressPools ?? []).map((name) =>
        missing.has(name) ? (
          <MissingMark key={name} text={t('{{name}} (does not exist)', { name })} />
        ) : (
          <PoolLink key={name} name={name} />
        ),
      )}
      {(advertisement.spec?.ipAddressPoolSelectors ?? []).map((selector, i) => (
        <span key={i}>
          {t('Pools with')} <SelectorText selector={selector} />{' '}
          {preview.perSelector[i].length === 0 ? (
            <MissingMark text={t('(matches none)')} />
          ) : (
            <span className="metallb-plugin__muted">
              {t('({{count}} pools)', { count: preview.perSelector[i].length })}
            </span>
          )}
        </span>
      ))}
    </div>
  );
};

/** Node selectors in words: none means every node may announce. */
export const NodeSelectorsCell: FC<{ selectors?: LabelSelector[] }> = ({ selectors }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  if (!selectors?.length) return <>{t('All nodes')}</>;
  return (
    <div className="metallb-plugin__stack">
      {selectors.map((selector, i) => (
        <SelectorText key={i} selector={selector} />
      ))}
    </div>
  );
};

export const NamesCell: FC<{ names?: string[]; none: string }> = ({ names, none }) =>
  names?.length ? (
    <LabelGroup numLabels={5}>
      {names.map((name) => (
        <Label key={name} isCompact>
          {name}
        </Label>
      ))}
    </LabelGroup>
  ) : (
    <>{none}</>
  );
