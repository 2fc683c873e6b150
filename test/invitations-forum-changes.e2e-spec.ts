import { DataSource } from 'typeorm';
import { StaffActor, StaffRole } from '@app/common';
import { Forum, ForumChangeNotifier, ForumStatus } from '@app/forums';
import { OutboxService } from '@app/mail';
import { Contact } from '@app/partners';
import { MailTestStack, createAgency, createContact, createForum, createMailTestStack, createSignedInStaff } from '@app/testing';
import { INVITE, calendarPart, postForm, tokenOf, until } from './support/rsvp-helpers';

const DAY = 24 * 3_600_000;

/**
 * Reminders, and the invitations' side of forum changes. The forums service that will
 * call ForumChangeNotifier is written separately, so these tests make the change the way
 * it will: update the forum, notify in the same transaction, dispatch after commit.
 */
describe('Reminders, reschedules and cancellations', () => {
  let stack: MailTestStack;
  let db: DataSource;

  beforeAll(async () => {
    stack = await createMailTestStack({ PUBLIC_RATE_LIMIT: '10000', INVITATIONS_SWEEP_SECONDS: '1', MAIL_DOMAIN: 'replies.liaison.test' });
    db = stack.t.dataSource;
  });
  afterAll(() => stack.close());

  /** Four invitees answering attending, maybe, declined and nothing. */
  async function answeredForum(overrides: Parameters<typeof createForum>[2] = {}) {
    const agency = await createAgency(db);
    const officer = await createSignedInStaff(db, stack.t.graphql, agency.id, StaffRole.LIAISON_OFFICER);
    const forum = await createForum(db, agency.id, { startsAt: new Date(Date.now() + 10 * DAY), ...overrides });
    const people = await Promise.all(['Attending', 'Maybe', 'Declined', 'Silent'].map((name) => createContact(db, agency.id, { name })));
    await stack.t.graphql.data(INVITE, { forumId: forum.id, input: { contactIds: people.map((p) => p.id) } }, officer.token);
    const tokens = await Promise.all(people.map(async (p) => tokenOf((await stack.sink.waitFor(p.email))[0])));
    await postForm(`${stack.t.url}/rsvp/${tokens[0]}`, { answer: 'attending' });
    await postForm(`${stack.t.url}/rsvp/${tokens[1]}`, { answer: 'maybe' });
    await postForm(`${stack.t.url}/rsvp/${tokens[2]}`, { answer: 'declined' });
    for (const p of people.slice(0, 3)) await stack.sink.waitFor(p.email, 2);
    const [attending, maybe, declined, silent] = people;
    const actor: StaffActor = { kind: 'STAFF', userId: officer.user.id, agencyId: agency.id, role: StaffRole.LIAISON_OFFICER, sessionId: 'test', email: officer.user.email };
    return { agency, forum, actor, attending, maybe, declined, silent };
  }

  /** What the forums service does: change the forum and notify, in one transaction; queue mail after commit. */
  async function change(forum: Forum, actor: StaffActor, kind: 'RESCHEDULED' | 'CANCELLED' | 'COMPLETED' | 'UPDATED', edit: Partial<Forum>) {
    const queued = await db.transaction(async (manager) => {
      const previous = { startsAt: forum.startsAt, endsAt: forum.endsAt, timeZone: forum.timeZone, venueId: forum.venueId, sequence: forum.sequence };
      Object.assign(forum, edit);
      await manager.save(forum);
      const notifier = stack.t.app.get(ForumChangeNotifier);
      if (kind === 'RESCHEDULED') return notifier.notify({ kind, forum, previous }, { manager, actor });
      if (kind === 'UPDATED') return notifier.notify({ kind, forum, fields: Object.keys(edit) }, { manager, actor });
      return notifier.notify({ kind, forum }, { manager, actor });
    });
    await stack.t.app.get(OutboxService).dispatch(queued);
  }

  const reminders = (forumId: string) =>
    db.query(`SELECT kind, offset_minutes, due_at, sent_at, cancelled_at, recipients FROM forum_reminders WHERE forum_id = $1 ORDER BY kind, offset_minutes DESC`, [forumId]);

  it('inviting creates reminder rows 3 days and 3 hours before the start, and a nudge before the RSVP deadline', async () => {
    const deadline = new Date(Date.now() + 5 * DAY);
    const { forum } = await answeredForum({ rsvpDeadline: deadline });
    const rows = await reminders(forum.id);
    expect(rows.map((r: { kind: string; offset_minutes: number }) => [r.kind, r.offset_minutes])).toEqual([
      ['NUDGE', 1440],
      ['REMINDER', 4320],
      ['REMINDER', 180],
    ]);
    expect(new Date(rows[1].due_at).getTime()).toBe(forum.startsAt.getTime() - 3 * DAY);
    expect(new Date(rows[0].due_at).getTime()).toBe(deadline.getTime() - DAY);
  });

  it('a due reminder goes once to those attending or maybe, and a due nudge to those who have not answered; the database is the truth (no job needed)', async () => {
    const { forum, attending, maybe, declined, silent } = await answeredForum({ rsvpDeadline: new Date(Date.now() + 5 * DAY) });
    // As if Redis had lost the delayed jobs: the rows are simply due now, and the sweep finds them.
    await db.query(`UPDATE forum_reminders SET due_at = now() - interval '1 second' WHERE forum_id = $1 AND (kind = 'NUDGE' OR offset_minutes = 4320)`, [forum.id]);
    const reminder = (await stack.sink.waitFor(attending.email, 3))[2];
    expect(reminder.parsed.subject).toBe(`Reminder: ${forum.title}, ${/Invitation: .*?, (.*)$/.exec((await stack.sink.waitFor(attending.email))[0].parsed.subject!)![1]}`);
    expect(reminder.parsed.text).toContain('you told us you are attending');
    expect((await stack.sink.waitFor(maybe.email, 3))[2].parsed.text).toContain('you told us you are maybe');
    const nudge = (await stack.sink.waitFor(silent.email, 2))[1];
    expect(nudge.parsed.subject).toContain('Will you come?');
    expect(nudge.parsed.text).toContain('?answer=attending');
    await until(async () => (await reminders(forum.id)).filter((r: { sent_at: Date | null }) => r.sent_at).length === 2, 'reminders marked sent');
    await new Promise((r) => setTimeout(r, 2_500)); // sweeps keep running: nothing is sent twice
    expect(stack.sink.to(attending.email)).toHaveLength(3);
    expect(stack.sink.to(silent.email)).toHaveLength(2);
    expect(stack.sink.to(declined.email)).toHaveLength(2);
    const rows = await reminders(forum.id);
    expect(rows.find((r: { kind: string }) => r.kind === 'NUDGE').recipients).toBe(1);
    expect(rows.find((r: { offset_minutes: number }) => r.offset_minutes === 4320).recipients).toBe(2);
  });

  it('rescheduling moves the reminders and mails everyone not declined an updated .ics with the same UID and the new SEQUENCE', async () => {
    const { forum, actor, attending, maybe, declined, silent } = await answeredForum();
    const newStart = new Date(forum.startsAt.getTime() + 2 * DAY);
    await change(forum, actor, 'RESCHEDULED', { startsAt: newStart, endsAt: new Date(newStart.getTime() + 2 * 3_600_000), sequence: forum.sequence + 1 });

    for (const person of [attending, maybe, silent] as Contact[]) {
      const mails = await stack.sink.waitFor(person.email, person === silent ? 2 : 3);
      const update = mails[mails.length - 1];
      expect(update.parsed.subject).toMatch(/^Updated: /);
      const ics = calendarPart(update);
      expect(ics).toMatch(/^METHOD:REQUEST$/m);
      expect(ics).toContain(`UID:forum-${forum.id}@replies.liaison.test`);
      expect(ics).toMatch(/^SEQUENCE:1$/m);
      expect(ics).toContain(`DTSTART:${newStart.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')}`);
    }
    await new Promise((r) => setTimeout(r, 500));
    expect(stack.sink.to(declined.email)).toHaveLength(2);
    const rows = await reminders(forum.id);
    expect(rows.map((r: { due_at: Date }) => new Date(r.due_at).getTime())).toEqual([newStart.getTime() - 3 * DAY, newStart.getTime() - 3 * 3_600_000]);
  });

  it('cancelling drops the reminders and sends METHOD:CANCEL to everyone not declined; links then stop working', async () => {
    const { forum, actor, attending, declined, silent } = await answeredForum();
    await change(forum, actor, 'CANCELLED', { status: ForumStatus.CANCELLED, cancelReason: 'The venue flooded.', cancelledAt: new Date() });
    const cancel = (await stack.sink.waitFor(attending.email, 3))[2];
    expect(cancel.parsed.subject).toMatch(/^Cancelled: /);
    expect(cancel.parsed.text).toContain('The venue flooded.');
    const ics = calendarPart(cancel);
    expect(ics).toMatch(/^METHOD:CANCEL$/m);
    expect(ics).toContain('STATUS:CANCELLED');
    expect(ics).toContain(`UID:forum-${forum.id}@replies.liaison.test`);
    await stack.sink.waitFor(silent.email, 2);
    expect(stack.sink.to(declined.email)).toHaveLength(2);
    expect((await reminders(forum.id)).every((r: { cancelled_at: Date | null }) => r.cancelled_at)).toBe(true);
    const token = tokenOf((await stack.sink.waitFor(attending.email))[0]);
    expect((await postForm(`${stack.t.url}/rsvp/${token}`, { answer: 'attending' })).status).toBe(410);
  });

  it('completing a forum drops its unsent reminders', async () => {
    const { forum, actor } = await answeredForum();
    await change(forum, actor, 'COMPLETED', { status: ForumStatus.COMPLETED, completedAt: new Date() });
    expect((await reminders(forum.id)).every((r: { cancelled_at: Date | null }) => r.cancelled_at)).toBe(true);
  });

  it('raising the capacity promotes the waitlist at once, in arrival order', async () => {
    const { forum, actor, attending, maybe } = await answeredForum({ capacityOverride: 1 });
    // "Maybe" now wants to come, but the single seat is taken: waitlisted.
    const token = tokenOf((await stack.sink.waitFor(maybe.email))[0]);
    expect((await postForm(`${stack.t.url}/rsvp/${token}`, { answer: 'attending' })).body).toContain('number 1 on the waitlist');
    await change(forum, actor, 'UPDATED', { capacityOverride: 2 });
    const [row] = await db.query(`SELECT response FROM invitations WHERE contact_id = $1`, [maybe.id]);
    expect(row.response).toBe('ATTENDING');
    expect((await stack.sink.waitFor(maybe.email, 4))[3].parsed.subject).toBe(`A seat is yours: ${forum.title}`);
    expect(stack.sink.to(attending.email)).toHaveLength(2);
  });
});
