import { DataSource } from 'typeorm';
import { StaffRole } from '@app/common';
import { MailTestStack, createAgency, createContact, createForum, createMailTestStack, createSignedInStaff } from '@app/testing';
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
});
