import * as nodeIcal from 'node-ical';
import { buildCalendarInvite, CalendarInvite, foldLine, prepareCalendarInvite } from './calendar-invite';

const invite: CalendarInvite = {
  method: 'REQUEST',
  uid: 'forum-6f1c@liaison.local',
  sequence: 2,
  start: new Date('2026-12-08T00:30:00Z'),
  end: new Date('2026-12-08T02:00:00Z'),
  timeZone: 'America/Chicago',
  summary: 'Northgate Town Hall',
  description: 'Agenda: welcome; traffic safety; questions',
  location: 'Northgate Library, 12 Elm St',
  stamp: new Date('2026-12-01T12:00:00Z'),
  organizer: { name: 'Riverside PD', email: 'community@riverside-pd.example' },
  attendee: { name: 'Maria Lopez', email: 'maria@ngo.example' },
};

describe('buildCalendarInvite', () => {
  it('writes a REQUEST a standard parser reads back: UID, SEQUENCE, times, organizer, attendee with RSVP', () => {
    const text = buildCalendarInvite(invite);
    expect(text).toContain('METHOD:REQUEST');
    const event = Object.values(nodeIcal.sync.parseICS(text)).find((c) => c?.type === 'VEVENT') as nodeIcal.VEvent;
    expect(event.uid).toBe(invite.uid);
    expect(Number(event.sequence)).toBe(2);
    expect(new Date(event.start as unknown as string).toISOString()).toBe(invite.start.toISOString());
    expect(new Date(event.end as unknown as string).toISOString()).toBe(invite.end.toISOString());
    expect(String((event.organizer as { val: string }).val).toLowerCase()).toBe('mailto:community@riverside-pd.example');
    const attendee = event.attendee as unknown as { val: string; params: Record<string, string> };
    expect(attendee.val.toLowerCase()).toBe('mailto:maria@ngo.example');
    expect(String(attendee.params.RSVP).toUpperCase()).toBe('TRUE');
    expect(text).toMatch(/PARTSTAT=NEEDS-ACTION/);
  });

  it('writes a CANCEL with the same UID and a cancelled status', () => {
    const text = buildCalendarInvite({ ...invite, method: 'CANCEL', sequence: 3 });
    expect(text).toContain('METHOD:CANCEL');
    expect(text).toContain('STATUS:CANCELLED');
    expect(text).toContain(`UID:${invite.uid}`);
    expect(text).not.toContain('RSVP=TRUE');
  });

  it('a prepared invite fills each organizer and attendee, folding long lines at 75 octets without splitting characters', () => {
    const { organizer: _o, attendee: _a, ...event } = invite;
    const forEach = prepareCalendarInvite(event);
    const name = 'María José Fernández-Castellanos de la Peña, "Centro Comunitario" Ñuñoa';
    const text = forEach({ name: 'Riverside PD', email: 'rsvp+0123456789abcdef0123456789abcdef01234567@replies.example' }, { name, email: 'mj@ngo.example' });
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const event2 = Object.values(nodeIcal.sync.parseICS(text)).find((c) => c?.type === 'VEVENT') as nodeIcal.VEvent;
    const attendee = event2.attendee as unknown as { val: string; params: Record<string, string> };
    expect(attendee.val.toLowerCase()).toBe('mailto:mj@ngo.example');
    expect(attendee.params.CN).toBe(name.replace(/"/g, "'"));
    expect(String((event2.organizer as { val: string }).val)).toBe('mailto:rsvp+0123456789abcdef0123456789abcdef01234567@replies.example');
    expect(foldLine('é'.repeat(80)).split('\r\n ').join('')).toBe('é'.repeat(80));
  });

  it("writes a name holding replacement patterns ($&, $', $`) as it is: the attendee stays the attendee", () => {
    const { organizer: _o, attendee: _a, ...event } = invite;
    const name = "Cost $' Team $& $` $$";
    const text = prepareCalendarInvite(event)({ name: 'Riverside $& PD', email: 'rsvp+abc@replies.example' }, { name, email: 'team@ngo.example' });
    const parsed = Object.values(nodeIcal.sync.parseICS(text)).find((c) => c?.type === 'VEVENT') as nodeIcal.VEvent;
    const attendee = parsed.attendee as unknown as { val: string; params: Record<string, string> };
    expect(attendee.val.toLowerCase()).toBe('mailto:team@ngo.example');
    expect(attendee.params.CN).toBe(name);
    expect(text).not.toContain('invalid.example');
  });
});
