import { DataSource } from 'typeorm';
import { Clock, SettableClock, StaffRole } from '@app/common';
import type { Contact } from '@app/partners';
import { MailTestStack, createAgency, createContact, createForum, createMailTestStack, createSignedInStaff, createVenue } from '@app/testing';
import { INVITE, postForm, tokenOf, until } from './support/rsvp-helpers';

/** Capacity, the waitlist and offers, enforced by PostgreSQL under concurrent answers. */
describe('Forum capacity and waitlist', () => {
  let stack: MailTestStack;
  let db: DataSource;

  beforeAll(async () => {
    stack = await createMailTestStack({ PUBLIC_RATE_LIMIT: '10000', INVITATIONS_SWEEP_SECONDS: '1', MAIL_CONCURRENCY: '10', MAIL_RATE_PER_SECOND: '1000' });
    db = stack.t.dataSource;
  });
  afterAll(() => stack.close());

  /** A forum with `capacity` seats and `people` invited contacts, with their link tokens. */
  async function fullHouse(capacity: number, people: number, settings?: { promotionMode: string; offerWindowMinutes: number }) {
    const agency = await createAgency(db);
    const officer = await createSignedInStaff(db, stack.t.graphql, agency.id, StaffRole.LIAISON_OFFICER);
    const venue = await createVenue(db, agency.id, { capacity: 500 });
    const forum = await createForum(db, agency.id, { venueId: venue.id, capacityOverride: capacity });
    if (settings) {
      await db.query(`INSERT INTO forum_rsvp_settings (forum_id, agency_id, promotion_mode, offer_window_minutes) VALUES ($1, $2, $3, $4)`, [
        forum.id,
        agency.id,
        settings.promotionMode,
        settings.offerWindowMinutes,
      ]);
    }
    const contacts: Contact[] = [];
    for (let i = 0; i < people; i++) contacts.push(await createContact(db, agency.id, { name: `Person ${i + 1}` }));
    await stack.t.graphql.data(INVITE, { forumId: forum.id, input: { contactIds: contacts.map((c) => c.id) } }, officer.token);
    const tokens = await Promise.all(contacts.map(async (c) => tokenOf((await stack.sink.waitFor(c.email))[0])));
    return { agency, forum, contacts, tokens };
  }

  const answer = (token: string, fields: Record<string, string>) => postForm(`${stack.t.url}/rsvp/${token}`, fields);

  async function stateOf(contact: Contact) {
    const [row] = await db.query(`SELECT response, party_size, waitlisted_at, offer_expires_at, response_source FROM invitations WHERE contact_id = $1`, [contact.id]);
    return row;
  }

  async function seatsTaken(forumId: string): Promise<number> {
    const [row] = await db.query(`SELECT COALESCE(SUM(party_size), 0)::int AS taken FROM invitations WHERE forum_id = $1 AND response IN ('ATTENDING', 'OFFERED')`, [forumId]);
    return row.taken;
  }

  it('50 simultaneous acceptances for 10 seats end with exactly 10 seats taken and 40 on the waitlist in arrival order, each told so', async () => {
    const { forum, contacts, tokens } = await fullHouse(10, 50);
    const results = await Promise.all(tokens.map((token) => answer(token, { answer: 'attending', partySize: '1' })));
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(results.filter((r) => r.body.includes('You are attending'))).toHaveLength(10);
    expect(results.filter((r) => r.body.includes('You are on the waitlist'))).toHaveLength(40);

    expect(await seatsTaken(forum.id)).toBe(10);
    const waitlist = await db.query(`SELECT waitlisted_at FROM invitations WHERE forum_id = $1 AND response = 'WAITLISTED' ORDER BY waitlisted_at, id`, [forum.id]);
    expect(waitlist).toHaveLength(40);
    const positions = results.map((r) => /number (\d+) on the waitlist/.exec(r.body)?.[1]).filter(Boolean).map(Number);
    expect(positions.sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));

    const confirmations = await Promise.all(contacts.map(async (c) => (await stack.sink.waitFor(c.email, 2))[1].parsed.subject));
    expect(confirmations.filter((s) => s?.startsWith('You are attending'))).toHaveLength(10);
    expect(confirmations.filter((s) => s?.startsWith('You are on the waitlist'))).toHaveLength(40);
  });

  it('a decline or a smaller party promotes the first waitlisted answers that fit, automatically, and emails them', async () => {
    const { forum, contacts, tokens } = await fullHouse(3, 4);
    const [a, b, c, d] = contacts;
    await answer(tokens[0], { answer: 'attending', partySize: '2' });
    await answer(tokens[1], { answer: 'attending', partySize: '1' });
    expect((await answer(tokens[2], { answer: 'attending', partySize: '2' })).body).toContain('number 1 on the waitlist');
    expect((await answer(tokens[3], { answer: 'attending', partySize: '1' })).body).toContain('number 2 on the waitlist');

    // One seat frees: the first in line needs two, so the next one (one seat) moves up.
    await answer(tokens[0], { answer: 'attending', partySize: '1' });
    expect(await stateOf(d)).toMatchObject({ response: 'ATTENDING', response_source: 'WAITLIST', waitlisted_at: null });
    expect(await stateOf(c)).toMatchObject({ response: 'WAITLISTED' });
    const promoted = await stack.sink.waitFor(d.email, 3);
    expect(promoted[2].parsed.subject).toBe(`A seat is yours: ${forum.title}`);

    await answer(tokens[1], { answer: 'declined' });
    expect(await stateOf(c)).toMatchObject({ response: 'WAITLISTED' });
    await answer(tokens[0], { answer: 'maybe' });
    expect(await stateOf(c)).toMatchObject({ response: 'ATTENDING', party_size: 2 });
    expect(await seatsTaken(forum.id)).toBe(3);
    expect(await stateOf(a)).toMatchObject({ response: 'MAYBE' });
    expect(await stateOf(b)).toMatchObject({ response: 'DECLINED' });
  });

  it('a larger party than the seats left is refused with the seats available, and the earlier answer stands', async () => {
    const { forum, contacts, tokens } = await fullHouse(4, 2);
    await answer(tokens[0], { answer: 'attending', partySize: '2' });
    await answer(tokens[1], { answer: 'attending', partySize: '1' });
    const refused = await answer(tokens[0], { answer: 'attending', partySize: '4' });
    expect(refused.status).toBe(409);
    expect(refused.body).toContain('Only 3 seat(s) are available for your party, so it stays at 2');
    expect(await stateOf(contacts[0])).toMatchObject({ response: 'ATTENDING', party_size: 2 });
    expect(await seatsTaken(forum.id)).toBe(3);
  });

  it('in offer mode a freed seat is held for the first in line; an unconfirmed offer lapses (database + sweep) and passes to the next, who confirms', async () => {
    const { forum, contacts, tokens } = await fullHouse(1, 3, { promotionMode: 'OFFER', offerWindowMinutes: 60 });
    const [, b, c] = contacts;
    await answer(tokens[0], { answer: 'attending' });
    await answer(tokens[1], { answer: 'attending' });
    await answer(tokens[2], { answer: 'attending' });
    await answer(tokens[0], { answer: 'declined' });

    const offered = await stateOf(b);
    expect(offered.response).toBe('OFFERED');
    expect(new Date(offered.offer_expires_at).getTime()).toBeGreaterThan(Date.now() + 55 * 60_000);
    const offerMail = (await stack.sink.waitFor(b.email, 3))[2];
    expect(offerMail.parsed.subject).toBe(`A seat is free for you: ${forum.title}`);
    expect(offerMail.parsed.text).toContain(`/rsvp/${tokens[1]}?answer=attending`);
    expect(await seatsTaken(forum.id)).toBe(1);
    expect(await stateOf(c)).toMatchObject({ response: 'WAITLISTED' });

    // The window passes (the database is the truth; the worker's sweep acts on it).
    await db.query(`UPDATE invitations SET offer_expires_at = now() - interval '1 second' WHERE contact_id = $1`, [b.id]);
    await until(async () => (await stateOf(c)).response === 'OFFERED', 'the offer to pass to the next in line');
    expect(await stateOf(b)).toMatchObject({ response: 'DECLINED', response_source: 'OFFER_EXPIRED' });
    expect((await stack.sink.waitFor(b.email, 4))[3].parsed.subject).toBe(`Your seat offer lapsed: ${forum.title}`);

    const confirmed = await answer(tokens[2], { answer: 'attending' });
    expect(confirmed.body).toContain('You are attending');
    expect(await stateOf(c)).toMatchObject({ response: 'ATTENDING', offer_expires_at: null });
    expect(await seatsTaken(forum.id)).toBe(1);
  });

  it('an offer whose window has passed cannot be confirmed while the sweep is behind: answering lapses it first, the seat goes to the next in line, and the answer joins the waitlist', async () => {
    const { forum, contacts, tokens } = await fullHouse(1, 3, { promotionMode: 'OFFER', offerWindowMinutes: 60 });
    const [, b, c] = contacts;
    for (const token of tokens) await answer(token, { answer: 'attending' });
    await answer(tokens[0], { answer: 'declined' });
    expect(await stateOf(b)).toMatchObject({ response: 'OFFERED' });

    // The API's clock is past the window; the worker's is not, so its sweep has not lapsed the offer.
    const clock = stack.t.app.get(Clock) as SettableClock;
    clock.set(new Date(Date.now() + 61 * 60_000));
    try {
      const late = await answer(tokens[1], { answer: 'attending' });
      expect(late.status).toBe(200);
      expect(late.body).toContain('You are on the waitlist');
    } finally {
      clock.reset();
    }
    expect(await stateOf(c)).toMatchObject({ response: 'OFFERED' });
    expect(await stateOf(b)).toMatchObject({ response: 'WAITLISTED' });
    expect(await seatsTaken(forum.id)).toBe(1);
  });
});
