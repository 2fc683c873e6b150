import { DataSource } from 'typeorm';
import { DateTime } from 'luxon';
import type { Forum } from '@app/forums';
import type { Contact } from '@app/partners';
import { JobsService, QueueName } from '@app/queue';
import { MailTestStack, createContact, createMailTestStack, createVenue, waitForIdleQueues } from '@app/testing';
import { INVITE, calendarPart, expectCalendarAlternative, postForm, until } from './support/rsvp-helpers';
import { answeredForum } from './support/answered-forum';

const DAY = 24 * 3_600_000;
const HOUR = 3_600_000;

/**
 * The invitations' side of forum changes, reached through the forums' own GraphQL
 * mutations (rescheduleForum, cancelForum, updateForum, completeForum, checkInAttendee):
 * the ForumChangeNotifier is called by the forums service, not by the test.
 */
describe('Forum mutations reach the invitations', () => {
  let stack: MailTestStack;
  let db: DataSource;

  beforeAll(async () => {
    stack = await createMailTestStack({ PUBLIC_RATE_LIMIT: '10000', MAIL_DOMAIN: 'replies.liaison.test' });
    db = stack.t.dataSource;
  });
  afterAll(() => stack.close());

  /** Four invitees answering attending (party of 2), maybe, declined and nothing. */
  async function fourAnswers(overrides: Partial<Forum> = {}) {
    const answers: (Record<string, string> | null)[] = [{ answer: 'attending', partySize: '2' }, { answer: 'maybe' }, { answer: 'declined' }, null];
    const { people, ...rest } = await answeredForum(stack, answers, overrides);
    const [attending, maybe, declined, silent] = people;
    return { ...rest, attending, maybe, declined, silent };
  }

  const reminders = (forumId: string) =>
    db.query(`SELECT due_at, cancelled_at FROM forum_reminders WHERE forum_id = $1 AND kind = 'REMINDER' ORDER BY offset_minutes DESC`, [forumId]);
  const local = (instant: Date, zone: string) => DateTime.fromJSDate(instant, { zone }).toFormat("yyyy-LL-dd'T'HH:mm");
  const icsTime = (instant: Date) => instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

  it('rescheduleForum on a published forum mails everyone not declined an update (same UID, SEQUENCE raised, new time) and moves the reminders', async () => {
    const { officer, forum, attending, maybe, declined, silent } = await fourAnswers();
    const newStart = new Date(Math.floor((forum.startsAt.getTime() + 2 * DAY) / HOUR) * HOUR);
    const newEnd = new Date(newStart.getTime() + 2 * HOUR);
    const moved = await stack.t.graphql.data<{ rescheduleForum: { sequence: number } }>(
      `mutation($id: ID!, $input: RescheduleForumInput!) { rescheduleForum(id: $id, input: $input) { sequence } }`,
      { id: forum.id, input: { start: local(newStart, forum.timeZone), end: local(newEnd, forum.timeZone), reason: 'The hall is being painted' } },
      officer.token,
    );
    expect(moved.rescheduleForum.sequence).toBe(1);

    for (const person of [attending, maybe, silent] as Contact[]) {
      const mails = await stack.sink.waitFor(person.email, person === silent ? 2 : 3);
      const update = mails[mails.length - 1];
      expect(update.parsed.subject).toMatch(/^Updated: /);
      const ics = calendarPart(update);
      expect(ics).toMatch(/^METHOD:REQUEST$/m);
      expect(ics).toContain(`UID:forum-${forum.id}@replies.liaison.test`);
      expect(ics).toMatch(/^SEQUENCE:1$/m);
      expect(ics).toContain(`DTSTART:${icsTime(newStart)}`);
      expectCalendarAlternative(update, 'REQUEST');
    }
    await waitForIdleQueues(stack.worker);
    expect(stack.sink.to(declined.email)).toHaveLength(2);
    const rows = await reminders(forum.id);
    expect(rows.map((r: { due_at: Date }) => new Date(r.due_at).getTime())).toEqual([newStart.getTime() - 3 * DAY, newStart.getTime() - 3 * HOUR]);
  });

  it('a forum moved earlier past its "3 days before" reminder never sends it: the unsent reminder is dropped, and its old wake-up finds nothing to send', async () => {
    // Published 3 days + 7 minutes ahead with the default offsets (3 days, 3 hours); one invitee attending.
    const minute = 60_000;
    const start = new Date(Math.ceil((Date.now() + 3 * DAY + 7 * minute) / minute) * minute);
    const { officer, forum, people } = await answeredForum(stack, [{ answer: 'attending' }], { startsAt: start, endsAt: new Date(start.getTime() + 2 * HOUR) });
    const [before] = await db.query(`SELECT id, due_at FROM forum_reminders WHERE forum_id = $1 AND offset_minutes = 4320`, [forum.id]);
    expect(new Date(before.due_at).getTime()).toBe(start.getTime() - 3 * DAY);

    const newStart = new Date(Math.ceil((Date.now() + 2 * DAY) / minute) * minute);
    await stack.t.graphql.data(
      `mutation($id: ID!, $input: RescheduleForumInput!) { rescheduleForum(id: $id, input: $input) { sequence } }`,
      { id: forum.id, input: { start: local(newStart, forum.timeZone), end: local(new Date(newStart.getTime() + 2 * HOUR), forum.timeZone), reason: 'Moved earlier' } },
      officer.token,
    );
    const rows = await reminders(forum.id);
    expect(rows.map((r: { due_at: Date; cancelled_at: Date | null }) => [new Date(r.due_at).getTime(), r.cancelled_at !== null])).toEqual([
      [newStart.getTime() - 3 * DAY, true],
      [newStart.getTime() - 3 * HOUR, false],
    ]);

    // The "7 minutes later" of the old schedule, now: the delayed wake-up queued for the old time runs.
    const queue = stack.worker.get(JobsService).queue(QueueName.INVITATIONS);
    const wakeUp = await queue.getJob(`reminder-${before.id}-${new Date(before.due_at).getTime()}`);
    expect(wakeUp).toBeDefined();
    await wakeUp!.promote();
    await until(async () => (await queue.getJobState(wakeUp!.id!)) === 'completed', 'the old wake-up to run');
    await stack.sink.waitFor(people[0].email, 3); // invitation, confirmation, the reschedule's update
    const [sent] = await db.query(`SELECT count(*) FILTER (WHERE sent_at IS NOT NULL)::int AS n FROM forum_reminders WHERE forum_id = $1`, [forum.id]);
    expect(sent.n).toBe(0);
    expect(stack.sink.to(people[0].email).map((m) => m.parsed.subject)).not.toContainEqual(expect.stringMatching(/^Reminder: /));
  });

  it('updateForum moving a published forum to another venue mails everyone not declined an update (SEQUENCE raised, the new LOCATION); a new description alone mails nobody', async () => {
    const { officer, agency, forum, attending, maybe, declined, silent } = await fourAnswers();
    const update = (input: Record<string, unknown>) =>
      stack.t.graphql.data<{ updateForum: { sequence: number } }>(`mutation($id: ID!, $input: UpdateForumInput!) { updateForum(id: $id, input: $input) { sequence } }`, { id: forum.id, input }, officer.token);
    expect((await update({ description: 'Bring your questions.' })).updateForum.sequence).toBe(0);
    const hall = await createVenue(db, agency.id, { name: 'Harbour Community Hall', address: '12 Quay Street' });
    expect((await update({ venueId: hall.id })).updateForum.sequence).toBe(1);

    for (const person of [attending, maybe, silent] as Contact[]) {
      const mails = await stack.sink.waitFor(person.email, person === silent ? 2 : 3);
      const moved = mails[mails.length - 1];
      expect(moved.parsed.subject).toMatch(/^Updated: /);
      const ics = calendarPart(moved);
      expect(ics).toMatch(/^METHOD:REQUEST$/m);
      expect(ics).toMatch(/^SEQUENCE:1$/m);
      expect(ics).toContain('LOCATION:Harbour Community Hall\\, 12 Quay Street');
    }
    await waitForIdleQueues(stack.worker);
    // One update each, none for the description, none to the one who declined.
    expect(stack.sink.to(attending.email)).toHaveLength(3);
    expect(stack.sink.to(silent.email)).toHaveLength(2);
    expect(stack.sink.to(declined.email)).toHaveLength(2);
  });

  it('updateForum moving the RSVP deadline moves the nudge before it, and drops it when its time has passed', async () => {
    const { officer, forum } = await answeredForum(stack, [null], { rsvpDeadline: new Date(Date.now() + 5 * DAY) });
    const nudge = async () => (await db.query(`SELECT due_at, cancelled_at FROM forum_reminders WHERE forum_id = $1 AND kind = 'NUDGE'`, [forum.id]))[0];
    const update = (deadline: Date) =>
      stack.t.graphql.data(`mutation($id: ID!, $input: UpdateForumInput!) { updateForum(id: $id, input: $input) { id } }`, { id: forum.id, input: { rsvpDeadline: local(deadline, forum.timeZone) } }, officer.token);
    const minute = 60_000;
    const later = new Date(Math.ceil((Date.now() + 6 * DAY) / minute) * minute);
    await update(later);
    expect(await nudge()).toEqual({ due_at: new Date(later.getTime() - DAY), cancelled_at: null });
    const soon = new Date(Math.ceil((Date.now() + 12 * HOUR) / minute) * minute);
    await update(soon);
    const dropped = await nudge();
    expect(new Date(dropped.due_at).getTime()).toBe(soon.getTime() - DAY);
    expect(dropped.cancelled_at).not.toBeNull();
  });

  it('cancelForum sends METHOD:CANCEL with a raised SEQUENCE to everyone not declined and drops the reminders', async () => {
    const { officer, forum, attending, maybe, declined, silent } = await fourAnswers();
    await stack.t.graphql.data(`mutation($id: ID!) { cancelForum(id: $id, reason: "The venue flooded.") { status } }`, { id: forum.id }, officer.token);
    for (const [person, count] of [[attending, 3], [maybe, 3], [silent, 2]] as [Contact, number][]) {
      const cancel = (await stack.sink.waitFor(person.email, count))[count - 1];
      expect(cancel.parsed.subject).toMatch(/^Cancelled: /);
      expect(cancel.parsed.text).toContain('The venue flooded.');
      const ics = calendarPart(cancel);
      expect(ics).toMatch(/^METHOD:CANCEL$/m);
      expect(ics).toContain(`UID:forum-${forum.id}@replies.liaison.test`);
      // The invitation went out with SEQUENCE:0; calendars ignore a change whose sequence did not rise.
      expect(ics).toMatch(/^SEQUENCE:1$/m);
      expectCalendarAlternative(cancel, 'CANCEL');
    }
    expect(stack.sink.to(declined.email)).toHaveLength(2);
    expect((await reminders(forum.id)).every((r: { cancelled_at: Date | null }) => r.cancelled_at)).toBe(true);
  });

  it('cancelForum cancels an invitation still waiting to be sent (its server answering 4xx): that person gets the cancellation, never the invitation after it', async () => {
    const { officer, forum, agency } = await fourAnswers();
    const late = await createContact(db, agency.id, { name: 'Greylisted Partner', email: `late-${forum.id.slice(0, 8)}@greylist.example` });
    stack.sink.refuseFor.set(late.email.toLowerCase(), { code: 451, message: '4.7.1 Greylisted, try again later' });
    try {
      await stack.t.graphql.data(INVITE, { forumId: forum.id, input: { contactIds: [late.id] } }, officer.token);
      await until(async () => (await db.query(`SELECT 1 FROM outbound_emails WHERE to_address = $1 AND last_error LIKE '%451%'`, [late.email])).length > 0, 'the invitation refused once');
      await stack.t.graphql.data(`mutation($id: ID!) { cancelForum(id: $id, reason: "The venue flooded.") { status } }`, { id: forum.id }, officer.token);
    } finally {
      stack.sink.refuseFor.delete(late.email.toLowerCase());
    }
    const [cancel] = await stack.sink.waitFor(late.email, 1, 60_000);
    expect(cancel.parsed.subject).toMatch(/^Cancelled: /);
    await waitForIdleQueues(stack.worker);
    expect(stack.sink.to(late.email).map((m) => m.parsed.subject?.split(':')[0])).toEqual(['Cancelled']);
    const rows = await db.query(`SELECT kind, status FROM outbound_emails WHERE to_address = $1 ORDER BY created_at`, [late.email]);
    expect(rows).toEqual([
      { kind: 'forum-invitation', status: 'CANCELLED' },
      { kind: 'forum-cancelled', status: 'SENT' },
    ]);
  });

  it('updateForum raising capacityOverride promotes the waitlist at once', async () => {
    const { officer, forum, tokens, maybe } = await fourAnswers({ capacityOverride: 2 });
    // The party of two holds both seats: "Maybe" now wants to come and is waitlisted.
    expect((await postForm(`${stack.t.url}/rsvp/${tokens[1]}`, { answer: 'attending' })).body).toContain('number 1 on the waitlist');
    await stack.sink.waitFor(maybe.email, 3);
    await stack.t.graphql.data(`mutation($id: ID!, $input: UpdateForumInput!) { updateForum(id: $id, input: $input) { id } }`, { id: forum.id, input: { capacityOverride: 3 } }, officer.token);
    const [row] = await db.query(`SELECT response FROM invitations WHERE contact_id = $1`, [maybe.id]);
    expect(row.response).toBe('ATTENDING');
    expect((await stack.sink.waitFor(maybe.email, 4))[3].parsed.subject).toBe(`A seat is yours: ${forum.title}`);
  });

  it("the funnel's present headcount and organisations, from check-ins, are what completeForum takes as attendance and organisations represented; completing drops the reminders", async () => {
    const { officer, forum, organisation, attending, invitationOf } = await fourAnswers();
    await db.query(`UPDATE forums SET starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour' WHERE id = $1`, [forum.id]);
    await stack.t.graphql.data(`mutation($id: ID!) { checkInAttendee(invitationId: $id) { id } }`, { id: await invitationOf(attending.id) }, officer.token);
    const { invitationSummary: funnel } = await stack.t.graphql.data<{ invitationSummary: { present: number; presentHeadcount: number; presentOrganisationIds: string[] } }>(
      `query($id: ID!) { invitationSummary(forumId: $id) { present presentHeadcount presentOrganisationIds } }`,
      { id: forum.id },
      officer.token,
    );
    expect(funnel).toEqual({ present: 1, presentHeadcount: 2, presentOrganisationIds: [organisation.id] });
    await stack.t.graphql.data(
      `mutation($id: ID!, $input: CompleteForumInput!) { completeForum(id: $id, input: $input) { status } }`,
      { id: forum.id, input: { attendanceCount: funnel.presentHeadcount, organisationIds: funnel.presentOrganisationIds } },
      officer.token,
    );
    expect((await reminders(forum.id)).every((r: { cancelled_at: Date | null }) => r.cancelled_at)).toBe(true);
    const [report] = await db.query(`SELECT attendance_count FROM forum_reports WHERE forum_id = $1`, [forum.id]);
    expect(report.attendance_count).toBe(2);
    const represented = await db.query(`SELECT organisation_id FROM forum_report_organisations WHERE forum_id = $1`, [forum.id]);
    expect(represented.map((r: { organisation_id: string }) => r.organisation_id)).toEqual([organisation.id]);
  });

  it('an unsubscribe link opts the contact out through the partners (audited once) and cancels their pending mail; later forum mail skips them', async () => {
    const { officer, forum, tokens, maybe } = await fourAnswers();
    await postForm(`${stack.t.url}/rsvp/${tokens[1]}/unsubscribe`, {});
    const [contact] = await db.query(`SELECT opted_out_at, opt_out_source FROM contacts WHERE id = $1`, [maybe.id]);
    expect(contact.opted_out_at).toBeTruthy();
    expect(await db.query(`SELECT 1 FROM audit_log WHERE entity_id = $1 AND action = 'contact.opt_out'`, [maybe.id])).toHaveLength(1);
    await stack.t.graphql.data(`mutation($id: ID!) { cancelForum(id: $id, reason: "Postponed.") { status } }`, { id: forum.id }, officer.token);
    await until(async () => (await db.query(`SELECT 1 FROM outbound_emails WHERE subject LIKE 'Cancelled:%' AND agency_id = $1 AND status = 'SENT'`, [forum.agencyId])).length === 2, 'cancellations sent');
    expect(stack.sink.to(maybe.email).some((m) => m.parsed.subject?.startsWith('Cancelled:'))).toBe(false);
  });
});
