import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

export const LIAISON_PRODID = { company: 'Liaison', product: 'Liaison', language: 'EN' };

/** One event of a published calendar (RFC 5545), written in UTC. */
export interface PublishedEvent {
  /** Stable per forum (`forumCalendarUid`), so a calendar updates the entry it already has. */
  uid: string;
  /** Raised on every reschedule, so calendars take the newer version. */
  sequence: number;
  start: Date;
  end: Date;
  /** IANA zone the event is held in; kept as X-LIAISON-TIMEZONE, the times themselves are UTC. */
  timeZone: string;
  /** When this version of the event was written: the same bytes for an unchanged event. */
  stamp: Date;
  created?: Date;
  summary: string;
  description: string;
  location: string;
  url?: string;
  /** Written STATUS:CANCELLED, so subscribed calendars drop (or strike out) the event. */
  cancelled: boolean;
  organizer?: { name: string; email: string };
}

export interface PublishedCalendar {
  /** X-WR-CALNAME / NAME: what calendar apps call the subscription (left out of one-off downloads, which join an existing calendar). */
  name?: string;
  description?: string;
  /** X-WR-TIMEZONE: the zone apps show the calendar in by default. */
  timeZone: string;
  /** Where the calendar is read from (URL and SOURCE). */
  url?: string;
  /** REFRESH-INTERVAL and X-PUBLISHED-TTL: how often subscribers re-read it. */
  refreshSeconds?: number;
  /** PUBLISH for a one-off download; none for a subscription feed. */
  method?: 'PUBLISH';
  events: PublishedEvent[];
}

/**
 * A calendar for people to subscribe to or import: no attendees and no replies, just
 * events with stable UIDs whose SEQUENCE and STATUS tell apps what changed. Built only
 * from its input (no clock), so the same forums give the same bytes and ETags work.
 */
export function buildPublishedCalendar(input: PublishedCalendar): string {
  const calendar = ical({
    prodId: LIAISON_PRODID,
    name: input.name,
    description: input.description,
    url: input.url,
    source: input.url,
    ttl: input.refreshSeconds,
    method: input.method === 'PUBLISH' ? ICalCalendarMethod.PUBLISH : undefined,
  });
  for (const event of input.events) {
    calendar.createEvent({
      id: event.uid,
      sequence: event.sequence,
      start: event.start,
      end: event.end,
      stamp: event.stamp,
      created: event.created,
      lastModified: event.stamp,
      summary: event.summary,
      description: event.description,
      location: event.location,
      url: event.url,
      status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      organizer: event.organizer,
      x: [{ key: 'X-LIAISON-TIMEZONE', value: event.timeZone }],
    });
  }
  return withCalendarProperty(calendar.toString(), `X-WR-TIMEZONE:${input.timeZone}`);
}

/**
 * ical-generator writes the calendar's X- properties after its events, but RFC 5545 puts
 * every calendar property before the first component; so this one is placed by hand.
 */
function withCalendarProperty(ics: string, line: string): string {
  const at = ics.search(/BEGIN:VEVENT\r\n|END:VCALENDAR/);
  return `${ics.slice(0, at)}${line}\r\n${ics.slice(at)}`;
}
