import { DateTime } from 'luxon';
import { Frequency, RRule } from 'rrule';
import { DomainError, InputError, errorText } from '@app/common';
import { assertTimeZone, instantToLocal, localToInstant } from '../local-time';

/** More than this many occurrences inside one horizon is not a forum series (e.g. daily for two years). */
export const MAX_OCCURRENCES_IN_HORIZON = 400;
export const DEFAULT_HORIZON_DAYS = 180;
export const MAX_HORIZON_DAYS = 730;

/** Years 1000 to 9999: PostgreSQL has no year 0, which luxon would read as 1 BC. */
const DATE = /^([1-9]\d{3})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const WEEKDAY = '(MO|TU|WE|TH|FR|SA|SU)';
const list = (item: string) => new RegExp(`^${item}(,${item})*$`);
const signed = (max: number) => (value: string) => value.split(',').every((n) => Number(n) !== 0 && Math.abs(Number(n)) <= max);
const unsigned = (max: number) => (value: string) => value.split(',').every((n) => Number(n) >= 1 && Number(n) <= max);

/** The RFC 5545 parts a series rule may use, each with its syntax and range. */
const PARTS: Record<string, { syntax: RegExp; range?: (value: string) => boolean; hint: string }> = {
  FREQ: { syntax: /^(YEARLY|MONTHLY|WEEKLY|DAILY)$/, hint: 'YEARLY, MONTHLY, WEEKLY or DAILY' },
  INTERVAL: { syntax: /^\d{1,3}$/, range: unsigned(999), hint: 'a whole number from 1' },
  COUNT: { syntax: /^\d{1,4}$/, range: unsigned(9999), hint: 'a whole number from 1' },
  UNTIL: { syntax: /^\d{8}(T\d{6}Z?)?$/, hint: 'a date like 20271231' },
  BYDAY: { syntax: list(`[+-]?(\\d{1,2})?${WEEKDAY}`), range: (v) => v.split(',').every((d) => Math.abs(parseInt(d, 10) || 1) <= 53), hint: 'weekdays like TU or 2TU' },
  BYMONTHDAY: { syntax: list('[+-]?\\d{1,2}'), range: signed(31), hint: 'days of the month, 1 to 31 or -31 to -1' },
  BYMONTH: { syntax: list('\\d{1,2}'), range: unsigned(12), hint: 'months 1 to 12' },
  BYYEARDAY: { syntax: list('[+-]?\\d{1,3}'), range: signed(366), hint: 'days of the year, 1 to 366' },
  BYWEEKNO: { syntax: list('[+-]?\\d{1,2}'), range: signed(53), hint: 'weeks 1 to 53' },
  BYSETPOS: { syntax: list('[+-]?\\d{1,3}'), range: signed(366), hint: 'positions like 2 or -1' },
  WKST: { syntax: new RegExp(`^${WEEKDAY}$`), hint: 'a weekday like MO' },
};

/** A series' timing: the rule, from which local date, at which local time, for how long, where. */
export interface RecurrenceSpec {
  recurrenceRule: string;
  /** `YYYY-MM-DD` local. */
  startDate: string;
  /** `HH:mm` local. */
  startTime: string;
  durationMinutes: number;
  timeZone: string;
}

/** One occurrence: the local date the rule gave (its key), local start and end, and the instants. */
export interface Occurrence {
  key: string;
  start: string;
  end: string;
  startsAt: Date;
  endsAt: Date;
}

/**
 * Checks a rule strictly (rrule itself accepts nonsense like FREQ=BOGUS) and returns it
 * normalised: upper case, no `RRULE:` prefix, UNTIL as a local date. Occurrences are
 * whole days: the time of day comes from the series' start time, so sub-daily
 * frequencies and BYHOUR/BYMINUTE/BYSECOND are refused, as are DTSTART and TZID (the
 * series' start date and time zone say that).
 */
