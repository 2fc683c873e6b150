import type { IntlShape } from 'react-intl';
import type { Problem } from '../../../graphql/problem';
import { forumDetailMessages as m } from './forum-detail.messages';

/** The forum in the way of a booking, as a CONFLICT's extensions name it. */
export interface ForumConflict {
  forumId: string;
  title: string;
  startsAt: string;
  timeZone: string;
  venueName?: string;
  hostName?: string;
}

export function conflictOf(problem: Problem | null): ForumConflict | null {
  const x = problem?.extensions;
  if (problem?.code !== 'CONFLICT' || !x || typeof x.conflictingForumId !== 'string') return null;
  return {
    forumId: x.conflictingForumId,
    title: String(x.conflictingForumTitle ?? ''),
    startsAt: String(x.conflictingForumStartsAt ?? ''),
    timeZone: String(x.conflictingForumTimeZone ?? 'UTC'),
    venueName: typeof x.venueName === 'string' ? x.venueName : undefined,
    hostName: typeof x.hostName === 'string' ? x.hostName : undefined,
  };
}

/** Field messages only for input problems (a conflict's field is not the user's typing error). */
export function fieldErrors(problem: Problem | null, intl: IntlShape): Record<string, string> {
  if (problem?.code !== 'BAD_USER_INPUT') return {};
  const reason = problem.extensions.reason;
  return Object.fromEntries(
    Object.entries(problem.fields).map(([field, message]) => {
      if (reason === 'END_BEFORE_START' && field === 'end') return [field, intl.formatMessage(m.endBeforeStart)];
      if (message === 'must not be empty') return [field, intl.formatMessage(m.mustNotBeEmpty)];
      return [field, message.charAt(0).toUpperCase() + message.slice(1) + (/[.!?]$/.test(message) ? '' : '.')];
    }),
  );
}

/** A general problem in plain words when the API names a lifecycle refusal; null to use ProblemAlert's own. */
export function lifecycleText(problem: Problem | null, intl: IntlShape): string | null {
  switch (problem?.extensions.reason) {
    case 'FORUM_INVALID_TRANSITION':
      return intl.formatMessage(m.invalidTransition);
    case 'FORUM_ALREADY_STARTED':
      return intl.formatMessage(m.alreadyStarted);
    case 'FORUM_NOT_STARTED':
      return intl.formatMessage(m.notStarted);
    default:
      return null;
  }
}
