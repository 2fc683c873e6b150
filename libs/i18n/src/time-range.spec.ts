import { formatTimeRange } from './dates';

/** A forum's time as pages and mails show it: in the forum's own zone, named. */
describe('formatTimeRange', () => {
  it('writes a forum in its own zone with the zone named: Tuesday, March 9, 2027, 6:00–8:00 PM CST', () => {
    expect(formatTimeRange(new Date('2027-03-10T00:00:00Z'), new Date('2027-03-10T02:00:00Z'), 'America/Chicago', 'en')).toBe(
      'Tuesday, March 9, 2027, 6:00–8:00 PM CST',
    );
  });

  it('uses daylight time after the change: the same wall-clock hour a week later is CDT', () => {
    expect(formatTimeRange(new Date('2027-03-16T23:00:00Z'), new Date('2027-03-17T01:00:00Z'), 'America/Chicago', 'en')).toBe(
      'Tuesday, March 16, 2027, 6:00–8:00 PM CDT',
    );
  });

  it('shows the forum in its zone, not the server’s: a Los Angeles evening is PST', () => {
    expect(formatTimeRange(new Date('2027-01-13T02:30:00Z'), new Date('2027-01-13T04:00:00Z'), 'America/Los_Angeles', 'en')).toBe(
      'Tuesday, January 12, 2027, 6:30–8:00 PM PST',
    );
  });

  it('names both dates when a forum runs past midnight', () => {
    expect(formatTimeRange(new Date('2027-01-16T04:00:00Z'), new Date('2027-01-16T07:00:00Z'), 'America/Chicago', 'en')).toBe(
      'Friday, January 15, 2027 at 10:00 PM CST – Saturday, January 16, 2027 at 1:00 AM CST',
    );
  });

  it('names both zones when the clocks change during the forum', () => {
    // 2027-03-14 02:00 CST becomes 03:00 CDT.
    expect(formatTimeRange(new Date('2027-03-14T07:30:00Z'), new Date('2027-03-14T08:30:00Z'), 'America/Chicago', 'en')).toBe(
      'Sunday, March 14, 2027 at 1:30 AM CST – 3:30 AM CDT',
    );
  });
});
