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

/** An error summary where the user is looking: role=alert, so it is announced. (USWDS markup: part of the shell's first load.) */
export function ProblemAlert({ problem, children }: { problem: Problem | null; children?: ReactNode }) {
  const intl = useIntl();
  if (!problem) return null;
  return (
    <div className="usa-alert usa-alert--error" role="alert">
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading">{intl.formatMessage(common.problemTitle)}</h2>
        <p className="usa-alert__text">{problemText(problem, intl.formatMessage)}</p>
        {children}
      </div>
    </div>
  );
}
