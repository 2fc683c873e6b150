import { DomainError } from '@app/common';
import { assertTimeZone, instantToLocal, localToInstant } from './local-time';

function fieldOf(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    if (error instanceof DomainError) return { kind: error.kind, field: error.details.field, code: error.code };
    throw error;
  }
  throw new Error('expected an error');
}

describe('local wall-clock times', () => {
  it('converts a local time in the zone to the UTC instant (standard and daylight time)', () => {
    expect(localToInstant('2027-01-14T18:00', 'America/Chicago', 'input.start').toISOString()).toBe('2027-01-15T00:00:00.000Z');
    expect(localToInstant('2027-07-14T18:00', 'America/Chicago', 'input.start').toISOString()).toBe('2027-07-14T23:00:00.000Z');
    expect(localToInstant('2027-07-14T18:00', 'Europe/London', 'input.start').toISOString()).toBe('2027-07-14T17:00:00.000Z');
  });

  it('refuses a time skipped by the spring-forward change, naming the field', () => {
    expect(fieldOf(() => localToInstant('2027-03-14T02:30', 'America/Chicago', 'input.start'))).toEqual({
      kind: 'BAD_USER_INPUT',
      field: 'input.start',
      code: 'NONEXISTENT_LOCAL_TIME',
    });
  });

  it('takes the earlier instant of a time repeated by the fall-back change', () => {
    // 2027-11-07 01:30 happens twice in Chicago: first at -05:00 (CDT), then at -06:00 (CST).
    expect(localToInstant('2027-11-07T01:30', 'America/Chicago', 'input.start').toISOString()).toBe('2027-11-07T06:30:00.000Z');
  });

  it('keeps the same wall-clock time on both sides of a daylight-saving change', () => {
    const before = localToInstant('2027-03-13T18:00', 'America/Chicago', 'x');
    const after = localToInstant('2027-03-15T18:00', 'America/Chicago', 'x');
    expect(after.getTime() - before.getTime()).toBe(47 * 3_600_000);
    expect(instantToLocal(after, 'America/Chicago')).toBe('2027-03-15T18:00');
  });

  it('refuses offsets, malformed and impossible dates, naming the field', () => {
    for (const bad of ['2027-03-14T18:00Z', '2027-03-14T18:00-05:00', '2027-03-14', 'tomorrow', '2027-02-30T10:00', '2027-01-01T25:00']) {
      expect(fieldOf(() => localToInstant(bad, 'America/Chicago', 'input.end'))).toMatchObject({ kind: 'BAD_USER_INPUT', field: 'input.end' });
    }
  });

  it('refuses an unknown time zone, naming the field', () => {
    expect(fieldOf(() => assertTimeZone('Mars/Olympus_Mons', 'input.timeZone'))).toMatchObject({ field: 'input.timeZone', code: 'INVALID_TIME_ZONE' });
    expect(() => assertTimeZone('America/Chicago', 'input.timeZone')).not.toThrow();
  });
});
