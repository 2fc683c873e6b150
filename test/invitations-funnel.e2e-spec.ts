import { DataSource } from 'typeorm';
import { parse } from 'csv-parse/sync';
import { StaffRole } from '@app/common';
import { ForumStatus } from '@app/forums';
import { MailTestStack, createAgency, createContact, createForum, createMailTestStack, createOrganisation, createSignedInStaff } from '@app/testing';
import { INVITE, getPage, postForm, tokenOf, until } from './support/rsvp-helpers';

const SUMMARY = `query($forumId: ID!) { invitationSummary(forumId: $forumId) {
  invited queued sent failed skipped attending maybe declined waitlisted offered noReply headcount capacity seatsTaken present
  organisationsInvited organisationsRepresented organisationsPresent
  failures { email reason }
  logistics { stepFreeAccess stepFreeAccessPeople signLanguage signLanguagePeople childcare childcarePeople interpretation { language count people } dietary { need count people } }
} }`;

describe('The officer’s view: funnel, attendee list, delegates and check-in', () => {
  let stack: MailTestStack;
  let db: DataSource;

  beforeAll(async () => {
    stack = await createMailTestStack({ PUBLIC_RATE_LIMIT: '10000' });
    db = stack.t.dataSource;
  });
  afterAll(() => stack.close());

  async function setup(forumOverrides: Parameters<typeof createForum>[2] = {}) {
    const agency = await createAgency(db);
    const officer = await createSignedInStaff(db, stack.t.graphql, agency.id, StaffRole.LIAISON_OFFICER);
    const forum = await createForum(db, agency.id, { capacityOverride: 30, ...forumOverrides });
    return { agency, officer, forum };
  }

  async function summary(token: string, forumId: string) {
    return (await stack.t.graphql.data<{ invitationSummary: Record<string, any> }>(SUMMARY, { forumId }, token)).invitationSummary;
  }

  /** Invites a new contact while the mail server refuses for good (550); returns once the failure is recorded. */
  async function inviteRefused(agencyId: string, token: string, forumId: string, name: string) {
    const contact = await createContact(db, agencyId, { name });
    stack.sink.refuseWith = { code: 550, message: 'Mailbox does not exist' };
    try {
      await stack.t.graphql.data(INVITE, { forumId, input: { contactIds: [contact.id] } }, token);
      await until(async () => (await summary(token, forumId)).failed === 1, 'the refusal to be recorded');
    } finally {
      stack.sink.refuseWith = null;
    }
    return contact;
  }

  it('counts delivery (sent, failed with the server reason, skipped), answers, headcount and the logistics of those attending, in responses and in people', async () => {
    const { agency, officer, forum } = await setup();
    const bounced = await inviteRefused(agency.id, officer.token, forum.id, 'Bounced Person');
    const people = await Promise.all([1, 2, 3, 4].map((i) => createContact(db, agency.id, { name: `Person ${i}` })));
    const optedOut = await createContact(db, agency.id, { optedOutAt: new Date(), optOutSource: 'test' });
    await stack.t.graphql.data(INVITE, { forumId: forum.id, input: { contactIds: [...people.map((p) => p.id), optedOut.id] } }, officer.token);
    const tokens = await Promise.all(people.map(async (p) => tokenOf((await stack.sink.waitFor(p.email))[0])));
    await postForm(`${stack.t.url}/rsvp/${tokens[0]}`, { answer: 'attending', partySize: '3', stepFreeAccess: 'yes', interpretationLanguage: 'spanish', dietary: 'Halal' });
    await postForm(`${stack.t.url}/rsvp/${tokens[1]}`, { answer: 'attending', signLanguage: 'yes', childcare: 'yes', interpretationLanguage: 'Spanish', dietary: 'halal ' });
    await postForm(`${stack.t.url}/rsvp/${tokens[2]}`, { answer: 'maybe' });
    await until(async () => (await summary(officer.token, forum.id)).sent === 4, 'invitations to be sent');

    expect(await summary(officer.token, forum.id)).toEqual({
      invited: 6,
      queued: 0,
      sent: 4,
      failed: 1,
      skipped: 1,
      attending: 2,
      maybe: 1,
      declined: 0,
      waitlisted: 0,
      offered: 0,
      noReply: 2,
      headcount: 4,
      capacity: 30,
      seatsTaken: 4,
      present: 0,
      organisationsInvited: 0,
      organisationsRepresented: 0,
      organisationsPresent: 0,
      failures: [{ email: bounced.email, reason: expect.stringContaining('Mailbox does not exist') }],
      // Responses asking for each need, and the people behind them (Person 1 comes as a party of 3).
      logistics: {
        stepFreeAccess: 1,
        stepFreeAccessPeople: 3,
        signLanguage: 1,
        signLanguagePeople: 1,
        childcare: 1,
        childcarePeople: 1,
        interpretation: [{ language: 'Spanish', count: 2, people: 4 }],
        dietary: [{ need: 'halal', count: 2, people: 4 }],
      },
    });

    const list = await stack.t.graphql.data<{ forumInvitations: { totalCount: number; edges: { node: any }[] } }>(
      `query($forumId: ID!) { forumInvitations(forumId: $forumId, first: 10) { totalCount edges { node { contactName email response partySize delivery { status error } } } } }`,
      { forumId: forum.id },
      officer.token,
    );
    expect(list.forumInvitations.totalCount).toBe(6);
    const byName = new Map(list.forumInvitations.edges.map((e) => [e.node.contactName, e.node]));
    expect(byName.get('Bounced Person')).toMatchObject({ delivery: { status: 'FAILED', error: expect.stringContaining('550') } });
    expect(byName.get('Person 1')).toMatchObject({ response: 'ATTENDING', partySize: 3, delivery: { status: 'SENT', error: null } });
    expect(byName.get(optedOut.name)).toMatchObject({ delivery: { status: 'SKIPPED' } });
  });

  it('another agency cannot read the funnel', async () => {
    const { forum } = await setup();
    const other = await setup();
    const res = await stack.t.graphql.request(SUMMARY, { forumId: forum.id }, { token: other.officer.token });
    expect(res.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('exports the attendee list as CSV to signed-in staff only, attending first, with needs, neutralising formulas', async () => {
    const { agency, officer, forum } = await setup();
    const a = await createContact(db, agency.id, { name: '=HYPERLINK("x")' });
    const b = await createContact(db, agency.id, { name: 'Bea Maybe' });
    const c = await createContact(db, agency.id, { name: 'Cy Declines' });
    await stack.t.graphql.data(INVITE, { forumId: forum.id, input: { contactIds: [a.id, b.id, c.id] } }, officer.token);
    const [ta, tb, tc] = await Promise.all([a, b, c].map(async (p) => tokenOf((await stack.sink.waitFor(p.email))[0])));
    await postForm(`${stack.t.url}/rsvp/${tb}`, { answer: 'maybe' });
    await postForm(`${stack.t.url}/rsvp/${ta}`, { answer: 'attending', partySize: '2', dietary: 'vegan' });
    await postForm(`${stack.t.url}/rsvp/${tc}`, { answer: 'declined' });

    const url = `${stack.t.url}/forums/${forum.id}/attendees.csv`;
    expect((await fetch(url)).status).toBe(401);
    const res = await fetch(url, { headers: { authorization: `Bearer ${officer.token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const lines = (await res.text()).replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines[0]).toBe('Name,Email,Organisation,Status,Party size,Step-free access,Interpretation,Sign language,Childcare,Dietary,Note,Checked in,Answered');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^"'=HYPERLINK\(""x""\)",.*,ATTENDING,2,.*vegan/);
    expect(lines[2]).toMatch(/^Bea Maybe,.*,MAYBE,1,/);
  });

  it('exports every invitee with ?scope=all: answers, no reply, and delivery (failed with the reason, opted out), attending first', async () => {
    const { agency, officer, forum } = await setup();
    await inviteRefused(agency.id, officer.token, forum.id, 'Bo Bounced');
    const [ann, dee, nia] = await Promise.all(['Ann Attends', 'Dee Declines', 'Nia Silent'].map((name) => createContact(db, agency.id, { name })));
    const optedOut = await createContact(db, agency.id, { name: 'Oz Opted', optedOutAt: new Date(), optOutSource: 'test' });
    await stack.t.graphql.data(INVITE, { forumId: forum.id, input: { contactIds: [ann.id, dee.id, nia.id, optedOut.id] } }, officer.token);
    const [ta, td] = await Promise.all([ann, dee].map(async (p) => tokenOf((await stack.sink.waitFor(p.email))[0])));
    await stack.sink.waitFor(nia.email);
    await postForm(`${stack.t.url}/rsvp/${ta}`, { answer: 'attending', partySize: '2' });
    await postForm(`${stack.t.url}/rsvp/${td}`, { answer: 'declined' });
    await until(async () => (await summary(officer.token, forum.id)).sent === 3, 'invitations to be recorded as sent');

    const csv = async (query: string) => {
      const res = await fetch(`${stack.t.url}/forums/${forum.id}/attendees.csv${query}`, { headers: { authorization: `Bearer ${officer.token}` } });
      return { status: res.status, text: (await res.text()).replace(/^\uFEFF/, '') };
    };
    const all = await csv('?scope=all');
    expect(all.status).toBe(200);
    const rows = parse(all.text, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toEqual(expect.arrayContaining(['Name', 'Status', 'Party size', 'Delivery', 'Delivery problem']));
    expect(rows.map((r) => [r.Name, r.Status, r['Party size'], r.Delivery])).toEqual([
      ['Ann Attends', 'ATTENDING', '2', 'SENT'],
      ['Dee Declines', 'DECLINED', '1', 'SENT'],
      ['Bo Bounced', 'NO_REPLY', '1', 'FAILED'],
      ['Nia Silent', 'NO_REPLY', '1', 'SENT'],
      ['Oz Opted', 'NO_REPLY', '1', 'SKIPPED'],
    ]);
    expect(rows.find((r) => r.Name === 'Bo Bounced')!['Delivery problem']).toContain('Mailbox does not exist');

    // The default is still the attendee list.
    expect((parse((await csv('')).text, { columns: true }) as Record<string, string>[]).map((r) => r.Name)).toEqual(['Ann Attends']);
    const bad = await csv('?scope=everyone');
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('scope');
  });

  it('any contact of an invited organisation can name or swap delegates up to its seats; the organisation counts as represented', async () => {
    const { agency, officer, forum } = await setup();
    const org = await createOrganisation(db, agency.id, { name: 'Eastbrook Mental Health Alliance' });
    const members = await Promise.all(['Ana', 'Ben', 'Cleo'].map((name) => createContact(db, agency.id, { name, organisationId: org.id })));
    await stack.t.graphql.data(INVITE, { forumId: forum.id, input: { organisations: [{ organisationId: org.id, seats: 2 }] } }, officer.token);
    const mails = await Promise.all(members.map(async (m) => (await stack.sink.waitFor(m.email))[0]));
    expect(mails[0].parsed.text).toContain('Eastbrook Mental Health Alliance has 2 seats'); // an ICU plural, not "seat(s)"
    const [ta, tb, tc] = mails.map(tokenOf);

    await postForm(`${stack.t.url}/rsvp/${ta}`, { answer: 'attending' });
    await postForm(`${stack.t.url}/rsvp/${tb}`, { answer: 'attending' });
    const third = await postForm(`${stack.t.url}/rsvp/${tc}`, { answer: 'attending' });
    expect(third.status).toBe(409);
    expect(third.body).toContain('2 seat(s) are already taken by other delegates');

    const page = await getPage(`${stack.t.url}/rsvp/${tc}/delegates`);
    expect(page.body).toContain('Who will attend (at most 2)');
    const ids = await db.query(`SELECT i.id, c.name FROM invitations i JOIN contacts c ON c.id = i.contact_id WHERE i.forum_id = $1 ORDER BY c.name`, [forum.id]);
    const id = (name: string) => ids.find((r: { name: string }) => r.name === name).id;
    const tooMany = await fetch(`${stack.t.url}/rsvp/${tc}/delegates`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `delegate=${id('Ana')}&delegate=${id('Ben')}&delegate=${id('Cleo')}`,
    });
    expect(tooMany.status).toBe(400);
    expect(await tooMany.text()).toContain('Choose at most 2 delegate(s)');

    const swapped = await fetch(`${stack.t.url}/rsvp/${tc}/delegates`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `delegate=${id('Ben')}&delegate=${id('Cleo')}`,
    });
    expect(swapped.status).toBe(200);
    expect(await swapped.text()).toContain('Delegates saved');
    const states = await db.query(`SELECT c.name, i.response, i.response_source FROM invitations i JOIN contacts c ON c.id = i.contact_id WHERE i.forum_id = $1 ORDER BY c.name`, [forum.id]);
    expect(states).toEqual([
      { name: 'Ana', response: 'DECLINED', response_source: 'DELEGATE' },
      { name: 'Ben', response: 'ATTENDING', response_source: 'LINK' },
      { name: 'Cleo', response: 'ATTENDING', response_source: 'DELEGATE' },
    ]);
    expect((await stack.sink.waitFor(members[0].email, 3))[2].parsed.subject).toContain('You are not attending');
    expect(await summary(officer.token, forum.id)).toMatchObject({ organisationsInvited: 1, organisationsRepresented: 1, attending: 2, headcount: 2 });
  });

  it('after the RSVP deadline delegates can no longer be swapped: the page says changes are closed, and a POST changes nothing and mails no one', async () => {
    const { agency, officer, forum } = await setup();
    const org = await createOrganisation(db, agency.id, { name: 'Northgate Tenants Union' });
    const members = await Promise.all(['Ana', 'Ben'].map((name) => createContact(db, agency.id, { name, organisationId: org.id })));
    await stack.t.graphql.data(INVITE, { forumId: forum.id, input: { organisations: [{ organisationId: org.id, seats: 1 }] } }, officer.token);
    const [ta, tb] = await Promise.all(members.map(async (m) => tokenOf((await stack.sink.waitFor(m.email))[0])));
    await postForm(`${stack.t.url}/rsvp/${ta}`, { answer: 'attending' });
    await stack.sink.waitFor(members[0].email, 2);
    // The deadline passes (the forum itself is still ahead).
    await db.query(`UPDATE forums SET rsvp_deadline = now() - interval '1 minute' WHERE id = $1`, [forum.id]);
    const before = await db.query(`SELECT c.name, i.response FROM invitations i JOIN contacts c ON c.id = i.contact_id WHERE i.forum_id = $1 ORDER BY c.name`, [forum.id]);
    const mailsOwed = async () => (await db.query(`SELECT count(*)::int AS n FROM outbound_emails WHERE to_address = ANY($1)`, [members.map((m) => m.email)]))[0].n as number;
    const owedBefore = await mailsOwed();
    expect(owedBefore).toBe(3);

    expect((await getPage(`${stack.t.url}/rsvp/${tb}`)).body).toContain('Answers closed on');
    const page = await getPage(`${stack.t.url}/rsvp/${tb}/delegates`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('Delegate changes closed on');
    expect(page.body).not.toContain('Save delegates');

    const [ben] = await db.query(`SELECT i.id FROM invitations i JOIN contacts c ON c.id = i.contact_id WHERE i.forum_id = $1 AND c.name = 'Ben'`, [forum.id]);
    const swap = await fetch(`${stack.t.url}/rsvp/${tb}/delegates`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `delegate=${ben.id}` });
    expect(swap.status).toBe(409);
    const body = await swap.text();
    expect(body).toContain('Delegate changes closed on');
    expect(body).not.toContain('Delegates saved');
    expect(await db.query(`SELECT c.name, i.response FROM invitations i JOIN contacts c ON c.id = i.contact_id WHERE i.forum_id = $1 ORDER BY c.name`, [forum.id])).toEqual(before);
    // Nothing owed to either of them: no mail was written (invitation and confirmation only).
    expect(await mailsOwed()).toBe(owedBefore);
  });

  it('attendees can be checked in once the forum has started or is completed, not before, and only if they said they would come', async () => {
    const { agency, officer, forum } = await setup();
    const [comes, stays] = await Promise.all([createContact(db, agency.id), createContact(db, agency.id)]);
    await stack.t.graphql.data(INVITE, { forumId: forum.id, input: { contactIds: [comes.id, stays.id] } }, officer.token);
    const [tc, ts] = await Promise.all([comes, stays].map(async (p) => tokenOf((await stack.sink.waitFor(p.email))[0])));
    await postForm(`${stack.t.url}/rsvp/${tc}`, { answer: 'attending' });
    await postForm(`${stack.t.url}/rsvp/${ts}`, { answer: 'declined' });
    const [{ id: comesId }] = await db.query(`SELECT id FROM invitations WHERE contact_id = $1`, [comes.id]);
    const [{ id: staysId }] = await db.query(`SELECT id FROM invitations WHERE contact_id = $1`, [stays.id]);
    const CHECK_IN = `mutation($id: ID!) { checkInAttendee(invitationId: $id) { id checkedInAt } }`;

    const early = await stack.t.graphql.request(CHECK_IN, { id: comesId }, { token: officer.token });
    expect(early.errors![0].extensions).toMatchObject({ code: 'CONFLICT' });
    await db.query(`UPDATE forums SET status = $2, completed_at = now(), starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour' WHERE id = $1`, [
      forum.id,
      ForumStatus.COMPLETED,
    ]);
    const done = await stack.t.graphql.data<{ checkInAttendee: { checkedInAt: string } }>(CHECK_IN, { id: comesId }, officer.token);
    expect(done.checkInAttendee.checkedInAt).toBeTruthy();
    const declined = await stack.t.graphql.request(CHECK_IN, { id: staysId }, { token: officer.token });
    expect(declined.errors![0].message).toContain('DECLINED');
    expect(await summary(officer.token, forum.id)).toMatchObject({ present: 1 });
  });
});
