import { DateTime, IANAZone } from 'luxon';
import { InputError, errorText } from '@app/common';

/** `2027-03-14T18:00` or `2027-03-14T18:00:30`: a wall-clock time with no offset. */
const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const DAY_MS = 86_400_000;

export function assertTimeZone(zone: string, field: string): void {
  if (!IANAZone.isValidZone(zone)) throw new InputError(field, errorText('"{zone}" is not an IANA time zone (e.g. America/Chicago)', { zone }), 'INVALID_TIME_ZONE');
}

/**
 * Turns a local wall-clock time in `zone` into the UTC instant it names.
 *
 * - A time that does not exist in the zone (skipped when clocks spring forward, e.g.
 *   02:30 on the March change in America/Chicago) is refused: guessing would put the
 *   forum an hour away from what the officer typed.
 * - A time that exists twice (when clocks fall back, e.g. 01:30 on the November change)
 *   is taken at its earlier instant (the first 01:30, still on daylight time).
 */
export function localToInstant(local: string, zone: string, field: string): Date {
  const match = LOCAL_TIME.exec(local);
  if (!match) throw new InputError(field, errorText('must be a local date and time without offset, like 2027-03-14T18:00'), 'INVALID_LOCAL_TIME');
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  const wall = DateTime.fromObject({ year, month, day, hour, minute, second }, { zone: 'utc' });
  if (!wall.isValid) throw new InputError(field, errorText('{local} is not a real date and time', { local }), 'INVALID_LOCAL_TIME');
  const iana = IANAZone.create(zone);
  const wallMs = wall.toMillis();
  // Every offset the zone uses around that day; an instant is a match if the zone
  // really has that offset at that instant.
  const offsets = new Set([iana.offset(wallMs - DAY_MS), iana.offset(wallMs), iana.offset(wallMs + DAY_MS)]);
  const instants = [...offsets].map((offset) => wallMs - offset * 60_000).filter((ms) => iana.offset(ms) * 60_000 === wallMs - ms);
  if (instants.length === 0) {
    throw new InputError(field, errorText('{local} does not exist in {zone} (the clocks skip it when daylight saving starts)', { local, zone }), 'NONEXISTENT_LOCAL_TIME');
  }
  return new Date(Math.min(...instants));
}

/** The instant as wall-clock time in `zone`, in the same shape `localToInstant` takes. */
export function instantToLocal(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toFormat("yyyy-LL-dd'T'HH:mm");
}

/** For messages: `Sat 14 Mar 2027, 18:00 CDT`. */
export function describeLocal(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toFormat('ccc d LLL yyyy, HH:mm ZZZZ');
}
