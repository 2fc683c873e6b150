import { simpleParser } from 'mailparser';
import { readFeedbackReport, statusFor } from './feedback-report';

// Delivery status notifications as the common mail servers write them (shortened), read the way the
// worker's listener parses mail. We send one recipient a message, from bounces+<row>.<sig>@…
const ID = '7c1e9a42-3b5d-4f6e-8a21-0d9c4b7e2f13';
const MESSAGE_ID = `<${ID}@liaison.riverside-pd.example>`;
const VERP = `bounces+${ID}.4f2a9c01d7e3b865@liaison.riverside-pd.example`;

// As the worker's listener parses (ignoreEmbedded is passed on to mailparser's splitter, not in its types).
const PARSE_OPTIONS = { keepDeliveryStatus: true, ignoreEmbedded: true };
const parse = (lines: string[]) => simpleParser(lines.join('\r\n'), PARSE_OPTIONS);

/** Our message's headers, as a returned message or text/rfc822-headers part quotes them. */
const ours = (to: string, ...extra: string[]) => [
  ...extra,
  `Return-Path: <${VERP}>`,
  `Message-ID: ${MESSAGE_ID}`,
  'From: "Riverside Police Department" <community@riverside-pd.example>',
  `To: ${to}`,
  'Subject: You are invited: Neighbourhood safety forum',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=utf-8',
];

