import { DataSource } from 'typeorm';
import { StaffRole } from '@app/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { MailTestStack, createAgency, createContact, createForum, createMailTestStack, createSignedInStaff, startTestWorker, waitForIdleQueues } from '@app/testing';
import { untilRecordedSent } from './support/fan-out';
import { INVITE, until } from './support/rsvp-helpers';

/**
 * Per-domain pacing (MAIL_DOMAIN_RATES): a listed domain gets at most its rate, and a 4xx
 * from it pauses that domain only; waiting is a delayed job, not a spent attempt. Counted
 * per recipient at the sink. The pacing is shared through Redis: a second worker of the same
 * deployment does not double a domain's rate.
 */
describe('Per-domain pacing', () => {
  let stack: MailTestStack;
  let db: DataSource;

  beforeAll(async () => {
    stack = await createMailTestStack({ MAIL_DOMAIN_RATES: 'slow.example=1' });
    db = stack.t.dataSource;
  });
  afterAll(() => stack.close());

  async function inviteBoth(tag: string) {
    const agency = await createAgency(db);
    const officer = await createSignedInStaff(db, stack.t.graphql, agency.id, StaffRole.LIAISON_OFFICER);
    const forum = await createForum(db, agency.id);
    const slow = await Promise.all([0, 1, 2, 3].map((i) => createContact(db, agency.id, { email: `${tag}-${i}@slow.example` })));
    const fast = await Promise.all([0, 1, 2, 3].map((i) => createContact(db, agency.id, { email: `${tag}-${i}@fast.example` })));
    return { agency, officer, forum, slow, fast, send: () => stack.t.graphql.data(INVITE, { forumId: forum.id, input: { contactIds: [...slow, ...fast].map((c) => c.id) } }, officer.token) };
  }

  const attempts = async (emails: string[]) =>
    (await db.query(`SELECT attempts FROM outbound_emails WHERE to_address = ANY($1::text[]) ORDER BY to_address`, [emails])).map((r: { attempts: number }) => r.attempts);

  it('a paced domain gets its messages one a second, each once, while another domain is not held back', async () => {
    const { slow, fast, send } = await inviteBoth('paced');
    await send();
    for (const c of [...slow, ...fast]) expect(await stack.sink.waitFor(c.email)).toHaveLength(1);
    const order = (email: string) => stack.sink.messages.findIndex((m) => m.envelopeTo.includes(email));
    const lastSlow = Math.max(...slow.map((c) => order(c.email)));
    for (const c of fast) expect(order(c.email)).toBeLessThan(lastSlow);
    // Waiting for the domain's turn is not a delivery attempt.
    expect(await attempts([...slow, ...fast].map((c) => c.email))).toEqual(Array(8).fill(1));
  });

  it('a 4xx from the paced domain pauses it alone: the other domain is delivered meanwhile, and once it accepts again everyone gets exactly one message', async () => {
    const { slow, fast, send } = await inviteBoth('refused');
    stack.sink.refuseFor.set(slow[0].email, { code: 451, message: '4.7.1 Try again later' });
    await send();
    await until(async () => {
      const [row] = await db.query(`SELECT last_error FROM outbound_emails WHERE to_address = $1`, [slow[0].email]);
      return row?.last_error?.includes('451');
    }, 'the paced domain answered 451');
    for (const c of fast) expect(await stack.sink.waitFor(c.email)).toHaveLength(1);
    expect(stack.sink.to(slow[0].email)).toHaveLength(0);
    stack.sink.refuseFor.delete(slow[0].email);
    for (const c of slow) expect(await stack.sink.waitFor(c.email, 1, 60_000)).toHaveLength(1);
    await waitForIdleQueues(stack.worker);
    for (const c of [...slow, ...fast]) expect(stack.sink.to(c.email)).toHaveLength(1);
    const [refused, ...others] = await attempts(slow.map((c) => c.email));
    expect(refused).toBeGreaterThanOrEqual(2);
    expect(others).toEqual([1, 1, 1]);
  });

  it('a 4xx from a domain not listed pauses that domain alone: the waiting messages are not spent attempts, the other domain goes, everyone gets one message', async () => {
    const agency = await createAgency(db);
    const officer = await createSignedInStaff(db, stack.t.graphql, agency.id, StaffRole.LIAISON_OFFICER);
    const forum = await createForum(db, agency.id);
    const busy = await Promise.all([0, 1, 2, 3].map((i) => createContact(db, agency.id, { email: `greylist-${i}@busy.example` })));
    const fast = await Promise.all([0, 1, 2, 3].map((i) => createContact(db, agency.id, { email: `greylist-${i}@fast.example` })));
    for (const c of busy) stack.sink.refuseFor.set(c.email, { code: 451, message: '4.7.1 Greylisted' });
    try {
      await stack.t.graphql.data(INVITE, { forumId: forum.id, input: { contactIds: [...busy, ...fast].map((c) => c.id) } }, officer.token);
      await until(async () => {
        const [row] = await db.query(`SELECT count(*)::int AS n FROM outbound_emails WHERE to_address LIKE '%@busy.example' AND last_error LIKE '%451%'`);
        return row.n >= 1;
      }, 'busy.example answered 451');
      for (const c of fast) expect(await stack.sink.waitFor(c.email)).toHaveLength(1);
    } finally {
      for (const c of busy) stack.sink.refuseFor.delete(c.email);
    }
    for (const c of busy) expect(await stack.sink.waitFor(c.email, 1, 120_000)).toHaveLength(1);
    await waitForIdleQueues(stack.worker);
    for (const c of [...busy, ...fast]) expect(stack.sink.to(c.email)).toHaveLength(1);
    expect(await attempts(fast.map((c) => c.email))).toEqual([1, 1, 1, 1]);
  }, 180_000);

  it('two workers of one deployment together send a paced domain its rate, not twice it (1 a second: five messages span at least four seconds of sending)', async () => {
    const second = await startTestWorker(stack.worker.get<AppConfig>(APP_CONFIG));
    try {
      const agency = await createAgency(db);
      const officer = await createSignedInStaff(db, stack.t.graphql, agency.id, StaffRole.LIAISON_OFFICER);
      const forum = await createForum(db, agency.id);
      const slow = await Promise.all([0, 1, 2, 3, 4].map((i) => createContact(db, agency.id, { email: `shared-${i}@slow.example` })));
      await stack.t.graphql.data(INVITE, { forumId: forum.id, input: { contactIds: slow.map((c) => c.id) } }, officer.token);
      for (const c of slow) expect(await stack.sink.waitFor(c.email, 1, 60_000)).toHaveLength(1);
      const emails = slow.map((c) => c.email);
      await untilRecordedSent(db, emails);
      const sent: number[] = (await db.query(`SELECT sent_at FROM outbound_emails WHERE to_address = ANY($1::text[]) ORDER BY sent_at`, [emails])).map(
        (r: { sent_at: Date }) => r.sent_at.getTime(),
      );
      // Slots are a second apart whichever worker takes them, so the span is at least 4 s; each worker
      // pacing on its own would have sent the five in about 2 s. The margin allows for timestamps taken after sending.
      expect(sent).toHaveLength(5);
      expect(sent[4] - sent[0]).toBeGreaterThanOrEqual(3_500);
    } finally {
      await waitForIdleQueues(stack.worker);
      await second.close();
    }
  });
});