export function normaliseRule(rule: string, field = 'input.recurrenceRule'): string {
  const text = rule.trim().replace(/^RRULE:/i, '').toUpperCase();
  if (!text) throw new InputError(field, errorText('must not be empty; e.g. FREQ=MONTHLY;BYDAY=2TU'), 'INVALID_RECURRENCE_RULE');
  const seen = new Map<string, string>();
  for (const part of text.split(';').filter(Boolean)) {
    const [key, value, ...rest] = part.split('=');
    if (value === undefined || rest.length) throw new InputError(field, errorText('"{part}" is not a NAME=VALUE part', { part }), 'INVALID_RECURRENCE_RULE');
    if (['HOURLY', 'MINUTELY', 'SECONDLY'].includes(value) && key === 'FREQ') {
      throw new InputError(field, errorText('FREQ={value} is more often than daily; a series has at most one occurrence a day', { value }), 'RECURRENCE_TOO_FREQUENT');
    }
    if (['BYHOUR', 'BYMINUTE', 'BYSECOND'].includes(key)) throw new InputError(field, errorText('{key} is not allowed: the time of day is the series\' startTime', { key }), 'INVALID_RECURRENCE_RULE');
    if (['DTSTART', 'TZID'].includes(key)) throw new InputError(field, errorText('{key} is not allowed: give startDate and timeZone instead', { key }), 'INVALID_RECURRENCE_RULE');
    const spec = PARTS[key];
    if (!spec) throw new InputError(field, errorText('{key} is not a recurrence rule part this service supports', { key }), 'INVALID_RECURRENCE_RULE');
    if (seen.has(key)) throw new InputError(field, errorText('{key} is given twice', { key }), 'INVALID_RECURRENCE_RULE');
    if (!spec.syntax.test(value) || (spec.range && !spec.range(value))) {
      throw new InputError(field, errorText('{key}={value} is not valid; expected {hint}', { key, value, hint: spec.hint }), 'INVALID_RECURRENCE_RULE');
    }
    seen.set(key, key === 'UNTIL' ? value.slice(0, 8) : value);
  }
  if (!seen.has('FREQ')) throw new InputError(field, errorText('needs FREQ, e.g. FREQ=MONTHLY;BYDAY=2TU'), 'INVALID_RECURRENCE_RULE');
  if (seen.has('COUNT') && seen.has('UNTIL')) throw new InputError(field, errorText('give COUNT or UNTIL, not both'), 'INVALID_RECURRENCE_RULE');
  const ordered = ['FREQ', ...[...seen.keys()].filter((k) => k !== 'FREQ')];
  return ordered.map((key) => `${key}=${seen.get(key)}`).join(';');
}

/** The parts of a normalised rule, to edit COUNT/UNTIL when a series is split. */
export function ruleParts(rule: string): Map<string, string> {
  return new Map(rule.split(';').map((part) => part.split('=') as [string, string]));
}

export function joinRule(parts: Map<string, string>): string {
  return [...parts].map(([key, value]) => `${key}=${value}`).join(';');
}

export function assertLocalDate(value: string, field: string): void {
  const match = DATE.exec(value);
  if (!match || !DateTime.fromISO(value, { zone: 'utc' }).isValid) throw new InputError(field, errorText('must be a local date like 2027-01-12'), 'INVALID_LOCAL_DATE');
}

export function assertLocalTime(value: string, field: string): void {
  if (!TIME.test(value)) throw new InputError(field, errorText('must be a local time like 18:00'), 'INVALID_LOCAL_TIME');
}

/**
 * Validates a series' timing, naming the field at fault: the rule, the date and time,
 * the duration and the zone, and that the rule has occurrences at all.
 */
export function assertRecurrenceSpec(spec: RecurrenceSpec, prefix = 'input'): RecurrenceSpec {
  assertTimeZone(spec.timeZone, `${prefix}.timeZone`);
  assertLocalDate(spec.startDate, `${prefix}.startDate`);
  assertLocalTime(spec.startTime, `${prefix}.startTime`);
  if (!Number.isInteger(spec.durationMinutes) || spec.durationMinutes < 1 || spec.durationMinutes > 1440) {
    throw new InputError(`${prefix}.durationMinutes`, errorText('must be a whole number of minutes from 1 to 1440'), 'INVALID_DURATION');
  }
  const normalised = { ...spec, recurrenceRule: normaliseRule(spec.recurrenceRule, `${prefix}.recurrenceRule`) };
  if (!ruleFor(normalised).after(floating(normalised.startDate, normalised.startTime), true)) {
    throw new InputError(`${prefix}.recurrenceRule`, errorText('has no occurrences from {startDate}', { startDate: spec.startDate }), 'RECURRENCE_HAS_NO_OCCURRENCES');
  }
  return normalised;
}

