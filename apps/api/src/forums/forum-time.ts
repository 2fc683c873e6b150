import type { LanguageCode } from '@app/common';
import { formatTimeRange } from '@app/i18n';

/**
 * When a forum runs, in its own zone and named, in the reader's language: "Tuesday, March 9, 2027,
 * 6:00–8:00 PM CST". A forum ending on another day shows both dates; one crossing a DST change both zone names.
 */
export function formatForumTime(start: Date, end: Date, timeZone: string, language: LanguageCode = 'en'): string {
  return formatTimeRange(start, end, timeZone, language);
}
