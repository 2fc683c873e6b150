import { DataSource } from 'typeorm';
import { StaffRole } from '@app/common';
import { ForumStatus, VenueAccessibilityFeature } from '@app/forums';
import { OrganisationType } from '@app/partners';
import {
  MailTestStack,
  createAgency,
  createContact,
  createForum,
  createMailTestStack,
  createOrganisation,
  createSignedInStaff,
  createVenue,
} from '@app/testing';
import { INVITE, answerLink, calendarPart, expectCalendarAlternative, getPage, onApi, postForm, tokenOf } from './support/rsvp-helpers';

describe('Inviting to a forum and answering by link', () => {
  let stack: MailTestStack;
  let db: DataSource;

  beforeAll(async () => {
    stack = await createMailTestStack({ PUBLIC_RATE_LIMIT: '10000', MAIL_DOMAIN: 'replies.liaison.test' });
    db = stack.t.dataSource;
  });
  afterAll(() => stack.close());

  async function officerAndForum(forumOverrides: Parameters<typeof createForum>[2] = {}) {
    const agency = await createAgency(db, { name: 'Riverside Police Department', mailSenderName: 'Riverside PD Community Liaison' });
    const officer = await createSignedInStaff(db, stack.t.graphql, agency.id, StaffRole.LIAISON_OFFICER);
    const forum = await createForum(db, agency.id, forumOverrides);
    return { agency, officer, forum };
  }

  async function invite(token: string, forumId: string, input: Record<string, unknown>) {
    return stack.t.graphql.request(INVITE, { forumId, input }, { token });
  }

  it('invites contacts, organisations and an audience at once: each contact once, opted-out skipped and counted, re-inviting adds only the new', async () => {
    const { agency, officer, forum } = await officerAndForum();
    const clinic = await createOrganisation(db, agency.id, { type: OrganisationType.MENTAL_HEALTH_AGENCY });
    const school = await createOrganisation(db, agency.id, { type: OrganisationType.SCHOOL, neighbourhoods: ['Old Town'] });
    const otherSchool = await createOrganisation(db, agency.id, { type: OrganisationType.SCHOOL, neighbourhoods: ['Northgate'] });
    const clinicA = await createContact(db, agency.id, { organisationId: clinic.id });
    const clinicB = await createContact(db, agency.id, { organisationId: clinic.id });
    const teacher = await createContact(db, agency.id, { organisationId: school.id });
    await createContact(db, agency.id, { organisationId: school.id, optedOutAt: new Date(), optOutSource: 'test' });
    await createContact(db, agency.id, { organisationId: otherSchool.id });
    const resident = await createContact(db, agency.id);

    const input = {
      contactIds: [clinicA.id, resident.id, resident.id],
      organisations: [{ organisationId: clinic.id, seats: 2 }],
      audience: { organisationTypes: ['SCHOOL'], neighbourhoods: ['Old Town'] },
    };
    const first = await invite(officer.token, forum.id, input);
    expect(first.errors).toBeUndefined();
    expect(first.data!.inviteToForum).toEqual({ invited: 4, alreadyInvited: 0, skippedOptedOut: 1, organisations: 1 });

    const rows = await db.query(`SELECT contact_id, organisation_invitation_id, skipped_reason FROM invitations WHERE forum_id = $1`, [forum.id]);
    expect(rows).toHaveLength(5);
    const byContact = new Map(rows.map((r: { contact_id: string }) => [r.contact_id, r]));
    // Named individually and through the organisation: one invitation, linked to the organisation's seats.
    expect((byContact.get(clinicA.id) as { organisation_invitation_id: string }).organisation_invitation_id).not.toBeNull();
    expect((byContact.get(clinicB.id) as { organisation_invitation_id: string }).organisation_invitation_id).not.toBeNull();
    expect((byContact.get(resident.id) as { organisation_invitation_id: string | null }).organisation_invitation_id).toBeNull();
    expect(rows.filter((r: { skipped_reason: string | null }) => r.skipped_reason === 'OPTED_OUT')).toHaveLength(1);

    const again = await invite(officer.token, forum.id, input);
    expect(again.data!.inviteToForum).toEqual({ invited: 0, alreadyInvited: 5, skippedOptedOut: 0, organisations: 1 });
    const newcomer = await createContact(db, agency.id, { organisationId: school.id });
    const third = await invite(officer.token, forum.id, input);
    expect(third.data!.inviteToForum).toMatchObject({ invited: 1, alreadyInvited: 5 });

    await stack.sink.waitFor(newcomer.email);
    for (const c of [clinicA, clinicB, teacher, resident]) expect(await stack.sink.waitFor(c.email)).toHaveLength(1);
    const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM outbound_emails WHERE agency_id = $1 AND kind = 'forum-invitation'`, [agency.id]);
    expect(count).toBe(5);
  });

  it('a contact skipped while opted out is mailed when invited again after opting back in', async () => {
    const { agency, officer, forum } = await officerAndForum();
    const contact = await createContact(db, agency.id, { optedOutAt: new Date(), optOutSource: 'test' });
    expect((await invite(officer.token, forum.id, { contactIds: [contact.id] })).data!.inviteToForum).toMatchObject({ invited: 0, skippedOptedOut: 1 });
    await db.query(`UPDATE contacts SET opted_out_at = NULL, opt_out_source = NULL WHERE id = $1`, [contact.id]);
    expect((await invite(officer.token, forum.id, { contactIds: [contact.id] })).data!.inviteToForum).toMatchObject({ invited: 1, alreadyInvited: 0, skippedOptedOut: 0 });
    const [mail] = await stack.sink.waitFor(contact.email);
    expect(mail.parsed.subject).toMatch(/^Invitation: /);
    const [row] = await db.query(`SELECT skipped_reason, email_id FROM invitations WHERE contact_id = $1`, [contact.id]);
    expect(row.skipped_reason).toBeNull();
    expect(row.email_id).not.toBeNull();
  });

  it('refuses to invite to a draft or an already started forum, and to another agency\'s contacts, writing nothing', async () => {
    const { agency, officer } = await officerAndForum();
    const contact = await createContact(db, agency.id);
    const draft = await createForum(db, agency.id, { status: ForumStatus.DRAFT, publishedAt: null });
    const started = await createForum(db, agency.id, { startsAt: new Date(Date.now() - 60_000) });
    const notOpen = await invite(officer.token, draft.id, { contactIds: [contact.id] });
    expect(notOpen.errors![0].extensions).toMatchObject({ code: 'CONFLICT' });
    expect(notOpen.errors![0].message).toContain('DRAFT');
    const late = await invite(officer.token, started.id, { contactIds: [contact.id] });
    expect(late.errors![0].extensions).toMatchObject({ code: 'CONFLICT' });

    const elsewhere = await createAgency(db);
    const stranger = await createContact(db, elsewhere.id);
    const { forum } = await officerAndForum();
    const foreign = await invite(officer.token, forum.id, { contactIds: [stranger.id] });
    expect(foreign.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    const own = await createForum(db, agency.id);
    const mixed = await invite(officer.token, own.id, { contactIds: [contact.id, stranger.id] });
    expect(mixed.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.contactIds.1' });
    const empty = await invite(officer.token, own.id, {});
    expect(empty.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const badSeats = await invite(officer.token, own.id, { organisations: [{ organisationId: contact.id, seats: 0 }] });
    expect(badSeats.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.organisations.0.seats' });
    const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM invitations WHERE agency_id = $1`, [agency.id]);
    expect(count).toBe(0);
  });

  it('an analyst cannot invite', async () => {
    const { agency, forum } = await officerAndForum();
    const analyst = await createSignedInStaff(db, stack.t.graphql, agency.id, StaffRole.ANALYST);
    const contact = await createContact(db, agency.id);
    const res = await invite(analyst.token, forum.id, { contactIds: [contact.id] });
    expect(res.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('mails HTML and text with the forum in its own time zone, venue access, agenda, three answer buttons, reply address, unsubscribe headers and an iTIP REQUEST', async () => {
    const agency = await createAgency(db, { name: 'Riverside Police Department', mailSenderName: 'Riverside PD Community Liaison' });
    const officer = await createSignedInStaff(db, stack.t.graphql, agency.id, StaffRole.LIAISON_OFFICER);
    const venue = await createVenue(db, agency.id, {
      name: 'Eastbrook Library',
      address: '12 Elm Street',
      accessibilityFeatures: [VenueAccessibilityFeature.STEP_FREE_ACCESS, VenueAccessibilityFeature.HEARING_LOOP],
    });
    const startsAt = new Date(Date.UTC(2031, 1, 12, 0, 30)); // 18:30 the evening before in Chicago (CST)
    const forum = await createForum(db, agency.id, {
      title: 'Eastbrook listening session',
      venueId: venue.id,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 90 * 60_000),
      timeZone: 'America/Chicago',
      sequence: 2,
      agenda: [
        { title: 'Welcome', speaker: 'Chief Ortiz', durationMinutes: 10 },
        { title: 'Open floor', durationMinutes: 60 },
      ],
      interpretationLanguages: ['es'],
      signLanguage: true,
    });
    const contact = await createContact(db, agency.id, { name: 'Dana Flores' });
    await invite(officer.token, forum.id, { contactIds: [contact.id] });
    const [mail] = await stack.sink.waitFor(contact.email);
    const token = tokenOf(mail);

    expect(mail.parsed.subject).toBe('Invitation: Eastbrook listening session, Tuesday, February 11, 2031, 6:30–8:00 PM CST');
    expect(mail.parsed.from!.text).toContain('Riverside PD Community Liaison');
    expect(mail.parsed.replyTo!.text).toBe(`rsvp+${token}@replies.liaison.test`);
    const headerBlock = mail.raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
    const unsubscribeHeader = /^List-Unsubscribe: (.*)$/m.exec(headerBlock)![1];
    expect(unsubscribeHeader).toContain(`<mailto:unsubscribe+${token}@replies.liaison.test?subject=unsubscribe>`);
    expect(unsubscribeHeader).toContain(`/rsvp/${token}/unsubscribe>`);
    expect(headerBlock).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
    // Handlebars writes "=" in attributes as "&#x3D;", which every HTML reader decodes.
    for (const body of [(mail.parsed.html as string).replace(/&#x3D;/g, '='), mail.parsed.text!]) {
      expect(body).toContain('Riverside Police Department');
      expect(body).toContain('6:30–8:00 PM CST');
      expect(body).toContain('Eastbrook Library');
      expect(body).toContain('step-free access');
      expect(body).toContain('hearing loop');
      expect(body).toContain('Chief Ortiz');
      expect(body).toContain('Open floor');
      expect(body).toContain('Spanish');
      expect(body).toContain(`/rsvp/${token}?answer=attending`);
      expect(body).toContain(`/rsvp/${token}?answer=maybe`);
      expect(body).toContain(`/rsvp/${token}?answer=declined`);
      expect(body).toContain(`/rsvp/${token}/unsubscribe`);
    }
    expect(mail.parsed.html).toContain('>Attending</a>');
    expect(mail.parsed.html).toContain('>Not attending</a>');

    const ics = calendarPart(mail);
    expect(ics).toMatch(/^METHOD:REQUEST$/m);
    expect(ics).toContain(`UID:forum-${forum.id}@replies.liaison.test`);
    expect(ics).toMatch(/^SEQUENCE:2$/m);
    expect(ics).toMatch(new RegExp(`^ORGANIZER;CN="?Riverside PD Community Liaison"?:mailto:rsvp\\+${token}@replies.liaison.test$`, 'm'));
    expect(ics).toMatch(new RegExp(`^ATTENDEE;.*RSVP=TRUE.*:MAILTO:${contact.email}$`, 'mi'));
    expect(mail.raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);
    // Outlook and Gmail show Accept / Tentative / Decline only for a calendar offered beside the text and HTML.
    expectCalendarAlternative(mail, 'REQUEST');
  });

  it('opening a link (GET) shows the choice preselected and changes nothing; only the POST records, and a confirmation mail follows', async () => {
    const { agency, officer, forum } = await officerAndForum();
    const contact = await createContact(db, agency.id);
    await invite(officer.token, forum.id, { contactIds: [contact.id] });
    const [mail] = await stack.sink.waitFor(contact.email);
    const link = onApi(stack.t.url, answerLink(mail, 'maybe'));

    const before = await db.query(`SELECT * FROM invitations WHERE contact_id = $1`, [contact.id]);
    for (let i = 0; i < 3; i++) {
      const page = await getPage(link);
      expect(page.status).toBe(200);
      expect(page.body).toMatch(/id="answer-maybe" name="answer" value="maybe" checked/);
      expect(page.body).not.toMatch(/id="answer-attending"[^>]*checked/);
      expect(page.body).toContain('Confirm my answer');
    }
    const after = await db.query(`SELECT * FROM invitations WHERE contact_id = $1`, [contact.id]);
    expect(after).toEqual(before);
    expect(after[0].response).toBeNull();
    expect(stack.sink.to(contact.email)).toHaveLength(1);

    const token = tokenOf(mail);
    const saved = await postForm(`${stack.t.url}/rsvp/${token}`, {
      answer: 'attending',
      partySize: '3',
      stepFreeAccess: 'yes',
      interpretationLanguage: 'Spanish',
      childcare: 'yes',
      dietary: 'vegetarian',
      note: 'Bringing two neighbours',
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toContain('You are attending');
    const [row] = await db.query(`SELECT * FROM invitations WHERE contact_id = $1`, [contact.id]);
    expect(row).toMatchObject({
      response: 'ATTENDING',
      response_source: 'LINK',
      party_size: 3,
      step_free_access: true,
      interpretation_language: 'Spanish',
      childcare: true,
      sign_language: false,
      dietary: 'vegetarian',
      note: 'Bringing two neighbours',
    });
    const mails = await stack.sink.waitFor(contact.email, 2);
    expect(mails[1].parsed.subject).toBe(`You are attending: ${forum.title}`);
    expect(mails[1].parsed.text).toContain('for 3 people');

    const changed = await postForm(`${stack.t.url}/rsvp/${token}`, { answer: 'declined' });
    expect(changed.body).toContain('You are not attending');
    expect((await stack.sink.waitFor(contact.email, 3))[2].parsed.subject).toBe(`You are not attending: ${forum.title}`);
  });

  it('a bad party size is named on the page and nothing is recorded', async () => {
    const { agency, officer, forum } = await officerAndForum();
    const contact = await createContact(db, agency.id);
    await invite(officer.token, forum.id, { contactIds: [contact.id] });
    const token = tokenOf((await stack.sink.waitFor(contact.email))[0]);
    const res = await postForm(`${stack.t.url}/rsvp/${token}`, { answer: 'attending', partySize: '40' });
    expect(res.status).toBe(400);
    expect(res.body).toContain('Party size must be a whole number from 1 to 20');
    expect(res.body).toContain('aria-invalid="true"');
    const [row] = await db.query(`SELECT response FROM invitations WHERE contact_id = $1`, [contact.id]);
    expect(row.response).toBeNull();
  });

  it('a tampered or unknown token gets a clear page and changes nothing', async () => {
    const { agency, officer, forum } = await officerAndForum();
    const contact = await createContact(db, agency.id);
    await invite(officer.token, forum.id, { contactIds: [contact.id] });
    const token = tokenOf((await stack.sink.waitFor(contact.email))[0]);
    const tampered = token.slice(0, -1) + (token.endsWith('a') ? 'b' : 'a');
    for (const bad of [tampered, 'not-a-token']) {
      const shown = await getPage(`${stack.t.url}/rsvp/${bad}?answer=attending`);
      expect(shown.status).toBe(404);
      expect(shown.body).toContain('Link not recognised');
      const posted = await postForm(`${stack.t.url}/rsvp/${bad}`, { answer: 'attending' });
      expect(posted.status).toBe(404);
    }
    const [row] = await db.query(`SELECT response FROM invitations WHERE contact_id = $1`, [contact.id]);
    expect(row.response).toBeNull();
  });

  it('a link stops working once the forum has ended, and answers close at the RSVP deadline', async () => {
    const { agency, officer, forum } = await officerAndForum();
    const contact = await createContact(db, agency.id);
    const other = await createContact(db, agency.id);
    await invite(officer.token, forum.id, { contactIds: [contact.id, other.id] });
    const token = tokenOf((await stack.sink.waitFor(contact.email))[0]);
    const otherToken = tokenOf((await stack.sink.waitFor(other.email))[0]);

    await db.query(`UPDATE forums SET rsvp_deadline = now() - interval '1 minute' WHERE id = $1`, [forum.id]);
    const shown = await getPage(`${stack.t.url}/rsvp/${token}?answer=attending`);
    expect(shown.status).toBe(200);
    expect(shown.body).toContain('Answers closed on');
    expect(shown.body).not.toContain('Confirm my answer');
    const late = await postForm(`${stack.t.url}/rsvp/${token}`, { answer: 'attending' });
    expect(late.status).toBe(409);
    expect(late.body).toContain('Answers closed on');

    await db.query(`UPDATE forums SET starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour', rsvp_deadline = NULL WHERE id = $1`, [forum.id]);
    const ended = await postForm(`${stack.t.url}/rsvp/${otherToken}`, { answer: 'attending' });
    expect(ended.status).toBe(410);
    expect(ended.body).toContain('no longer works');
    const rows = await db.query(`SELECT response FROM invitations WHERE forum_id = $1`, [forum.id]);
    expect(rows.every((r: { response: string | null }) => r.response === null)).toBe(true);
  });

  it('the unsubscribe link shows a confirmation on GET and opts the contact out on POST (also one-click); they are skipped afterwards', async () => {
    const { agency, officer, forum } = await officerAndForum();
    const contact = await createContact(db, agency.id);
    const other = await createContact(db, agency.id);
    await invite(officer.token, forum.id, { contactIds: [contact.id, other.id] });
    const token = tokenOf((await stack.sink.waitFor(contact.email))[0]);
    const otherToken = tokenOf((await stack.sink.waitFor(other.email))[0]);

    const shown = await getPage(`${stack.t.url}/rsvp/${token}/unsubscribe`);
    expect(shown.body).toContain('Unsubscribe from invitations');
    expect((await db.query(`SELECT opted_out_at FROM contacts WHERE id = $1`, [contact.id]))[0].opted_out_at).toBeNull();
    const done = await postForm(`${stack.t.url}/rsvp/${token}/unsubscribe`, {});
    expect(done.body).toContain('You are unsubscribed');
    const oneClick = await postForm(`${stack.t.url}/rsvp/${otherToken}/unsubscribe`, { 'List-Unsubscribe': 'One-Click' });
    expect(oneClick.status).toBe(200);
    const rows = await db.query(`SELECT id, opt_out_source FROM contacts WHERE id = ANY($1) AND opted_out_at IS NOT NULL ORDER BY email`, [[contact.id, other.id]]);
    expect(rows.map((r: { opt_out_source: string }) => r.opt_out_source).sort()).toEqual(['list-unsubscribe', 'unsubscribe-link']);

    const next = await createForum(db, agency.id);
    const res = await invite(officer.token, next.id, { contactIds: [contact.id, other.id] });
    expect(res.data!.inviteToForum).toMatchObject({ invited: 0, skippedOptedOut: 2 });
  });
});
