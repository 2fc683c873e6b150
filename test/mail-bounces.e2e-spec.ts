import { DataSource } from 'typeorm';
import nodemailer, { Transporter } from 'nodemailer';
import { StaffRole } from '@app/common';
import { MailTestStack, ReceivedMail, createAgency, createContact, createForum, createMailTestStack, createSignedInStaff, eventually, testPort } from '@app/testing';
import { untilRecordedSent } from './support/fan-out';
import { INVITE, until } from './support/rsvp-helpers';

const DOMAIN = 'replies.liaison.test';

/** A delivery status notification (RFC 3464) as a receiving MTA writes it, quoting our message's headers. */
function dsn(options: { finalRecipient: string; action: string; status: string; diagnostic: string; messageId: string | null; originalRecipient?: string; before?: string[] }): string {
  return [
    'From: Mail Delivery System <MAILER-DAEMON@mx.partner.example>',
    `To: bounces@${DOMAIN}`,
    'Subject: Undelivered Mail Returned to Sender',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="DSN-BOUNDARY"',
    '',
    '--DSN-BOUNDARY',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'I am sorry to have to inform you that your message could not be delivered.',
    '',
    '--DSN-BOUNDARY',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.partner.example',
    'Arrival-Date: Sun, 6 Dec 2026 02:40:00 +0000',
    '',
    // Blocks about other recipients, ahead of this one.
    ...(options.before ?? []),
    `Final-Recipient: rfc822; ${options.finalRecipient}`,
    `Original-Recipient: rfc822; ${options.originalRecipient ?? options.finalRecipient}`,
    `Action: ${options.action}`,
    `Status: ${options.status}`,
    `Diagnostic-Code: smtp; ${options.diagnostic}`,
    '',
    '--DSN-BOUNDARY',
    'Content-Type: text/rfc822-headers',
    '',
    ...(options.messageId ? [`Message-ID: ${options.messageId}`] : []),
    `From: no-reply@${DOMAIN}`,
    `To: ${options.finalRecipient}`,
    'Subject: Invitation',
    '',
    '--DSN-BOUNDARY--',
    '',
  ].join('\r\n');
}

/** An ARF complaint report (RFC 5965) as a mailbox provider's feedback loop sends it, with the original message inline (as in the RFC's example). */
function arf(options: { recipient: string; messageId: string; feedbackType?: string }): string {
  return [
    'From: Feedback Loop <fbl@provider.example>',
    `To: bounces@${DOMAIN}`,
    'Subject: Complaint about message from no-reply',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=feedback-report; boundary="ARF-BOUNDARY"',
    '',
    '--ARF-BOUNDARY',
    'Content-Type: text/plain',
    '',
    'This is an email abuse report.',
    '',
    '--ARF-BOUNDARY',
    'Content-Type: message/feedback-report',
    '',
    `Feedback-Type: ${options.feedbackType ?? 'abuse'}`,
    'User-Agent: ProviderFBL/1.0',
    'Version: 1',
    `Original-Rcpt-To: ${options.recipient}`,
    '',
    '--ARF-BOUNDARY',
    'Content-Type: message/rfc822',
    'Content-Disposition: inline',
    '',
    `Message-ID: ${options.messageId}`,
    `From: no-reply@${DOMAIN}`,
    `To: ${options.recipient}`,
    'Subject: Invitation',
    '',
    'You are invited.',
    '',
    '--ARF-BOUNDARY--',
    '',
  ].join('\r\n');
}

/**
 * Bounces and complaints come back to the worker's inbound listener: every message's envelope
 * sender is a signed bounces+<row>.<sig>@MAIL_DOMAIN, and complaint loops report to bounces@.
 */
