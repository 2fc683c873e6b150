import { useIntl } from 'react-intl';
import { fromRule } from './pattern';
import { useWeekdayName } from './PatternFields';
import { seriesMessages as m } from './series.messages';

interface Reason {
  code: string;
  conflictingForumTitle?: string | null;
}

/** A local `YYYY-MM-DD` as a date (its own day, whatever the viewer's zone). */
function localDay(date: string): Date {
  return new Date(`${date}T12:00:00Z`);
}

/** Plain words for series: the pattern ("The second Tuesday of every month at 6:00 PM, 6 times"), dates and skip reasons. */
export function useSeriesWords() {
  const intl = useIntl();
  const dayName = useWeekdayName();
  const day = (date: string) => intl.formatDate(localDay(date), { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
  const time = (hhmm: string) => intl.formatTime(new Date(`2024-01-01T${hhmm}:00Z`), { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
  const pattern = (rule: string, startTime: string, startDate = '') => {
    const p = fromRule(rule, startDate);
    if (!p) return intl.formatMessage(m.patternCustom);
    const base =
      p.every === 'MONTH'
        ? intl.formatMessage(m.patternMONTH, { ordinal: intl.formatMessage(m.ordinalName, { n: String(p.ordinal) }), day: dayName(p.monthWeekday) })
        : intl.formatMessage(m[`pattern${p.every}`], { days: intl.formatList(p.weekdays.map(dayName), { type: 'conjunction' }) });
    const ending = p.ending === 'AFTER' ? intl.formatMessage(m.endsAfter, { count: Number(p.count) }) : p.ending === 'ON_DATE' ? intl.formatMessage(m.endsOn, { date: day(p.until) }) : null;
    const at = intl.formatMessage(m.patternAt, { pattern: base, time: time(startTime) });
    return ending ? intl.formatMessage(m.patternWithEnd, { pattern: at, ending }) : at;
  };
  const reason = (r: Reason | null | undefined) => {
    if (!r) return intl.formatMessage(m.reasonUnknown);
    if (r.code === 'FORUM_VENUE_CONFLICT') return intl.formatMessage(m.reasonVenue, { title: r.conflictingForumTitle ?? '' });
    if (r.code === 'FORUM_HOST_CONFLICT') return intl.formatMessage(m.reasonHost, { title: r.conflictingForumTitle ?? '' });
    if (r.code.includes('ARCHIVED')) return intl.formatMessage(m.reasonArchived);
    if (r.code === 'UNKNOWN') return intl.formatMessage(m.reasonUnknown);
    return intl.formatMessage(m.reasonOther);
  };
  return { day, time, pattern, reason };
}
