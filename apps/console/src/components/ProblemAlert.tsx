import { Alert, AlertHeading, AlertText } from '@trussworks/react-uswds';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { Problem } from '../graphql/problem';
import { common } from './common.messages';

/** The general message for a Problem, in plain words; field messages go beside their fields. */
export function problemText(problem: Problem, formatMessage: ReturnType<typeof useIntl>['formatMessage']): string {
  if (Object.keys(problem.fields).length && problem.code === 'BAD_USER_INPUT') return formatMessage(common.problemFields);
  switch (problem.code) {
    case 'UNAVAILABLE':
      return formatMessage(common.problemUnavailable);
    case 'FORBIDDEN':
      return formatMessage(common.problemForbidden);
    case 'NOT_FOUND':
      return formatMessage(common.problemNotFound);
    case 'TOO_MANY_REQUESTS':
      return formatMessage(common.problemTooMany);
    case 'INTERNAL_SERVER_ERROR':
      return formatMessage(common.problemInternal, { requestId: String(problem.extensions.requestId ?? '') });
    default:
      return problem.message;
  }
}

/** An error summary where the user is looking: role=alert, so it is announced. */
export function ProblemAlert({ problem, children }: { problem: Problem | null; children?: ReactNode }) {
  const intl = useIntl();
  if (!problem) return null;
  return (
    <Alert type="error" role="alert">
      <AlertHeading level="h2">{intl.formatMessage(common.problemTitle)}</AlertHeading>
      <AlertText>{problemText(problem, intl.formatMessage)}</AlertText>
      {children}
    </Alert>
  );
}
