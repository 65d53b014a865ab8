import type { FC, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Label,
  LabelGroup,
} from '@patternfly/react-core';
import { Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import type { K8sObject } from '../metallb';

/** One term and its value; an absent value reads "Not set" rather than an empty cell. */
export const DetailsItem: FC<{ term: string; children?: ReactNode; testId?: string }> = ({
  term,
  children,
  testId,
}) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const empty = children === undefined || children === null || children === '';
  return (
    <DescriptionListGroup>
      <DescriptionListTerm>{term}</DescriptionListTerm>
      <DescriptionListDescription data-test={testId}>
        {empty ? <span className="metallb-plugin__muted">{t('Not set')}</span> : children}
      </DescriptionListDescription>
    </DescriptionListGroup>
  );
};

export const DetailsList: FC<{ children: ReactNode; columns?: 1 | 2 }> = ({
  children,
  columns = 2,
}) => (
  <DescriptionList
    isCompact
    columnModifier={{ default: '1Col', lg: columns === 2 ? '2Col' : '1Col' }}
  >
    {children}
  </DescriptionList>
);

/** Name, namespace, labels, annotations count and creation time, as every details page starts. */
export const MetadataItems: FC<{
  obj: K8sObject & { metadata?: { creationTimestamp?: string } };
}> = ({ obj }) => {
  const { t } = useTranslation('plugin__metallb-console-plugin');
  const labels = Object.entries(obj.metadata?.labels ?? {});
  return (
    <>
      <DetailsItem term={t('Name')}>{obj.metadata?.name}</DetailsItem>
      <DetailsItem term={t('Namespace')}>{obj.metadata?.namespace}</DetailsItem>
      <DetailsItem term={t('Labels')}>
        {labels.length > 0 ? (
          <LabelGroup numLabels={10}>
            {labels.map(([key, value]) => (
              <Label key={key} isCompact>
                {value === '' ? key : `${key}=${value}`}
              </Label>
            ))}
          </LabelGroup>
        ) : null}
      </DetailsItem>
      <DetailsItem term={t('Created')}>
        <Timestamp timestamp={obj.metadata?.creationTimestamp ?? ''} />
      </DetailsItem>
    </>
  );
};
