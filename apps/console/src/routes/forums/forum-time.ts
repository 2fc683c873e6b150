import type { IntlShape } from 'react-intl';

/** Day, date and time with the zone's short name: how the forum screens show a moment. */
const WHEN: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' };

/** A forum's period in its zone, e.g. "Tue, 14 Mar 2027, 18:00 – 20:00 CDT": the zone is always named. */
export function formatPeriod(intl: IntlShape, startsAt: string, endsAt: string, timeZone: string): string {
  return intl.formatDateTimeRange(new Date(startsAt), new Date(endsAt), { ...WHEN, timeZone });
}

/** One instant in a zone, with the zone named. */
export function formatInstant(intl: IntlShape, at: string, timeZone: string): string {
  return intl.formatDate(new Date(at), { ...WHEN, timeZone });
}

function parts(at: Date, timeZone: string): Record<string, number> {
  const fields = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(at);
  return Object.fromEntries(fields.filter((p) => p.type !== 'literal').map((p) => [p.type, Number(p.value)]));
}

/** The local date of an instant in a zone, as YYYY-MM-DD (how the calendar files a forum under its day). */
export function localDate(at: string | Date, timeZone: string): string {
  const p = parts(new Date(at), timeZone);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** The instant of local midnight starting a date (YYYY-MM-DD) in a zone, as ISO: date filters are days in the agency's zone. */
export function startOfLocalDate(date: string, timeZone: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const wall = Date.UTC(year, month - 1, day);
  let guess = wall;
  // Two rounds settle the zone's offset at that instant (enough across a daylight-saving change).
  for (let i = 0; i < 2; i++) {
    const p = parts(new Date(guess), timeZone);
    const shown = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
    guess += wall - shown;
  }
  return new Date(guess).toISOString();
}

/** The date after a YYYY-MM-DD date. */
export function nextDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/** A valid YYYY-MM-DD date, or null. */
export function validDate(value: string): string | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ? value : null;
}
