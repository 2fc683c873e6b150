import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

export type InviteMethod = 'REQUEST' | 'CANCEL';

export interface CalendarInvite {
  method: InviteMethod;
  /** Stable per event (e.g. per forum), so calendars update the same entry. */
  uid: string;
  /** Raised on every reschedule, so calendars take the newer version. */
  sequence: number;
  start: Date;
  end: Date;
  /** IANA zone the event is held in; times are written in UTC, which every client converts. */
  timeZone: string;
  summary: string;
  description: string;
  location?: string;
  url?: string;
  /** When the message was made (DTSTAMP): the `Clock`'s now. */
  stamp: Date;
  organizer: { name: string; email: string };
  attendee: { name?: string; email: string };
}

const METHODS: Record<InviteMethod, ICalCalendarMethod> = {
  REQUEST: ICalCalendarMethod.REQUEST,
  CANCEL: ICalCalendarMethod.CANCEL,
};

/**
 * An iTIP message (RFC 5546) for one attendee: METHOD:REQUEST makes mail clients show
 * Accept / Tentative / Decline, and their answer comes back as METHOD:REPLY;
 * METHOD:CANCEL removes the event from the attendee's calendar.
 */
export function buildCalendarInvite(invite: CalendarInvite): string {
  return prepareCalendarInvite(invite)(invite.organizer, invite.attendee);
}

/** Fills one event's invite for a given organizer and attendee. */
export type CalendarInviteFor = (organizer: CalendarInvite['organizer'], attendee: CalendarInvite['attendee']) => string;

const ORGANIZER_NAME = 'X-LIAISON-ORGANIZER-NAME';
const ORGANIZER_EMAIL = 'x-liaison-organizer@invalid.example';
const ATTENDEE_NAME = 'X-LIAISON-ATTENDEE-NAME';
const ATTENDEE_EMAIL = 'x-liaison-attendee@invalid.example';

/**
 * Builds the event once and returns a function that writes it for each organizer and
 * attendee: a mailing of 10,000 invites generates the calendar once instead of 10,000
 * times. Lines are unfolded, filled and folded again (RFC 5545: 75 octets).
 */
export function prepareCalendarInvite(invite: Omit<CalendarInvite, 'organizer' | 'attendee'>): CalendarInviteFor {
  const template = generate({
    ...invite,
    organizer: { name: ORGANIZER_NAME, email: ORGANIZER_EMAIL },
    attendee: { name: ATTENDEE_NAME, email: ATTENDEE_EMAIL },
  }).replace(/\r\n[ \t]/g, '');
  return (organizer, attendee) =>
    template
      .split('\r\n')
      .map((line) =>
        foldLine(
          line
            // Replacer functions: a string replacement would read `$&`, `$'`… in a name as patterns.
            .replace(ORGANIZER_NAME, () => paramValue(organizer.name))
            .replace(ORGANIZER_EMAIL, () => organizer.email)
            .replace(ATTENDEE_NAME, () => paramValue(attendee.name ?? attendee.email))
            .replace(ATTENDEE_EMAIL, () => attendee.email),
        ),
      )
      .join('\r\n');
}

/** A parameter value as ical-generator writes it (quoted); quotes themselves cannot appear inside. */
function paramValue(value: string): string {
  return value.replace(/"/g, "'").replace(/[\r\n]/g, ' ');
}

/** Folds a content line at 75 octets without splitting a UTF-8 character. */
export function foldLine(line: string): string {
  if (Buffer.byteLength(line) <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = Buffer.byteLength(char);
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function generate(invite: CalendarInvite): string {
  const calendar = ical({ prodId: { company: 'Liaison', product: 'Liaison', language: 'EN' }, method: METHODS[invite.method] });
  calendar.createEvent({
    id: invite.uid,
    sequence: invite.sequence,
    start: invite.start,
    end: invite.end,
    stamp: invite.stamp,
    summary: invite.summary,
    description: invite.description,
    location: invite.location,
    url: invite.url,
    status: invite.method === 'CANCEL' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: { name: invite.organizer.name, email: invite.organizer.email },
    attendees: [
      {
        name: invite.attendee.name,
        email: invite.attendee.email,
        rsvp: invite.method === 'REQUEST',
        role: ICalAttendeeRole.REQ,
        status: ICalAttendeeStatus.NEEDSACTION,
      },
    ],
    x: [{ key: 'X-LIAISON-TIMEZONE', value: invite.timeZone }],
  });
  return calendar.toString();
}
