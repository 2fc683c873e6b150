import { DateTime } from 'luxon';

const DAY = 'cccc d LLLL yyyy';
const TIME = 'h:mm a';

/**
 * When a forum runs, in its own zone and named: "Tuesday 9 March 2027, 6:00 PM – 8:00 PM CST".
 * A forum ending on another day shows both dates; one crossing a DST change shows both zone names.
 */
export function formatForumTime(start: Date, end: Date, timeZone: string): string {
  const from = DateTime.fromJSDate(start, { zone: timeZone }).setLocale('en-US');
  const to = DateTime.fromJSDate(end, { zone: timeZone }).setLocale('en-US');
  const fromZone = from.toFormat('ZZZZ');
  const toZone = to.toFormat('ZZZZ');
  if (!from.hasSame(to, 'day')) return `${from.toFormat(`${DAY}, ${TIME}`)} ${fromZone} – ${to.toFormat(`${DAY}, ${TIME}`)} ${toZone}`;
  if (fromZone !== toZone) return `${from.toFormat(`${DAY}, ${TIME}`)} ${fromZone} – ${to.toFormat(TIME)} ${toZone}`;
  return `${from.toFormat(`${DAY}, ${TIME}`)} – ${to.toFormat(TIME)} ${toZone}`;
}
