import type { IntlShape } from 'react-intl';
import type { ForumFormat, ForumType } from '../../graphql/generated/graphql';
import { type Pattern, patternProblems, toRule } from './pattern';
import type { PatternErrors } from './PatternFields';
import { seriesMessages as m } from './series.messages';

export const FORUM_TYPES: ForumType[] = ['ADVISORY_BOARD', 'COMMUNITY_FORUM', 'TOWN_HALL', 'LISTENING_SESSION', 'TASK_FORCE_MEETING', 'CITIZEN_ACADEMY', 'SCHOOL_PROGRAM', 'AWARENESS_EVENT'];
export const FORUM_FORMATS: ForumFormat[] = ['IN_PERSON', 'ONLINE', 'HYBRID'];

/** The timing part of a series form: the pattern, first date, start time, length and zone. */
export interface TimingDraft {
  pattern: Pattern;
  startDate: string;
  startTime: string;
  durationMinutes: string;
  timeZone: string;
}

export type TimingErrors = PatternErrors & { durationMinutes?: string; timeZone?: string };

/** What the form can tell before asking the server; messages keyed by field. */
export function timingErrors(draft: TimingDraft, intl: IntlShape): TimingErrors {
  const errors: TimingErrors = {};
  for (const [field, problem] of Object.entries(patternProblems(draft.pattern, draft.startDate))) errors[field as keyof PatternErrors] = intl.formatMessage(m[problem]);
  if (!draft.startDate) errors.startDate = intl.formatMessage(m.startDateMissing);
  if (!draft.startTime) errors.startTime = intl.formatMessage(m.startTimeMissing);
  const minutes = Number(draft.durationMinutes);
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 1440) errors.durationMinutes = intl.formatMessage(m.durationInvalid);
  return errors;
}

/** The rule, when the pattern is complete enough to make one. */
export function ruleOf(draft: TimingDraft): string | null {
  return Object.keys(patternProblems(draft.pattern, draft.startDate)).length ? null : toRule(draft.pattern);
}
