import type { LanguageCode } from '@app/common';
import { intlLocale } from './translator';

const DAY_AND_TIME: Intl.DateTimeFormatOptions = { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' };
const DAY: Intl.DateTimeFormatOptions = { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' };

/**
 * ICU puts thin and narrow no-break spaces around range dashes and before AM/PM; mail clients
 * and plain-text readers show them unevenly, so they become plain spaces, and a range within
 * one day closes up around its dash ("6:30–8:00 PM").
 */
function tidy(text: string, sameDay: boolean): string {
  const plain = text.replace(/[\u2009\u202f]/g, ' ');
  return sameDay ? plain.replace(/ – /g, '–') : plain;
}

function dayKey(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/**
 * When something runs, in the reader's language and the agency's (or forum's) zone, named:
 * "Monday, January 18, 2027, 6:30–8:00 PM CST" in English for Chicago.
 */
export function formatTimeRange(start: Date, end: Date, timeZone: string, language: LanguageCode): string {
  const locale = intlLocale(language);
  const format = new Intl.DateTimeFormat(locale, { ...DAY_AND_TIME, timeZone, timeZoneName: 'short' });
  const sameDay = dayKey(start, timeZone) === dayKey(end, timeZone);
  // A range across a daylight-saving change names both zones (ICU's range would name only the end's).
  if (sameDay && zoneName(start, timeZone, locale) !== zoneName(end, timeZone, locale)) {
    const endTime = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone, timeZoneName: 'short' }).format(end);
    return tidy(`${format.format(start)} – ${endTime}`, false);
  }
  return tidy(format.formatRange(start, end), sameDay);
}

function zoneName(instant: Date, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' }).formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? '';
}

/** A moment, named with its zone: "Tuesday, December 15, 2026, 6:00 PM CST". */
export function formatDateTime(instant: Date, timeZone: string, language: LanguageCode): string {
  return tidy(new Intl.DateTimeFormat(intlLocale(language), { ...DAY_AND_TIME, timeZone, timeZoneName: 'short' }).format(instant), false);
}

/** A day: "Tuesday, December 15, 2026". */
export function formatDate(instant: Date, timeZone: string, language: LanguageCode): string {
  return tidy(new Intl.DateTimeFormat(intlLocale(language), { ...DAY, timeZone }).format(instant), false);
}

/** A calendar date written YYYY-MM-DD (a due date, a week), without a weekday: "November 30, 2026". */
export function formatCalendarDate(isoDate: string, language: LanguageCode): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(intlLocale(language), { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** "in 2 days", "tomorrow", in the reader's language. */
export function formatRelative(target: Date, now: Date, language: LanguageCode): string {
  const seconds = (target.getTime() - now.getTime()) / 1000;
  const format = new Intl.RelativeTimeFormat(intlLocale(language), { numeric: 'auto' });
  const units: [Intl.RelativeTimeFormatUnit, number][] = [['day', 86_400], ['hour', 3_600], ['minute', 60]];
  for (const [unit, size] of units) if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  return format.format(Math.round(seconds / 60), 'minute');
}

/** A language's name in the reader's language ("Spanish", "español", "Tiếng Tây Ban Nha"); the tag when unknown. */
export function languageNameIn(tag: string, language: LanguageCode): string {
  try {
    return new Intl.DisplayNames([intlLocale(language)], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
