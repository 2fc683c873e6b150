/**
 * The human form of a series' pattern ("every second Tuesday of the month") and the
 * RFC 5545 RRULE it stands for. The server reads the rule; this only writes and reads the
 * handful of shapes the form offers, and says when a stored rule is some other shape.
 */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export type Every = 'WEEK' | 'TWO_WEEKS' | 'MONTH';
export type Ending = 'NEVER' | 'ON_DATE' | 'AFTER';
/** Which weekday of the month: 1 to 4, or -1 for the last. */
export const ORDINALS = [1, 2, 3, 4, -1] as const;

export interface Pattern {
  every: Every;
  /** Weekly: the days it meets. */
  weekdays: Weekday[];
  /** Monthly: the n-th (or last) `monthWeekday`. */
  ordinal: number;
  monthWeekday: Weekday;
  ending: Ending;
  /** `YYYY-MM-DD`, when ending ON_DATE (inclusive). */
  until: string;
  /** When ending AFTER this many occurrences (as typed). */
  count: string;
}

export const emptyPattern: Pattern = { every: 'WEEK', weekdays: [], ordinal: 1, monthWeekday: 'TU', ending: 'NEVER', until: '', count: '' };

/** What is wrong with a pattern, by form field (`weekdays`, `until`, `count`), as message keys. */
export type PatternProblem = 'weekdaysMissing' | 'untilMissing' | 'untilBeforeStart' | 'countInvalid';

export function patternProblems(pattern: Pattern, startDate: string): Partial<Record<'weekdays' | 'until' | 'count', PatternProblem>> {
  const problems: Partial<Record<'weekdays' | 'until' | 'count', PatternProblem>> = {};
  if (pattern.every !== 'MONTH' && !pattern.weekdays.length) problems.weekdays = 'weekdaysMissing';
  if (pattern.ending === 'ON_DATE') {
    if (!pattern.until) problems.until = 'untilMissing';
    else if (startDate && pattern.until < startDate) problems.until = 'untilBeforeStart';
  }
  if (pattern.ending === 'AFTER' && !/^[1-9]\d{0,3}$/.test(pattern.count.trim())) problems.count = 'countInvalid';
  return problems;
}

/** The RRULE a (valid) pattern makes, e.g. `FREQ=MONTHLY;BYDAY=2TU;COUNT=6`. */
export function toRule(pattern: Pattern): string {
  const parts =
    pattern.every === 'MONTH'
      ? ['FREQ=MONTHLY', `BYDAY=${pattern.ordinal}${pattern.monthWeekday}`]
      : ['FREQ=WEEKLY', ...(pattern.every === 'TWO_WEEKS' ? ['INTERVAL=2'] : []), `BYDAY=${WEEKDAYS.filter((d) => pattern.weekdays.includes(d)).join(',')}`];
  if (pattern.ending === 'AFTER') parts.push(`COUNT=${Number(pattern.count)}`);
  if (pattern.ending === 'ON_DATE') parts.push(`UNTIL=${pattern.until.replace(/-/g, '')}`);
  return parts.join(';');
}

/**
 * Reads a stored rule back into the form's shape, or null when the form cannot express it.
 * A weekly rule without days meets on its first date's weekday.
 */
export function fromRule(rule: string, startDate = ''): Pattern | null {
  const parts = new Map(rule.split(';').map((p) => p.split('=') as [string, string]));
  const known = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'COUNT', 'UNTIL']);
  if ([...parts.keys()].some((k) => !known.has(k))) return null;
  const interval = parts.get('INTERVAL') ?? '1';
  const byDay = parts.get('BYDAY') ?? '';
  const until = parts.get('UNTIL');
  const count = parts.get('COUNT');
  const ending: Pick<Pattern, 'ending' | 'until' | 'count'> = until
    ? { ending: 'ON_DATE', until: `${until.slice(0, 4)}-${until.slice(4, 6)}-${until.slice(6, 8)}`, count: '' }
    : count
      ? { ending: 'AFTER', until: '', count }
      : { ending: 'NEVER', until: '', count: '' };
  if (parts.get('FREQ') === 'WEEKLY' && (interval === '1' || interval === '2')) {
    const startDay = weekdayOf(startDate);
    const days = byDay ? byDay.split(',').filter(Boolean) : startDay ? [startDay] : [];
    if (!days.length || days.some((d) => !(WEEKDAYS as readonly string[]).includes(d))) return null;
    return { ...emptyPattern, every: interval === '2' ? 'TWO_WEEKS' : 'WEEK', weekdays: days as Weekday[], ...ending };
  }
  const monthly = /^\+?(-1|[1-4])(MO|TU|WE|TH|FR|SA|SU)$/.exec(byDay);
  if (parts.get('FREQ') === 'MONTHLY' && interval === '1' && monthly) {
    return { ...emptyPattern, every: 'MONTH', ordinal: Number(monthly[1]), monthWeekday: monthly[2] as Weekday, ...ending };
  }
  return null;
}

/** The weekday of a local date, for a sensible default ("the second Tuesday" from a Tuesday start). */
export function weekdayOf(date: string): Weekday | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))).getUTCDay();
  return WEEKDAYS[(day + 6) % 7];
}

/** A reference date for each weekday (2024-01-01 was a Monday), to name it with the locale formatter. */
export function weekdayDate(day: Weekday): Date {
  return new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day), 12));
}