/** A report with one human-readable part, the status part and our message's headers. */
const report = (recipientBlocks: string[][], options: { reportType?: string; statusType?: string; originalType?: string; to?: string } = {}) =>
  parse([
    'From: MAILER-DAEMON@mail.partner.example',
    `To: ${VERP}`,
    'Subject: Delivery Status Notification',
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=${options.reportType ?? 'delivery-status'}; boundary="BB"`,
    '',
    '--BB',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Delivery report.',
    '--BB',
    `Content-Type: ${options.statusType ?? 'message/delivery-status'}`,
    'Content-Transfer-Encoding: 8bit',
    '',
    'Reporting-MTA: dns; mail.partner.example',
    '',
    ...recipientBlocks.flatMap((block) => [...block, '']),
    '--BB',
    `Content-Type: ${options.originalType ?? 'text/rfc822-headers'}`,
    'Content-Transfer-Encoding: 8bit',
    '',
    ...ours(options.to ?? 'jdoe@partner.example'),
    '',
    '--BB--',
    '',
  ]);

const bounceOf = async (mail: Promise<Awaited<ReturnType<typeof parse>>>, sentTo: string) => {
  const read = readFeedbackReport(await mail);
  if (read?.kind !== 'BOUNCE') throw new Error(`not a bounce: ${JSON.stringify(read)}`);
  return { read, status: statusFor(read, sentTo) };
};

describe('delivery status notifications from the common mail servers', () => {
  it('Postfix: a hard bounce with the returned message attached (message/rfc822)', async () => {
    const mail = parse([
      'From: MAILER-DAEMON@mail.partner.example (Mail Delivery System)',
      `To: ${VERP}`,
      'Subject: Undelivered Mail Returned to Sender',
      'Auto-Submitted: auto-replied',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status;',
      '\tboundary="4B8F11E03A.1765116131/mail.partner.example"',
      '',
      'This is a MIME-encapsulated message.',
      '',
      '--4B8F11E03A.1765116131/mail.partner.example',
      'Content-Description: Notification',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'This is the mail system at host mail.partner.example.',
      '',
      '--4B8F11E03A.1765116131/mail.partner.example',
      'Content-Description: Delivery report',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mail.partner.example',
      'X-Postfix-Queue-ID: 4B8F11E03A',
      `X-Postfix-Sender: rfc822; ${VERP}`,
      'Arrival-Date: Mon,  7 Dec 2026 14:02:11 +0000 (UTC)',
      '',
      'Final-Recipient: rfc822; jdoe@partner.example',
      'Original-Recipient: rfc822;jdoe@partner.example',
      'Action: failed',
      'Status: 5.1.1',
      'Remote-MTA: dns; mx.partner.example',
      'Diagnostic-Code: smtp; 550 5.1.1 <jdoe@partner.example>: Recipient address rejected: User',
      '    unknown in virtual mailbox table',
      '',
      '--4B8F11E03A.1765116131/mail.partner.example',
      'Content-Description: Undelivered Message',
      'Content-Type: message/rfc822',
      '',
      ...ours('jdoe@partner.example'),
      '',
      'You are invited.',
      '--4B8F11E03A.1765116131/mail.partner.example--',
      '',
    ]);
    const { read, status } = await bounceOf(mail, 'jdoe@partner.example');
    expect(read.originalMessageId).toBe(MESSAGE_ID);
    expect(status).toEqual({
      hard: true,
      status: '5.1.1',
      diagnostic: 'smtp; 550 5.1.1 <jdoe@partner.example>: Recipient address rejected: User unknown in virtual mailbox table',
      addresses: ['jdoe@partner.example'],
    });
  });

  it('Postfix: "Delayed Mail (still being retried)", Action delayed 4.4.1, is no hard bounce', async () => {
    const { status } = await bounceOf(
      report([
        [
          'Final-Recipient: rfc822; jdoe@partner.example',
          'Original-Recipient: rfc822;jdoe@partner.example',
          'Action: delayed',
          'Status: 4.4.1',
          'Diagnostic-Code: X-Postfix; connect to mx.partner.example[198.51.100.7]:25: Connection timed out',
          'Will-Retry-Until: Mon, 14 Dec 2026 14:02:11 +0000 (UTC)',
        ],
      ]),
      'jdoe@partner.example',
    );
    expect(status).toMatchObject({ hard: false, status: '4.4.1' });
  });

  it('Exim: the action first, an upper-case RFC822 type with no space', async () => {
    const { read, status } = await bounceOf(
      report([['Action: failed', 'Final-Recipient: RFC822;JDOE@PARTNER.EXAMPLE', 'Status: 5.0.0', 'Remote-MTA: dns; mx.partner.example', 'Diagnostic-Code: smtp; 550 No such user here']], {
        originalType: 'message/rfc822',
      }),
      'jdoe@partner.example',
    );
    expect(read.originalMessageId).toBe(MESSAGE_ID);
    expect(status).toMatchObject({ hard: true, status: '5.0.0', diagnostic: 'smtp; 550 No such user here' });
  });

  it('Microsoft 365: a three-number status (5.1.10), mixed-case addresses, the human part in multipart/alternative', async () => {
    const mail = parse([
      'From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@partner.onmicrosoft.com>',
      `To: <${VERP}>`,
      'Subject: Undeliverable: You are invited: Neighbourhood safety forum',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status;',
      '\tboundary="c8e1b3a0-77de-4f12-9a3c-5d1a2b3c4d5e"',
      'X-MS-Exchange-Message-Is-Ndr:',
      '',
      '--c8e1b3a0-77de-4f12-9a3c-5d1a2b3c4d5e',
      'Content-Type: multipart/alternative; differences=Content-Type;',
      '\tboundary="2a9f7c3e-1b4d-4e5f-8a6b-7c8d9e0f1a2b"',
      '',
      '--2a9f7c3e-1b4d-4e5f-8a6b-7c8d9e0f1a2b',
      'Content-Type: text/plain; charset="us-ascii"',
      '',
      "Your message to JDoe@Partner.example couldn't be delivered.",
      '--2a9f7c3e-1b4d-4e5f-8a6b-7c8d9e0f1a2b',
      'Content-Type: text/html; charset="us-ascii"',
      '',
      "<p>Your message to JDoe@Partner.example couldn't be delivered.</p>",
      '--2a9f7c3e-1b4d-4e5f-8a6b-7c8d9e0f1a2b--',
      '',
      '--c8e1b3a0-77de-4f12-9a3c-5d1a2b3c4d5e',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns;DM6PR11MB4563.namprd11.prod.outlook.com',
      'Received-From-MTA: dns;relay.riverside-pd.example',
      'Arrival-Date: Mon, 7 Dec 2026 14:02:12 +0000',
      '',
      'Original-Recipient: rfc822;JDoe@Partner.example',
      'Final-Recipient: rfc822;JDoe@Partner.example',
      'Action: failed',
      'Status: 5.1.10',
      'Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient JDoe@Partner.example not found by SMTP address lookup',
      '',
      '--c8e1b3a0-77de-4f12-9a3c-5d1a2b3c4d5e',
      'Content-Type: text/rfc822-headers',
      '',
      ...ours('JDoe@Partner.example'),
      '',
      '--c8e1b3a0-77de-4f12-9a3c-5d1a2b3c4d5e--',
      '',
    ]);
    const { read, status } = await bounceOf(mail, 'jdoe@partner.example');
    expect(read.originalMessageId).toBe(MESSAGE_ID);
    expect(status).toMatchObject({ hard: true, status: '5.1.10', addresses: ['jdoe@partner.example'] });
  });

  it('Gmail ("Delivery Status Notification (Failure)"): the diagnostic folded over several 550- lines', async () => {
    const { status } = await bounceOf(
      report(
        [
          [
            'Final-Recipient: rfc822; jane.partner@gmail.com',
            'Action: failed',
            'Status: 5.1.1',
            'Remote-MTA: dns; gmail-smtp-in.l.google.com. (2607:f8b0:4004:c06::1b, the server for the domain gmail.com.)',
            'Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist. Please try',
            " 550-5.1.1 double-checking the recipient's email address for typos or",
            ' 550 5.1.1 unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser - gsmtp',
            'Last-Attempt-Date: Mon, 07 Dec 2026 06:02:12 -0800 (PST)',
          ],
        ],
        { originalType: 'message/rfc822', to: 'jane.partner@gmail.com' },
      ),
      'jane.partner@gmail.com',
    );
    expect(status).toMatchObject({ hard: true, status: '5.1.1', diagnostic: expect.stringContaining('does not exist. Please try 550-5.1.1 double-checking') });
  });

  it('Yahoo: a quoted report-type, Status 5.0.0 with an SMTP 554', async () => {
    const mail = parse([
      'From: MAILER-DAEMON@yahoo.com',
      `To: ${VERP}`,
      'Subject: Failure Notice',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type="delivery-status"; boundary="----=_Part_3345_12345.1765116131"',
      '',
      '------=_Part_3345_12345.1765116131',
      'Content-Type: text/plain; charset=UTF-8',
      '',
      'Sorry, we were unable to deliver your message to the following address.',
      '------=_Part_3345_12345.1765116131',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mta1234.mail.gq1.yahoo.com',
      '',
      'Final-Recipient: rfc822;pat.partner@yahoo.com',
      'Action: failed',
      'Status: 5.0.0',
      "Diagnostic-Code: smtp; 554 delivery error: dd This user doesn't have a yahoo.com account (pat.partner@yahoo.com) [0]",
      '',
      '------=_Part_3345_12345.1765116131--',
      '',
    ]);
    const { status } = await bounceOf(mail, 'pat.partner@yahoo.com');
    expect(status).toMatchObject({ hard: true, status: '5.0.0' });
  });

  it.each(['relayed', 'delivered', 'expanded'])('Action: %s (2.0.0) is no bounce', async (action) => {
    const { status } = await bounceOf(report([['Final-Recipient: rfc822; jdoe@partner.example', `Action: ${action}`, 'Status: 2.0.0']]), 'jdoe@partner.example');
    expect(status).toMatchObject({ hard: false, status: '2.0.0' });
  });

  it('several recipients in one report: what it says of ours counts, wherever its block is', async () => {
    const colleagueDelayed = ['Final-Recipient: rfc822; colleague@partner.example', 'Action: delayed', 'Status: 4.2.2', 'Diagnostic-Code: smtp; 452 4.2.2 Mailbox full'];
    const colleagueFailed = ['Final-Recipient: rfc822; colleague@partner.example', 'Action: failed', 'Status: 5.1.1'];
    const oursFailed = ['Final-Recipient: rfc822; jdoe@partner.example', 'Action: failed', 'Status: 5.1.1', 'Diagnostic-Code: smtp; 550 5.1.1 User unknown'];
    const oursDelayed = ['Final-Recipient: rfc822; jdoe@partner.example', 'Action: delayed', 'Status: 4.4.1'];
    expect((await bounceOf(report([colleagueDelayed, oursFailed]), 'jdoe@partner.example')).status).toMatchObject({ hard: true, status: '5.1.1' });
    expect((await bounceOf(report([colleagueFailed, oursDelayed]), 'jdoe@partner.example')).status).toMatchObject({ hard: false, status: '4.4.1' });
    // Only others named: nothing about ours.
    expect((await bounceOf(report([colleagueFailed]), 'jdoe@partner.example')).status).toBeNull();
  });

  it('a forwarded address: Original-Recipient is what we sent to, Final-Recipient where it went', async () => {
    const forwarded = ['Original-Recipient: rfc822; info@partner.example', 'Final-Recipient: rfc822; partner.info@gmail.com', 'Action: failed', 'Status: 5.1.1'];
    expect((await bounceOf(report([forwarded], { to: 'info@partner.example' }), 'info@partner.example')).status).toMatchObject({ hard: true, status: '5.1.1' });
    // The returned headers' X-Original-To is no recipient field of the report: only the status block's addresses count.
    const viaHeaderOnly = report([['Final-Recipient: rfc822; partner.info@gmail.com', 'Action: failed', 'Status: 5.1.1']], { to: 'info@partner.example' });
    expect((await bounceOf(viaHeaderOnly, 'info@partner.example')).status).toBeNull();
  });

  it('odd spacing and casing around the address type, angle brackets, a comment after the status', async () => {
    const { status } = await bounceOf(
      report([['Final-Recipient:   Rfc822 ;   <JDoe@partner.example>  ', 'Action: Failed', 'Status: 5.2.1 (mailbox disabled)']]),
      'jdoe@partner.example',
    );
    expect(status).toMatchObject({ hard: true, status: '5.2.1' });
  });

  it('a status block naming no address still speaks of the one recipient; a NUL in the diagnostic is dropped', async () => {
    const { status } = await bounceOf(report([['Action: failed', 'Status: 5.1.1', 'Diagnostic-Code: smtp; 550 no\u0000 such user']]), 'jdoe@partner.example');
    expect(status).toEqual({ hard: true, status: '5.1.1', diagnostic: 'smtp; 550 no such user', addresses: [] });
  });
});

describe('internationalised delivery status notifications (RFC 6533)', () => {
  // Contacts' addresses are ASCII, an internationalised domain in its xn-- form.
  const contact = 'jdoe@xn--mnchen-partner-gsb.example';

  it('message/global-delivery-status: a utf-8 address, the domain in Unicode, the headers in message/global-headers', async () => {
    const mail = report(
      [['Original-Recipient: utf-8; jdoe@münchen-partner.example', 'Final-Recipient: utf-8; jdoe@münchen-partner.example', 'Action: failed', 'Status: 5.1.1', 'Diagnostic-Code: smtp; 550 5.1.1 Empfänger unbekannt']],
      { reportType: 'global-delivery-status', statusType: 'message/global-delivery-status', originalType: 'message/global-headers', to: 'jdoe@münchen-partner.example' },
    );
    const { read, status } = await bounceOf(mail, contact);
    expect(read.originalMessageId).toBe(MESSAGE_ID);
    expect(status).toMatchObject({ hard: true, status: '5.1.1', diagnostic: 'smtp; 550 5.1.1 Empfänger unbekannt', addresses: [contact] });
  });

  it('a global report that is only a delay stays soft', async () => {
    const mail = report([['Final-Recipient: utf-8; jdoe@münchen-partner.example', 'Action: delayed', 'Status: 4.4.7']], {
      reportType: 'global-delivery-status',
      statusType: 'message/global-delivery-status',
      originalType: 'message/global-headers',
    });
    expect((await bounceOf(mail, contact)).status).toMatchObject({ hard: false, status: '4.4.7' });
  });

  it('a utf-8 address in a plain delivery-status, written \\x{HHHH}', async () => {
    const { status } = await bounceOf(report([['Final-Recipient: utf-8; jdoe@m\\x{FC}nchen-partner.example', 'Action: failed', 'Status: 5.1.1']]), contact);
    expect(status).toMatchObject({ hard: true, addresses: [contact] });
  });

  it('a Unicode local part is not one of our contacts and matches nobody else', async () => {
    const { status } = await bounceOf(
      report([['Final-Recipient: utf-8; jürgen@münchen-partner.example', 'Action: failed', 'Status: 5.1.1']], {
        reportType: 'global-delivery-status',
        statusType: 'message/global-delivery-status',
      }),
      contact,
    );
    expect(status).toBeNull();
  });
});

describe('bounces without a machine-readable part', () => {
  it('a plain-text "Undelivered Mail Returned to Sender" or Yahoo "Failure Notice" is no report we read', async () => {
    const plain = await parse([
      'From: MAILER-DAEMON@mail.partner.example (Mail Delivery System)',
      `To: ${VERP}`,
      'Subject: Undelivered Mail Returned to Sender',
      '',
      'This is the mail system at host mail.partner.example.',
      '',
      '<jdoe@partner.example>: host mx.partner.example said: 550 5.1.1 User unknown',
      '',
      '--- Below this line is a copy of the message.',
      '',
      ...ours('jdoe@partner.example'),
    ]);
    expect(readFeedbackReport(plain)).toBeNull();
  });
});
