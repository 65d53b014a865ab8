import type { FC, ReactNode } from 'react';
import { Icon } from '@patternfly/react-core';
import {
  CheckCircleIcon,
  ExclamationCircleIcon,
  ExclamationTriangleIcon,
  QuestionCircleIcon,
} from '@patternfly/react-icons';

export type Status = 'success' | 'danger' | 'warning' | 'unknown';

const icons = {
  success: CheckCircleIcon,
  danger: ExclamationCircleIcon,
  warning: ExclamationTriangleIcon,
  unknown: QuestionCircleIcon,
};

/** An icon in its status colour (PatternFly's tokens) followed by words: colour never carries meaning alone. */
export const StatusText: FC<{ status: Status; children: ReactNode }> = ({ status, children }) => {
  const StatusIcon = icons[status];
  return (
    <span className="metallb-plugin__status">
      <Icon status={status === 'unknown' ? undefined : status} isInline>
        <StatusIcon />
      </Icon>{' '}
      {children}
    </span>
  );
};