/**
 * The local dates (`YYYY-MM-DD`) the rule gives from `from` to `through`, inclusive.
 * More than `limit` is refused as absurd for a forum series.
 */
export function occurrenceDates(spec: RecurrenceSpec, from: string, through: string, limit = MAX_OCCURRENCES_IN_HORIZON, field = 'input.recurrenceRule'): string[] {
  if (through < from) return [];
  const dates: string[] = [];
  ruleFor(spec).between(floating(from, '00:00'), floating(through, '23:59'), true, (date, index) => {
    dates.push(date.toISOString().slice(0, 10));
    return index < limit;
  });
  if (dates.length > limit) {
    throw new InputError(field, errorText('gives more than {limit} occurrences between {from} and {through}; use a sparser rule or a shorter horizon', { limit, from, through }), 'RECURRENCE_TOO_FREQUENT');
  }
  return dates;
}

/**
 * The first `count` local dates the rule gives from `from` on (looking at most ten years
 * ahead), and whether more follow.
 */
export function nextOccurrenceDates(spec: RecurrenceSpec, from: string, count: number): { dates: string[]; more: boolean } {
  const dates: string[] = [];
  const through = addDays(from, 3660);
  ruleFor(spec).between(floating(from, '00:00'), floating(through, '23:59'), true, (date, index) => {
    dates.push(date.toISOString().slice(0, 10));
    return index < count;
  });
  return { dates: dates.slice(0, count), more: dates.length > count };
}

/** The occurrence on a local date: start and end wall-clock times converted in the series' zone. */
export function occurrenceOn(spec: Pick<RecurrenceSpec, 'startTime' | 'durationMinutes' | 'timeZone'>, date: string): Occurrence {
  const startWall = DateTime.fromISO(`${date}T${spec.startTime}`, { zone: 'utc' });
  const startsAt = existingInstant(startWall.toFormat("yyyy-LL-dd'T'HH:mm"), spec.timeZone);
  let endsAt = existingInstant(startWall.plus({ minutes: spec.durationMinutes }).toFormat("yyyy-LL-dd'T'HH:mm"), spec.timeZone);
  if (endsAt <= startsAt) endsAt = new Date(startsAt.getTime() + spec.durationMinutes * 60_000);
  return { key: date, start: instantToLocal(startsAt, spec.timeZone), end: instantToLocal(endsAt, spec.timeZone), startsAt, endsAt };
}

/** Today's local date in a zone, plus `days`. */
export function localDate(zone: string, days: number, now: Date): string {
  return DateTime.fromJSDate(now, { zone }).plus({ days }).toFormat('yyyy-LL-dd');
}

export function addDays(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: 'utc' }).plus({ days }).toFormat('yyyy-LL-dd');
}

function ruleFor(spec: Pick<RecurrenceSpec, 'recurrenceRule' | 'startDate' | 'startTime'>): RRule {
  const parts = ruleParts(spec.recurrenceRule);
  const until = parts.get('UNTIL');
  parts.delete('UNTIL');
  const options = RRule.parseString(joinRule(parts));
  // Evaluated on "floating" times: UTC fields stand for local wall-clock fields, so the rule
  // never sees the zone's offset and the second Tuesday stays the second Tuesday at 18:00.
  return new RRule({
    ...options,
    freq: options.freq ?? Frequency.DAILY,
    dtstart: floating(spec.startDate, spec.startTime),
    until: until ? floating(`${until.slice(0, 4)}-${until.slice(4, 6)}-${until.slice(6, 8)}`, '23:59') : null,
  });
}

function floating(date: string, time: string): Date {
  return new Date(`${date}T${time}:00.000Z`);
}

/**
 * The instant of a local time; a time the clocks skip (spring forward) is taken at the
 * same distance after the gap, as RFC 5545 says for recurrences.
 */
function existingInstant(local: string, zone: string): Date {
  try {
    return localToInstant(local, zone, 'start');
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== 'NONEXISTENT_LOCAL_TIME') throw error;
    const hourLater = DateTime.fromISO(local, { zone: 'utc' }).plus({ hours: 1 }).toFormat("yyyy-LL-dd'T'HH:mm");
    return localToInstant(hourLater, zone, 'start');
  }
}
