import { DateTime } from 'luxon';

/** A calendar date `YYYY-MM-DD`, as the task-force tables store dates. */
export type IsoDate = string;

/** The calendar date at `now` in the zone (callers pass the Clock's now). */
export function todayIn(zone: string, now: Date): IsoDate {
  return DateTime.fromJSDate(now, { zone }).toISODate()!;
}

/** A real calendar date in the years 1000 to 9999 (PostgreSQL has no year 0, which luxon reads as 1 BC). */
export function isIsoDate(value: string): boolean {
  return /^[1-9]\d{3}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value).isValid;
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return DateTime.fromISO(to, { zone: 'UTC' }).diff(DateTime.fromISO(from, { zone: 'UTC' }), 'days').days;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return DateTime.fromISO(date, { zone: 'UTC' }).plus({ days }).toISODate()!;
}
