// Small pieces of the SDK surface: document title, timestamps, statuses, user settings, perspective.
import { useEffect, useState, type FC, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Icon } from '@patternfly/react-core';
import {
  CheckCircleIcon,
  ExclamationCircleIcon,
  ExclamationTriangleIcon,
  InfoCircleIcon,
  InProgressIcon,
} from '@patternfly/react-icons';
import type { DocumentTitleProps, TimestampProps } from '@openshift-console/dynamic-plugin-sdk';

export const DocumentTitle: FC<DocumentTitleProps> = ({ children }) => {
  useEffect(() => {
    document.title = `${children} · MetalLB lab console`;
  }, [children]);
  return null;
};

export const Timestamp: FC<TimestampProps> = ({ timestamp, simple, className }) => {
  const { i18n } = useTranslation();
  if (!timestamp) return <>-</>;
  const date = new Date(timestamp);
  const text = new Intl.DateTimeFormat(i18n.language || 'en', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
  return simple ? (
    <>{text}</>
  ) : (
    <span className={className} data-test="timestamp">
      <time dateTime={date.toISOString()}>{text}</time>
    </span>
  );
};

const statusIcon = (
  status: 'success' | 'danger' | 'warning' | 'info' | 'custom',
  icon: ReactNode,
) => {
  const StatusIcon: FC<{ title?: string; className?: string }> = ({ title, className }) => (
    <Icon
      status={status === 'custom' ? undefined : status}
      className={className}
      isInline
      title={title}
    >
      {icon}
    </Icon>
  );
  return StatusIcon;
};

export const GreenCheckCircleIcon = statusIcon('success', <CheckCircleIcon />);
export const RedExclamationCircleIcon = statusIcon('danger', <ExclamationCircleIcon />);
export const YellowExclamationTriangleIcon = statusIcon('warning', <ExclamationTriangleIcon />);
export const BlueInfoCircleIcon = statusIcon('info', <InfoCircleIcon />);

type StatusProps = {
  title?: string;
  iconOnly?: boolean;
  noTooltip?: boolean;
  className?: string;
  children?: ReactNode;
};

export const StatusIconAndText: FC<StatusProps & { icon?: ReactNode }> = ({
  title,
  icon,
  iconOnly,
  className,
}) => (
  <span className={className} style={{ display: 'inline-flex', alignItems: 'center', gap: '4px' }}>
    {icon}
    {!iconOnly && title}
  </span>
);

export const GenericStatus: FC<StatusProps & { Icon: FC<{ title?: string }> }> = ({
  Icon: I,
  ...props
}) => <StatusIconAndText {...props} icon={<I title={props.title} />} />;

const status = (I: FC<{ title?: string }>) => {
  const S: FC<StatusProps> = (props) => <GenericStatus {...props} Icon={I} />;
  return S;
};
export const SuccessStatus = status(GreenCheckCircleIcon);
export const ErrorStatus = status(RedExclamationCircleIcon);
export const InfoStatus = status(BlueInfoCircleIcon);
export const ProgressStatus = status(statusIcon('custom', <InProgressIcon />));
export const PopoverStatus: FC<StatusProps & { statusBody?: ReactNode }> = ({
  children,
  ...props
}) => <StatusIconAndText {...props} icon={children} />;

export const StatusComponent: FC<{ status?: string; title?: string }> = ({ status: s, title }) => {
  const text = title ?? s ?? '-';
  switch ((s ?? '').toLowerCase()) {
    case 'running':
    case 'ready':
    case 'succeeded':
    case 'bound':
    case 'available':
      return <SuccessStatus title={text} />;
    case 'failed':
    case 'error':
    case 'crashloopbackoff':
      return <ErrorStatus title={text} />;
    case 'pending':
    case 'progressing':
      return <ProgressStatus title={text} />;
    default:
      return <>{text}</>;
  }
};

export const ResourceStatus: FC<{ additionalClassNames?: string; children?: ReactNode }> = ({
  children,
}) => <span style={{ marginLeft: '8px' }}>{children}</span>;

export const CamelCaseWrap: FC<{ value: string }> = ({ value }) => <>{value}</>;

export const ErrorBoundaryFallbackPage: FC<{
  errorMessage: string;
  title: string;
  stack?: string;
}> = ({ errorMessage, title }) => (
  <Alert variant="danger" title={title}>
    {errorMessage}
  </Alert>
);

export const useActivePerspective = (): [string, (p: string) => void] => ['admin', () => undefined];

/** The console keeps user settings in a ConfigMap; the host keeps them in localStorage. */
export const useUserSettings = <T,>(
  key: string,
  defaultValue?: T,
  _sync?: boolean,
): [T, (v: T) => void, boolean] => {
  const storageKey = `lab-user-settings/${key}`;
  const [value, setValue] = useState<T>(() => {
    const stored = localStorage.getItem(storageKey);
    return stored === null ? (defaultValue as T) : (JSON.parse(stored) as T);
  });
  return [
    value,
    (v: T) => {
      localStorage.setItem(storageKey, JSON.stringify(v));
      setValue(v);
    },
    true,
  ];
};
export const useUserPreference = useUserSettings;
