import { DataSource } from 'typeorm';
import nodemailer, { Transporter } from 'nodemailer';
import { StaffRole } from '@app/common';
import { OutreachUnsubscribe } from '@app/invitations';
import { MailTestStack, createAgency, createContact, createForum, createMailTestStack, createSignedInStaff, waitForIdleQueues, testPort } from '@app/testing';
import { INVITE, calendarPart, tokenOf, until } from './support/rsvp-helpers';
import { sendRaw } from './support/raw-smtp';

const DOMAIN = 'replies.liaison.test';

/** Answers that come back by mail, into the worker's inbound SMTP listener. */
describe('Replying to an invitation by email', () => {
  let stack: MailTestStack;
  let db: DataSource;
  let mailer: Transporter;
  let port: number;

  beforeAll(async () => {
    port = await testPort();
    stack = await createMailTestStack({ INBOUND_SMTP_PORT: String(port), INBOUND_SMTP_HOST: '127.0.0.1', MAIL_DOMAIN: DOMAIN });
    db = stack.t.dataSource;
    mailer = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
  });
  afterAll(async () => {
    mailer.close();
    await stack.close();
  });

  async function invited(n = 1) {
    const agency = await createAgency(db);
    const officer = await createSignedInStaff(db, stack.t.graphql, agency.id, StaffRole.LIAISON_OFFICER);
    const forum = await createForum(db, agency.id);
    const contacts = await Promise.all(Array.from({ length: n }, () => createContact(db, agency.id)));
    await stack.t.graphql.data(INVITE, { forumId: forum.id, input: { contactIds: contacts.map((c) => c.id) } }, officer.token);
    const mails = await Promise.all(contacts.map(async (c) => (await stack.sink.waitFor(c.email))[0]));
    return { agency, officer, forum, contacts, mails, tokens: mails.map(tokenOf) };
  }

  const responseOf = async (contactId: string) => (await db.query(`SELECT response, response_source FROM invitations WHERE contact_id = $1`, [contactId]))[0];

  it('a calendar Accept (iTIP REPLY, PARTSTAT=ACCEPTED) sent to the organizer address records ATTENDING and confirms by mail', async () => {
    const { forum, contacts, mails, tokens } = await invited();
    const invite = calendarPart(mails[0]);
    const organizer = /^ORGANIZER[^:]*:mailto:(.+)$/im.exec(invite)![1].trim();
    expect(organizer).toBe(`rsvp+${tokens[0]}@${DOMAIN}`);
    const reply = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN',
      'METHOD:REPLY',
      'BEGIN:VEVENT',
      `UID:forum-${forum.id}@${DOMAIN}`,
      'SEQUENCE:0',
      'DTSTAMP:20261203T090000Z',
      `ORGANIZER:mailto:${organizer}`,
      `ATTENDEE;PARTSTAT=ACCEPTED;CN=Guest:mailto:${contacts[0].email}`,
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    await mailer.sendMail({
      from: contacts[0].email,
      to: organizer,
      subject: `Accepted: ${forum.title}`,
      text: 'Looking forward to it.', // not an answer by itself: only the calendar part says ACCEPTED
      icalEvent: { method: 'REPLY', content: reply },
    });
    expect(await responseOf(contacts[0].id)).toEqual({ response: 'ATTENDING', response_source: 'EMAIL' });
    const confirmation = (await stack.sink.waitFor(contacts[0].email, 2))[1];
    expect(confirmation.parsed.subject).toBe(`You are attending: ${forum.title}`);
    const [stored] = await db.query(`SELECT status, interpreted_answer FROM rsvp_replies WHERE forum_id = $1`, [forum.id]);
    expect(stored).toEqual({ status: 'APPLIED', interpreted_answer: 'ATTENDING' });
  });

  it('a reply whose first line is a clear answer (English or Spanish) records it; quoted text below does not matter', async () => {
    const { contacts, tokens } = await invited(2);
    await mailer.sendMail({ from: contacts[0].email, to: `rsvp+${tokens[0]}@${DOMAIN}`, subject: 'Re: Invitation', text: 'Sí, asistiré.\n\n> Will you come?' });
    await mailer.sendMail({ from: contacts[1].email, to: `rsvp+${tokens[1]}@${DOMAIN}`, subject: 'Re: Invitation', text: "No, we can't make it this time.\n> Attending?" });
    expect(await responseOf(contacts[0].id)).toMatchObject({ response: 'ATTENDING' });
    expect(await responseOf(contacts[1].id)).toMatchObject({ response: 'DECLINED' });
  });

  it('a reply that decodes to NUL characters (a UTF-16 part, a NUL in the subject) is read like any other, not turned away on every retry', async () => {
    const { contacts, tokens } = await invited();
    const to = `rsvp+${tokens[0]}@${DOMAIN}`;
    // "Yes, I will come" in UTF-16 with a BOM, ending in U+0000, which PostgreSQL cannot store.
    const body = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Yes, I will come\u0000', 'utf16le')]);
    const raw = Buffer.concat([
      Buffer.from(`From: ${contacts[0].email}\r\nTo: ${to}\r\nSubject: =?utf-8?B?${Buffer.from('Re: Invitation\u0000').toString('base64')}?=\r\nContent-Type: text/plain; charset=utf-16\r\nContent-Transfer-Encoding: base64\r\n\r\n`),
      Buffer.from(`${body.toString('base64')}\r\n`),
    ]);
    const info = await mailer.sendMail({ envelope: { from: contacts[0].email, to: [to] }, raw });
    expect(info.response).toMatch(/^250/);
    expect(await responseOf(contacts[0].id)).toMatchObject({ response: 'ATTENDING', response_source: 'EMAIL' });
  });

  it('a plain reply records the party size it states ("Sí, asistiremos dos personas", "yes, two of us"); one that states none or an unclear one keeps 1 and the confirmation says so', async () => {
    const { forum, contacts, tokens } = await invited(4);
    const replies = ['Sí, asistiremos dos personas', 'yes, two of us', 'Yes', 'Yes, two or three of us'];
    await Promise.all(replies.map((text, i) => mailer.sendMail({ from: contacts[i].email, to: `rsvp+${tokens[i]}@${DOMAIN}`, subject: 'Re: Invitation', text: `${text}\n\n> You are invited` })));
    const parties = await db.query(`SELECT contact_id, response, party_size FROM invitations WHERE forum_id = $1`, [forum.id]);
    const partyOf = (i: number) => parties.find((p: { contact_id: string }) => p.contact_id === contacts[i].id);
    expect([0, 1, 2, 3].map(partyOf).map((p) => [p.response, p.party_size])).toEqual([
      ['ATTENDING', 2],
      ['ATTENDING', 2],
      ['ATTENDING', 1],
      ['ATTENDING', 1],
    ]);
    const confirmations = await Promise.all(contacts.map(async (c) => (await stack.sink.waitFor(c.email, 2))[1].parsed.text!.replace(/\s+/g, ' ')));
    expect(confirmations[0]).toContain('your seat is confirmed for 2 people');
    expect(confirmations[0]).not.toContain('how many people');
    expect(confirmations[1]).toContain('your seat is confirmed for 2 people');
    expect(confirmations[2]).toContain('Your reply did not say how many people are coming, so we have recorded a party of 1 (just you).');
    expect(confirmations[3]).toContain('We could not tell from your reply how many people are coming, so we have recorded a party of 1 (just you).');
    expect(confirmations[3]).toContain('"Change your answer"');
  });

  it('anything else is kept as "needs reading" for an officer, who can record the answer it gives', async () => {
    const { forum, officer, contacts, tokens } = await invited();
    await mailer.sendMail({ from: contacts[0].email, to: `rsvp+${tokens[0]}@${DOMAIN}`, subject: 'Question', text: 'No problem with the date, but is there parking nearby?' });
    expect(await responseOf(contacts[0].id)).toMatchObject({ response: null });
    const list = await stack.t.graphql.data<{ rsvpRepliesNeedingReading: { totalCount: number; edges: { node: { id: string; body: string; status: string } }[] } }>(
      `query($forumId: ID) { rsvpRepliesNeedingReading(forumId: $forumId) { totalCount edges { node { id body status fromAddress } } } }`,
      { forumId: forum.id },
      officer.token,
    );
    expect(list.rsvpRepliesNeedingReading.totalCount).toBe(1);
    const reply = list.rsvpRepliesNeedingReading.edges[0].node;
    expect(reply).toMatchObject({ status: 'NEEDS_READING', body: expect.stringContaining('parking nearby') });
    const resolved = await stack.t.graphql.data<{ resolveRsvpReply: { status: string } }>(
      `mutation($id: ID!) { resolveRsvpReply(id: $id, answer: MAYBE) { status } }`,
      { id: reply.id },
      officer.token,
    );
    expect(resolved.resolveRsvpReply.status).toBe('RESOLVED');
    expect(await responseOf(contacts[0].id)).toEqual({ response: 'MAYBE', response_source: 'STAFF' });
  });

  it('a clear answer that also asks something is recorded and still kept for an officer, who marks it read once they have answered', async () => {
    const { forum, officer, contacts, tokens } = await invited();
    await mailer.sendMail({ from: contacts[0].email, to: `rsvp+${tokens[0]}@${DOMAIN}`, subject: 'Re: Invitation', text: "Yes, I'll be there.\n\nIs there parking nearby?\n\n> Will you come?" });
    expect(await responseOf(contacts[0].id)).toEqual({ response: 'ATTENDING', response_source: 'EMAIL' });
    const list = await stack.t.graphql.data<{ rsvpRepliesNeedingReading: { totalCount: number; edges: { node: { id: string; status: string; interpretedAnswer: string | null } }[] } }>(
      `query($forumId: ID) { rsvpRepliesNeedingReading(forumId: $forumId) { totalCount edges { node { id status interpretedAnswer } } } }`,
      { forumId: forum.id },
      officer.token,
    );
    expect(list.rsvpRepliesNeedingReading.edges.map((e) => e.node)).toEqual([{ id: expect.any(String), status: 'NEEDS_READING', interpretedAnswer: 'ATTENDING' }]);
    const read = await stack.t.graphql.data<{ resolveRsvpReply: { status: string; interpretedAnswer: string } }>(
      `mutation($id: ID!) { resolveRsvpReply(id: $id) { status interpretedAnswer } }`,
      { id: list.rsvpRepliesNeedingReading.edges[0].node.id },
      officer.token,
    );
    expect(read.resolveRsvpReply).toEqual({ status: 'RESOLVED', interpretedAnswer: 'ATTENDING' });
    expect(await responseOf(contacts[0].id)).toEqual({ response: 'ATTENDING', response_source: 'EMAIL' });
  });

  it('crafted mail from outside: an HTML-only reply is read, a calendar part cannot reach Object.prototype, a message over 5 MB is refused with 552 whether or not its size is declared', async () => {
    const { forum, contacts, tokens } = await invited(2);
    // Outlook and some phones send HTML alone; the writer's words are read up to the quoted message.
    await mailer.sendMail({ from: contacts[0].email, to: `rsvp+${tokens[0]}@${DOMAIN}`, subject: 'Re: Invitation', html: '<div>No, we can&#39;t make it.</div><blockquote>Will you come?</blockquote>' });
    expect(await responseOf(contacts[0].id)).toMatchObject({ response: 'DECLINED' });

    // A general iCalendar parser merged an event with UID:__proto__ into every object of the worker.
    const poisoned = ['BEGIN:VCALENDAR', 'METHOD:REPLY', 'BEGIN:VEVENT', 'UID:__proto__', 'X-polluted:yes', `ATTENDEE;PARTSTAT=ACCEPTED:mailto:${contacts[1].email}`, 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
    await mailer.sendMail({ from: contacts[1].email, to: `rsvp+${tokens[1]}@${DOMAIN}`, subject: `Accepted: ${forum.title}`, text: 'Accepted', icalEvent: { method: 'REPLY', content: poisoned } });
    expect(await responseOf(contacts[1].id)).toMatchObject({ response: 'ATTENDING' });
    expect(Object.keys(Object.prototype)).toEqual([]);

    // Declared, it is refused before the data; undeclared, after it, the parser having seen at most 5 MB.
    const declared = await mailer.sendMail({ from: contacts[0].email, to: `bounces@${DOMAIN}`, subject: 'Big', text: 'x'.repeat(6 * 1024 * 1024) }).catch((error: { responseCode?: number }) => error);
    expect((declared as { responseCode?: number }).responseCode).toBe(552);
    const line = `${'x'.repeat(998)}\r\n`;
    expect(await sendRaw(port, `bounces@${DOMAIN}`, `Subject: big\r\n\r\n${line.repeat(6_500)}`)).toMatch(/^552 /);
  });

  it('replies to one invitation past ten in an hour wait for an officer instead of mailing the invitee again; a kilobytes-long Message-ID is taken once', async () => {
    const { contacts, tokens } = await invited();
    for (let i = 0; i < 12; i++) {
      await mailer.sendMail({ from: contacts[0].email, to: `rsvp+${tokens[0]}@${DOMAIN}`, subject: 'Re: Invitation', text: i % 2 ? 'No' : 'Yes', messageId: `<loop-${i}-${tokens[0]}@sender.example>` });
    }
    const statuses = (await db.query(`SELECT status, count(*)::int AS n FROM rsvp_replies WHERE invitation_id = (SELECT id FROM invitations WHERE contact_id = $1) GROUP BY status ORDER BY status`, [contacts[0].id])) as { status: string; n: number }[];
    expect(statuses).toEqual([
      { status: 'APPLIED', n: 10 },
      { status: 'NEEDS_READING', n: 2 },
    ]);
    // The invitation and ten confirmations, not twelve.
    await until(async () => stack.sink.to(contacts[0].email).length >= 11, 'the confirmations');
    await waitForIdleQueues(stack.worker);
    expect(stack.sink.to(contacts[0].email)).toHaveLength(11);

    const { contacts: [other], tokens: [token] } = await invited();
    const longId = `<${'a'.repeat(3_000)}@sender.example>`;
    for (let i = 0; i < 2; i++) await mailer.sendMail({ from: other.email, to: `rsvp+${token}@${DOMAIN}`, subject: 'Re: Invitation', text: 'Yes', messageId: longId });
    expect(await db.query(`SELECT status, length(message_id) AS length FROM rsvp_replies WHERE invitation_id = (SELECT id FROM invitations WHERE contact_id = $1)`, [other.id])).toEqual([{ status: 'APPLIED', length: 71 }]);
  });

  it('a reply without a Message-ID delivered twice (a mail server retrying) is applied and confirmed once; a new one with another date counts', async () => {
    const { contacts, tokens } = await invited();
    const to = `rsvp+${tokens[0]}@${DOMAIN}`;
    const message = (date: string) => [`From: <${contacts[0].email}>`, `To: <${to}>`, `Date: ${date}`, 'Subject: Re: Invitation', '', 'Yes, I will attend.'].join('\r\n');
    for (const date of ['Mon, 07 Dec 2026 10:00:00 +0000', 'Mon, 07 Dec 2026 10:00:00 +0000', 'Mon, 07 Dec 2026 11:30:00 +0000']) {
      expect(await sendRaw(port, to, message(date))).toMatch(/^250 /);
    }
    const rows = await db.query(`SELECT status FROM rsvp_replies WHERE invitation_id = (SELECT id FROM invitations WHERE contact_id = $1)`, [contacts[0].id]);
    expect(rows).toEqual([{ status: 'APPLIED' }, { status: 'APPLIED' }]);
    expect(await responseOf(contacts[0].id)).toMatchObject({ response: 'ATTENDING' });
    // The invitation and two confirmations, not three.
    await until(async () => stack.sink.to(contacts[0].email).length >= 3, 'the confirmations');
    await waitForIdleQueues(stack.worker);
    expect(stack.sink.to(contacts[0].email)).toHaveLength(3);
  });

  it('an auto-reply (out of office, RFC 3834) is kept for an officer to read, never taken as an answer, whatever its first line says', async () => {
    const { forum, contacts, tokens } = await invited(2);
    const text = 'Yes, your message has been received. I am on leave until Monday and will reply when I return.';
    await mailer.sendMail({ from: contacts[0].email, to: `rsvp+${tokens[0]}@${DOMAIN}`, subject: 'Automatic reply: Invitation', text, headers: { 'Auto-Submitted': 'auto-replied' } });
    // Many responders send from the null envelope sender, as reports do.
    await mailer.sendMail({ envelope: { from: '', to: [`rsvp+${tokens[1]}@${DOMAIN}`] }, from: contacts[1].email, subject: 'Out of Office: Invitation', text: '好的，已收到您的邮件，我会尽快回复。' });
    for (const c of contacts) expect(await responseOf(c.id)).toMatchObject({ response: null });
    const stored = await db.query(`SELECT status, interpreted_answer FROM rsvp_replies WHERE forum_id = $1`, [forum.id]);
    expect(stored).toEqual([
      { status: 'NEEDS_READING', interpreted_answer: null },
      { status: 'NEEDS_READING', interpreted_answer: null },
    ]);
  });

  it('replies to unknown or expired tokens are refused with a polite 550 and change nothing', async () => {
    const { forum, contacts, tokens } = await invited();
    const unknown = mailer.sendMail({ from: 'someone@example.org', to: `rsvp+${'a'.repeat(40)}@${DOMAIN}`, subject: 'Yes', text: 'Yes' });
    await expect(unknown).rejects.toMatchObject({ responseCode: 550 });
    await expect(unknown).rejects.toThrow(/does not match an open invitation/);
    await db.query(`UPDATE forums SET starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour' WHERE id = $1`, [forum.id]);
    await expect(mailer.sendMail({ from: contacts[0].email, to: `rsvp+${tokens[0]}@${DOMAIN}`, subject: 'Yes', text: 'Yes' })).rejects.toMatchObject({ responseCode: 550 });
    expect(await responseOf(contacts[0].id)).toMatchObject({ response: null });
    expect(await db.query(`SELECT 1 FROM rsvp_replies WHERE forum_id = $1`, [forum.id])).toHaveLength(0);
  });

  it('the List-Unsubscribe mailto address opts the contact out', async () => {
    const { contacts, tokens } = await invited();
    await mailer.sendMail({ from: contacts[0].email, to: `unsubscribe+${tokens[0]}@${DOMAIN}`, subject: 'unsubscribe', text: '' });
    const [row] = await db.query(`SELECT opted_out_at, opt_out_source FROM contacts WHERE id = $1`, [contacts[0].id]);
    expect(row.opted_out_at).not.toBeNull();
    expect(row.opt_out_source).toBe('list-unsubscribe-mailto');
  });

  it('the mailto address of a survey’s or digest’s List-Unsubscribe (the contact’s signed token) opts them out; a forged one is refused', async () => {
    const { contacts } = await invited();
    const { mailto } = stack.t.app.get(OutreachUnsubscribe).linksFor(contacts[0].id);
    const forged = mailto.replace(/^unsubscribe\+(\w{51})\w/, (_, kept: string) => `unsubscribe+${kept}${mailto[63] === '0' ? '1' : '0'}`);
    expect(forged).not.toBe(mailto);
    await expect(mailer.sendMail({ from: contacts[0].email, to: forged, subject: 'unsubscribe', text: '' })).rejects.toMatchObject({ responseCode: 550 });
    expect((await db.query(`SELECT opted_out_at FROM contacts WHERE id = $1`, [contacts[0].id]))[0].opted_out_at).toBeNull();
    await mailer.sendMail({ from: contacts[0].email, to: mailto, subject: 'unsubscribe', text: '' });
    expect(await db.query(`SELECT opt_out_source FROM contacts WHERE id = $1`, [contacts[0].id])).toEqual([{ opt_out_source: 'list-unsubscribe-mailto' }]);
  });
});
