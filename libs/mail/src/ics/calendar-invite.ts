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
  const calendar = ical({ prodId: { company: 'Liaison', product: 'Liaison', language: 'EN' }, method: METHODS[invite.method] });
  calendar.createEvent({
    id: invite.uid,
    sequence: invite.sequence,
    start: invite.start,
    end: invite.end,
    stamp: new Date(),
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
