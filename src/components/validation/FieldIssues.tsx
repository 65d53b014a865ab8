import type { FC, ReactNode } from 'react';
import { FormHelperText, HelperText, HelperTextItem } from '@patternfly/react-core';
import type { ValidationIssue } from '../../metallb';
import { useIssueText } from './useIssueText';

/**
 * Helper text under a field: its issues in the user's language (MetalLB's words in English), else
 * `hint` (a size, an explanation). `id` lets the input point at it with aria-describedby.
 */
export const FieldIssues: FC<{ id?: string; issues: ValidationIssue[]; hint?: ReactNode }> = ({
  id,
  issues,
  hint,
}) => {
  const text = useIssueText();
  if (issues.length === 0 && !hint) return null;
  return (
    <FormHelperText>
      <HelperText id={id} aria-live="polite">
        {issues.length > 0
          ? issues.map((issue, i) => (
              <HelperTextItem key={i} variant="error" data-test="field-issue">
                {text(issue)}
              </HelperTextItem>
            ))
          : [
              <HelperTextItem key="hint" data-test="field-hint">
                {hint}
              </HelperTextItem>,
            ]}
      </HelperText>
    </FormHelperText>
  );
};

/** PatternFly's validated state for a field with these issues. */
export const validatedFor = (issues: ValidationIssue[]) =>
  issues.length > 0 ? 'error' : 'default';