describe('Bounces and complaints', () => {
  let stack: MailTestStack;
  let db: DataSource;
  let mailer: Transporter;

  beforeAll(async () => {
    const port = await testPort();
    stack = await createMailTestStack({ INBOUND_SMTP_PORT: String(port), INBOUND_SMTP_HOST: '127.0.0.1', MAIL_DOMAIN: DOMAIN, PUBLIC_RATE_LIMIT: '10000' });
    db = stack.t.dataSource;
    mailer = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
  });
  afterAll(async () => {
    mailer.close();
    await stack.close();
  });

  async function invited(n: number) {
    const agency = await createAgency(db);
    const officer = await createSignedInStaff(db, stack.t.graphql, agency.id, StaffRole.LIAISON_OFFICER);
    const forum = await createForum(db, agency.id);
    const contacts = await Promise.all(Array.from({ length: n }, () => createContact(db, agency.id)));
    await stack.t.graphql.data(INVITE, { forumId: forum.id, input: { contactIds: contacts.map((c) => c.id) } }, officer.token);
    const mails: ReceivedMail[] = await Promise.all(contacts.map(async (c) => (await stack.sink.waitFor(c.email))[0]));
    await untilRecordedSent(db, contacts.map((c) => c.email));
    return { agency, officer, forum, contacts, mails };
  }

  const report = (to: string, raw: string) => mailer.sendMail({ envelope: { from: 'MAILER-DAEMON@mx.partner.example', to: [to] }, raw });
  const contactRow = async (id: string) =>
    (await db.query(`SELECT email, undeliverable_at, undeliverable_reason, opted_out_at, opt_out_source FROM contacts WHERE id = $1`, [id]))[0];
  const CONTACT = `query($id: ID!) { contact(id: $id) { email undeliverable undeliverableAt undeliverableReason optedOut } }`;
  const PREVIEW = `query($forumId: ID!, $input: InviteToForumInput!) {
    invitationPreview(forumId: $forumId, input: $input) { invited skippedOptedOut skippedUndeliverable skipped { email reason } }
  }`;

  it('every message goes out from a signed bounce address of its own; a hard bounce to it marks the address undeliverable (officers see why), later invitations skip and count it, editing the address clears it', async () => {
    const { agency, officer, contacts, mails } = await invited(2);
    const [gone, fine] = contacts;
    const bounceTo = mails[0].envelopeFrom!;
    expect(bounceTo).toMatch(new RegExp(`^bounces\\+[0-9a-f-]{36}\\.[0-9a-f]{16}@${DOMAIN}$`));
    expect(mails[1].envelopeFrom).not.toBe(bounceTo);

    await report(bounceTo, dsn({ finalRecipient: gone.email, action: 'failed', status: '5.1.1', diagnostic: '550 5.1.1 User unknown', messageId: mails[0].parsed.messageId! }));
    const marked = await until(async () => {
      const row = await contactRow(gone.id);
      return row.undeliverable_at ? row : null;
    }, 'the contact marked undeliverable');
    expect(marked.undeliverable_reason).toContain('5.1.1');
    expect(marked.undeliverable_reason).toContain('User unknown');
    expect((await contactRow(fine.id)).undeliverable_at).toBeNull();
    const [outbound] = await db.query(`SELECT status, last_error FROM outbound_emails WHERE to_address = $1`, [gone.email]);
    expect(outbound.status).toBe('FAILED');
    expect(outbound.last_error).toMatch(/^Bounced: 5\.1\.1/);

    const seen = await stack.t.graphql.data<{ contact: { undeliverable: boolean; undeliverableAt: string; undeliverableReason: string } }>(CONTACT, { id: gone.id }, officer.token);
    expect(seen.contact).toMatchObject({ undeliverable: true, undeliverableReason: expect.stringContaining('5.1.1') });

    const next = await createForum(db, agency.id);
    const input = { contactIds: [gone.id, fine.id] };
    const preview = await stack.t.graphql.data<{ invitationPreview: { invited: number; skippedUndeliverable: number; skipped: { email: string; reason: string }[] } }>(
      PREVIEW,
      { forumId: next.id, input },
      officer.token,
    );
    expect(preview.invitationPreview).toMatchObject({ invited: 1, skippedOptedOut: 0, skippedUndeliverable: 1, skipped: [{ email: gone.email, reason: 'UNDELIVERABLE' }] });
    const sent = await stack.t.graphql.data<{ inviteToForum: Record<string, number> }>(
      `mutation($forumId: ID!, $input: InviteToForumInput!) { inviteToForum(forumId: $forumId, input: $input) { invited alreadyInvited skippedOptedOut skippedUndeliverable } }`,
      { forumId: next.id, input },
      officer.token,
    );
    expect(sent.inviteToForum).toEqual({ invited: 1, alreadyInvited: 0, skippedOptedOut: 0, skippedUndeliverable: 1 });
    await stack.sink.waitFor(fine.email, 2);
    expect(stack.sink.to(gone.email)).toHaveLength(1);

    const corrected = `fixed-${gone.email}`;
    await stack.t.graphql.data(`mutation($id: ID!, $input: UpdateContactInput!) { updateContact(id: $id, input: $input) { id } }`, { id: gone.id, input: { email: corrected } }, officer.token);
    expect(await contactRow(gone.id)).toMatchObject({ email: corrected, undeliverable_at: null, undeliverable_reason: null });
    const again = await stack.t.graphql.data<{ inviteToForum: Record<string, number> }>(
      `mutation($forumId: ID!, $input: InviteToForumInput!) { inviteToForum(forumId: $forumId, input: $input) { invited alreadyInvited skippedUndeliverable } }`,
      { forumId: next.id, input },
      officer.token,
    );
    expect(again.inviteToForum).toEqual({ invited: 1, alreadyInvited: 1, skippedUndeliverable: 0 });
    expect(await stack.sink.waitFor(corrected)).toHaveLength(1);
  });

  it('a soft bounce (4.x.x, delayed) changes nothing', async () => {
    const { contacts, mails } = await invited(1);
    await report(mails[0].envelopeFrom!, dsn({ finalRecipient: contacts[0].email, action: 'delayed', status: '4.2.2', diagnostic: '452 4.2.2 Mailbox full', messageId: mails[0].parsed.messageId! }));
    await report(mails[0].envelopeFrom!, dsn({ finalRecipient: contacts[0].email, action: 'failed', status: '4.4.7', diagnostic: 'Delivery time expired', messageId: null }));
    const [outbound] = await db.query(`SELECT status FROM outbound_emails WHERE to_address = $1`, [contacts[0].email]);
    expect(outbound.status).toBe('SENT');
    expect(await contactRow(contacts[0].id)).toMatchObject({ undeliverable_at: null, opted_out_at: null });
  });

  it('an ARF complaint to bounces@ about our message opts the contact out of outreach, not marking the address undeliverable', async () => {
    const { contacts, mails } = await invited(1);
    await report(`bounces@${DOMAIN}`, arf({ recipient: contacts[0].email, messageId: mails[0].parsed.messageId! }));
    const row = await until(async () => {
      const r = await contactRow(contacts[0].id);
      return r.opted_out_at ? r : null;
    }, 'the complaint recorded');
    expect(row.opt_out_source).toBe('complaint (abuse report)');
    expect(row.undeliverable_at).toBeNull();
    expect(await db.query(`SELECT 1 FROM audit_log WHERE entity_id = $1 AND action = 'contact.opt_out'`, [contacts[0].id])).toHaveLength(1);
  });

  it('a report is read for our recipient: its block after another recipient’s, or the forward it went to (Original-Recipient ours)', async () => {
    const { contacts, mails } = await invited(2);
    const [listed, forwarded] = contacts;
    const delayedColleague = ['Final-Recipient: rfc822; colleague@partner.example', 'Action: delayed', 'Status: 4.2.2', ''];
    await report(mails[0].envelopeFrom!, dsn({ before: delayedColleague, finalRecipient: listed.email, action: 'failed', status: '5.1.1', diagnostic: 'User unknown', messageId: mails[0].parsed.messageId! }));
    await report(
      mails[1].envelopeFrom!,
      dsn({ finalRecipient: 'partner.info@gmail.example', originalRecipient: forwarded.email, action: 'failed', status: '5.1.1', diagnostic: 'No such account', messageId: mails[1].parsed.messageId! }),
    );
    for (const c of contacts) await eventually(async () => expect((await contactRow(c.id)).undeliverable_at).not.toBeNull());
  });

  it('a feedback report that is no complaint (not-spam, virus, a DMARC auth-failure) opts nobody out', async () => {
    const { contacts, mails } = await invited(1);
    for (const feedbackType of ['not-spam', 'virus', 'auth-failure']) {
      await report(`bounces@${DOMAIN}`, arf({ recipient: contacts[0].email, messageId: mails[0].parsed.messageId!, feedbackType }));
    }
    expect(await contactRow(contacts[0].id)).toMatchObject({ opted_out_at: null, undeliverable_at: null });
    // The same report as abuse does.
    await report(`bounces@${DOMAIN}`, arf({ recipient: contacts[0].email, messageId: mails[0].parsed.messageId! }));
    await eventually(async () => expect((await contactRow(contacts[0].id)).opted_out_at).not.toBeNull());
  });

  it('forged, unknown, inconsistent and unreadable reports change nothing and the listener keeps working', async () => {
    const { contacts, mails } = await invited(2);
    const [target, other] = contacts;
    const signed = mails[0].envelopeFrom!;
    const forged = signed.replace(/\.([0-9a-f]{16})@/, '.0000000000000000@');
    await expect(report(forged, dsn({ finalRecipient: target.email, action: 'failed', status: '5.1.1', diagnostic: 'User unknown', messageId: mails[0].parsed.messageId! }))).rejects.toMatchObject({
      responseCode: 550,
    });
    // Not a message of ours (unknown Message-ID), to the plain address.
    await report(`bounces@${DOMAIN}`, dsn({ finalRecipient: target.email, action: 'failed', status: '5.1.1', diagnostic: 'User unknown', messageId: `<00000000-0000-4000-8000-000000000000@${DOMAIN}>` }));
    // A genuine Message-ID (it travels in replies and forwards) but no signed address: anyone could send it.
    await report(`bounces@${DOMAIN}`, dsn({ finalRecipient: target.email, action: 'failed', status: '5.1.1', diagnostic: 'User unknown', messageId: mails[0].parsed.messageId! }));
    // Our message to one contact, claimed as a bounce for another.
    await report(`bounces@${DOMAIN}`, dsn({ finalRecipient: other.email, action: 'failed', status: '5.1.1', diagnostic: 'User unknown', messageId: mails[0].parsed.messageId! }));
    // The signed address of one message, quoting another's Message-ID.
    await report(signed, dsn({ finalRecipient: target.email, action: 'failed', status: '5.1.1', diagnostic: 'User unknown', messageId: mails[1].parsed.messageId! }));
    // Unreadable: a report with no status part, a plain message and a complaint about nothing.
    await report(`bounces@${DOMAIN}`, ['Subject: x', 'Content-Type: multipart/report; report-type=delivery-status; boundary="Z"', '', '--Z', 'Content-Type: text/plain', '', 'garbage', '--Z--', ''].join('\r\n'));
    await report(`bounces@${DOMAIN}`, ['Subject: out of office', '', 'I am away until Monday.', ''].join('\r\n'));
    await report(`bounces@${DOMAIN}`, arf({ recipient: target.email, messageId: '<not-ours@elsewhere.example>' }));

    for (const c of contacts) expect(await contactRow(c.id)).toMatchObject({ undeliverable_at: null, opted_out_at: null });
    const statuses = await db.query(`SELECT status FROM outbound_emails WHERE to_address = ANY($1::text[])`, [[target.email, other.email]]);
    expect(statuses.map((s: { status: string }) => s.status)).toEqual(['SENT', 'SENT']);

    // Still listening: a genuine hard bounce right after is read.
    await report(signed, dsn({ finalRecipient: target.email, action: 'failed', status: '5.1.1', diagnostic: 'User unknown', messageId: mails[0].parsed.messageId! }));
    await eventually(async () => expect((await contactRow(target.id)).undeliverable_at).not.toBeNull());
    expect((await contactRow(other.id)).undeliverable_at).toBeNull();
  });
});
