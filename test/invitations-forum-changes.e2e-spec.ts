import { DataSource } from 'typeorm';
import { StaffRole } from '@app/common';
import { MailTestStack, createAgency, createContact, createForum, createMailTestStack, createSignedInStaff, waitForIdleQueues, waitForNextRun } from '@app/testing';
import { INVITE, postForm, tokenOf, until } from './support/rsvp-helpers';

const DAY = 24 * 3_600_000;

/**
 * Reminders: their rows, and sending them from the database's truth. Forum changes
 * (reschedule, cancel, capacity, completion) are tested through the forums' own mutations
 * in invitations-forum-mutations.e2e-spec.ts.
 */
describe('Reminders', () => {
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
    return { agency, forum, attending, maybe, declined, silent };
  }

  /** As if `ms` had passed: the forum's times and its reminders' due times all move that much closer. */
  async function passTime(forumId: string, ms: number): Promise<void> {
    const shift = `${ms / 1000} seconds`;
    await db.query(`UPDATE forums SET starts_at = starts_at - $2::interval, ends_at = ends_at - $2::interval, rsvp_deadline = rsvp_deadline - $2::interval WHERE id = $1`, [forumId, shift]);
    await db.query(`UPDATE forum_reminders SET due_at = due_at - $2::interval WHERE forum_id = $1`, [forumId, shift]);
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
    // Ten days out, RSVP by 7½ days out: the nudge is due 6½ days out, the "3 days before" reminder 7 days out.
    const { forum, attending, maybe, declined, silent } = await answeredForum({ rsvpDeadline: new Date(Date.now() + 7.5 * DAY) });
    // A week passes and Redis has lost the delayed jobs: both are due now (the deadline and the start still ahead), and the sweep finds them.
    await passTime(forum.id, 7 * DAY);
    const reminder = (await stack.sink.waitFor(attending.email, 3))[2];
    expect(reminder.parsed.subject).toMatch(new RegExp(`^Reminder: ${forum.title}, `));
    expect(reminder.parsed.text).toContain('you told us you are attending');
    expect((await stack.sink.waitFor(maybe.email, 3))[2].parsed.text).toContain('you told us you are maybe');
    const nudge = (await stack.sink.waitFor(silent.email, 2))[1];
    expect(nudge.parsed.subject).toContain('Will you come?');
    expect(nudge.parsed.text).toContain('?answer=attending');
    await until(async () => (await reminders(forum.id)).filter((r: { sent_at: Date | null }) => r.sent_at).length === 2, 'reminders marked sent');
    // Sweeps keep running: one that started after the reminders were sent, and the mail it queued, send nothing twice.
    await waitForNextRun(stack.worker, 'invitations.sweep');
    await waitForIdleQueues(stack.worker);
    expect(stack.sink.to(attending.email)).toHaveLength(3);
    expect(stack.sink.to(silent.email)).toHaveLength(2);
    expect(stack.sink.to(declined.email)).toHaveLength(2);
    const rows = await reminders(forum.id);
    expect(rows.find((r: { kind: string }) => r.kind === 'NUDGE').recipients).toBe(1);
    expect(rows.find((r: { offset_minutes: number }) => r.offset_minutes === 4320).recipients).toBe(2);
  });

  it('the worker drops a reminder that came due but no longer fits the forum: a "3 days before" wake-up when the forum now starts in 2 days sends nothing', async () => {
    const { forum, attending, maybe } = await answeredForum();
    // The forum moved to two days out without its reminder rows following (a stale row), and the old time came.
    await db.query(`UPDATE forums SET starts_at = now() + interval '2 days', ends_at = now() + interval '2 days 2 hours' WHERE id = $1`, [forum.id]);
    await db.query(`UPDATE forum_reminders SET due_at = now() - interval '1 second' WHERE forum_id = $1 AND offset_minutes = 4320`, [forum.id]);
    const settled = await until(async () => {
      const row = (await reminders(forum.id)).find((r: { offset_minutes: number }) => r.offset_minutes === 4320);
      return row.sent_at || row.cancelled_at ? row : null;
    }, 'the worker to take the reminder');
    expect(settled).toMatchObject({ sent_at: null, recipients: null });
    expect(settled.cancelled_at).not.toBeNull();
    expect(stack.sink.to(attending.email)).toHaveLength(2);
    expect(stack.sink.to(maybe.email)).toHaveLength(2);
  });

  it('after an outage in which two reminders came due, only the latest goes out', async () => {
    const { forum, attending } = await answeredForum();
    // Ten days out; now two hours before the start: "3 days before" and "3 hours before" are both due.
    await passTime(forum.id, 10 * DAY - 2 * 3_600_000);
    const reminder = (await stack.sink.waitFor(attending.email, 3))[2];
    expect(reminder.parsed.text).toContain('you told us you are attending');
    await until(async () => (await reminders(forum.id)).every((r: { sent_at: Date | null; cancelled_at: Date | null; kind: string }) => r.kind === 'NUDGE' || r.sent_at || r.cancelled_at), 'both reminders settled');
    const rows = (await reminders(forum.id)).filter((r: { kind: string }) => r.kind === 'REMINDER');
    expect(rows.map((r: { offset_minutes: number; sent_at: Date | null; cancelled_at: Date | null }) => [r.offset_minutes, r.sent_at !== null, r.cancelled_at !== null])).toEqual([
      [4320, false, true],
      [180, true, false],
    ]);
    expect(stack.sink.to(attending.email)).toHaveLength(3);
  });
});
