import * as nodeIcal from 'node-ical';
import { PublishedCalendar, PublishedEvent, buildPublishedCalendar } from './calendar-feed';

const event: PublishedEvent = {
  uid: 'forum-1@liaison.local',
  sequence: 1,
  start: new Date('2027-03-10T00:00:00Z'),
  end: new Date('2027-03-10T02:00:00Z'),
  timeZone: 'America/Chicago',
  stamp: new Date('2026-12-01T10:00:00Z'),
  summary: 'Northgate town hall, part 2; questions',
  description: 'Line one\nLine two: café, crème brûlée and ümlauts repeated until the line is folded more than once',
  location: 'Northgate Library, 12 Elm St',
  url: 'https://riverside.example/calendar/riverside#forum-1',
  cancelled: false,
};
const feed: PublishedCalendar = { name: 'Riverside PD: public forums', timeZone: 'America/Chicago', refreshSeconds: 3600, events: [event] };
const vevents = (text: string) => Object.values(nodeIcal.sync.parseICS(text)).filter((c): c is nodeIcal.VEvent => c?.type === 'VEVENT');

describe('buildPublishedCalendar', () => {
  it('puts every calendar property before the first event, as RFC 5545 requires', () => {
    const text = buildPublishedCalendar(feed);
    const head = text.slice(0, text.indexOf('BEGIN:VEVENT'));
    for (const property of ['VERSION:2.0', 'PRODID:', 'X-WR-CALNAME:Riverside PD: public forums', 'X-WR-TIMEZONE:America/Chicago', 'REFRESH-INTERVAL;VALUE=DURATION:PT1H', 'X-PUBLISHED-TTL:PT1H']) {
      expect(head).toContain(property);
    }
    expect(text.slice(text.lastIndexOf('END:VEVENT'))).toBe('END:VEVENT\r\nEND:VCALENDAR');
  });

  it('writes the same bytes for the same forums (no clock inside), so HTTP caches can validate it', () => {
    expect(buildPublishedCalendar(feed)).toBe(buildPublishedCalendar({ ...feed, events: [{ ...event }] }));
    expect(buildPublishedCalendar(feed)).toContain('DTSTAMP:20261201T100000Z\r\n');
  });

  it('escapes text and folds long lines at 75 octets so a parser reads back exactly what was written', () => {
    const text = buildPublishedCalendar(feed);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const [parsed] = vevents(text);
    expect(parsed.summary).toBe(event.summary);
    expect(parsed.description).toBe(event.description);
    expect(parsed.location).toBe(event.location);
  });

  it('marks a cancelled event STATUS:CANCELLED and keeps its UID and sequence', () => {
    const [parsed] = vevents(buildPublishedCalendar({ ...feed, events: [{ ...event, cancelled: true, sequence: 2 }] }));
    expect(parsed.status).toBe('CANCELLED');
    expect(parsed.uid).toBe(event.uid);
    expect(Number(parsed.sequence)).toBe(2);
  });

  it('has no METHOD as a subscription feed and METHOD:PUBLISH as a one-off download', () => {
    expect(buildPublishedCalendar(feed)).not.toContain('METHOD:');
    expect(buildPublishedCalendar({ ...feed, method: 'PUBLISH' })).toContain('METHOD:PUBLISH\r\n');
  });

  it('is a valid empty calendar when there are no forums', () => {
    const text = buildPublishedCalendar({ ...feed, events: [] });
    expect(text).toMatch(/X-WR-TIMEZONE:America\/Chicago\r\nEND:VCALENDAR$/);
    expect(vevents(text)).toEqual([]);
  });
});
