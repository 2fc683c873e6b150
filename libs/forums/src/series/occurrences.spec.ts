import { DomainError } from '@app/common';
import { RecurrenceSpec, assertRecurrenceSpec, normaliseRule, occurrenceDates, occurrenceOn } from './occurrences';

const ADVISORY: RecurrenceSpec = {
  recurrenceRule: 'FREQ=MONTHLY;BYDAY=2TU',
  startDate: '2027-01-01',
  startTime: '18:00',
  durationMinutes: 120,
  timeZone: 'America/Chicago',
};

function errorOf(work: () => unknown): { code?: string; field?: unknown } {
  try {
    work();
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, field: error.details.field };
    throw error;
  }
  return {};
}

describe('series occurrences', () => {
  it('gives the second Tuesday of every month as local dates', () => {
    expect(occurrenceDates(ADVISORY, '2027-01-01', '2027-12-31')).toEqual([
      '2027-01-12', '2027-02-09', '2027-03-09', '2027-04-13', '2027-05-11', '2027-06-08',
      '2027-07-13', '2027-08-10', '2027-09-14', '2027-10-12', '2027-11-09', '2027-12-14',
    ]);
  });

  it('keeps 18:00 local across the March and November changes while the UTC offset moves', () => {
    const march = occurrenceOn(ADVISORY, '2027-03-09');
    const april = occurrenceOn(ADVISORY, '2027-04-13');
    const november = occurrenceOn(ADVISORY, '2027-11-09');
    expect([march.start, april.start, november.start]).toEqual(['2027-03-09T18:00', '2027-04-13T18:00', '2027-11-09T18:00']);
    expect(march.startsAt.toISOString()).toBe('2027-03-10T00:00:00.000Z');
    expect(april.startsAt.toISOString()).toBe('2027-04-13T23:00:00.000Z');
    expect(november.startsAt.toISOString()).toBe('2027-11-10T00:00:00.000Z');
    expect(march.end).toBe('2027-03-09T20:00');
    expect(march.endsAt.getTime() - march.startsAt.getTime()).toBe(2 * 3_600_000);
  });

  it('moves a start the clocks skip to just after the gap', () => {
    const spec = { ...ADVISORY, recurrenceRule: 'FREQ=YEARLY;BYMONTH=3;BYDAY=2SU', startTime: '02:30', durationMinutes: 60 };
    const occurrence = occurrenceOn(spec, '2027-03-14');
    expect(occurrence.start).toBe('2027-03-14T03:30');
    expect(occurrence.startsAt.toISOString()).toBe('2027-03-14T08:30:00.000Z');
  });

  it('honours COUNT from the start date and UNTIL as an inclusive local date', () => {
    expect(occurrenceDates({ ...ADVISORY, recurrenceRule: 'FREQ=MONTHLY;BYDAY=2TU;COUNT=3' }, '2027-01-01', '2028-12-31')).toEqual([
      '2027-01-12', '2027-02-09', '2027-03-09',
    ]);
    expect(occurrenceDates({ ...ADVISORY, recurrenceRule: 'FREQ=MONTHLY;BYDAY=2TU;UNTIL=20270309' }, '2027-02-01', '2028-12-31')).toEqual([
      '2027-02-09', '2027-03-09',
    ]);
  });

  it('normalises a rule: upper case, no RRULE: prefix, UNTIL as a date', () => {
    expect(normaliseRule('RRULE:byday=2tu;freq=monthly')).toBe('FREQ=MONTHLY;BYDAY=2TU');
    expect(normaliseRule('FREQ=WEEKLY;UNTIL=20271231T235959Z')).toBe('FREQ=WEEKLY;UNTIL=20271231');
  });

  it.each([
    ['', 'INVALID_RECURRENCE_RULE'],
    ['FREQ=BOGUS', 'INVALID_RECURRENCE_RULE'],
    ['FREQ=MINUTELY', 'RECURRENCE_TOO_FREQUENT'],
    ['FREQ=HOURLY;INTERVAL=6', 'RECURRENCE_TOO_FREQUENT'],
    ['FREQ=DAILY;BYHOUR=9', 'INVALID_RECURRENCE_RULE'],
    ['DTSTART:20270101T000000Z;FREQ=DAILY', 'INVALID_RECURRENCE_RULE'],
    ['FREQ=MONTHLY;BYDAY=XX', 'INVALID_RECURRENCE_RULE'],
    ['FREQ=MONTHLY;BYMONTHDAY=32', 'INVALID_RECURRENCE_RULE'],
    ['FREQ=DAILY;COUNT=0', 'INVALID_RECURRENCE_RULE'],
    ['FREQ=DAILY;COUNT=3;UNTIL=20271231', 'INVALID_RECURRENCE_RULE'],
    ['FREQ=DAILY;FREQ=WEEKLY', 'INVALID_RECURRENCE_RULE'],
    ['BYDAY=TU', 'INVALID_RECURRENCE_RULE'],
    ['FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30', 'RECURRENCE_HAS_NO_OCCURRENCES'],
    ['FREQ=WEEKLY;UNTIL=20261231', 'RECURRENCE_HAS_NO_OCCURRENCES'],
  ])('refuses the rule %j naming input.recurrenceRule (%s)', (rule, code) => {
    expect(errorOf(() => assertRecurrenceSpec({ ...ADVISORY, recurrenceRule: rule }))).toEqual({ code, field: 'input.recurrenceRule' });
  });

  it('refuses an absurd number of occurrences within the horizon', () => {
    const daily = { ...ADVISORY, recurrenceRule: 'FREQ=DAILY' };
    expect(occurrenceDates(daily, '2027-01-01', '2027-06-29')).toHaveLength(180);
    expect(errorOf(() => occurrenceDates(daily, '2027-01-01', '2028-12-31'))).toEqual({ code: 'RECURRENCE_TOO_FREQUENT', field: 'input.recurrenceRule' });
  });

  it('names the timing field at fault', () => {
    expect(errorOf(() => assertRecurrenceSpec({ ...ADVISORY, timeZone: 'Mars/Base' })).field).toBe('input.timeZone');
    expect(errorOf(() => assertRecurrenceSpec({ ...ADVISORY, startDate: '2027-02-30' })).field).toBe('input.startDate');
    expect(errorOf(() => assertRecurrenceSpec({ ...ADVISORY, startTime: '6pm' })).field).toBe('input.startTime');
    expect(errorOf(() => assertRecurrenceSpec({ ...ADVISORY, durationMinutes: 0 })).field).toBe('input.durationMinutes');
  });
});
