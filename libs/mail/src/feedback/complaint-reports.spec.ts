import { simpleParser } from 'mailparser';
import { complainsAbout, readFeedbackReport } from './feedback-report';

// Complaint reports (ARF, RFC 5965) as the providers' feedback loops send them to bounces@ (shortened),
// read the way the worker's listener parses mail. With no signed bounce address, the returned
// message's Message-ID is what names our message.
const MESSAGE_ID = '<7c1e9a42-3b5d-4f6e-8a21-0d9c4b7e2f13@liaison.riverside-pd.example>';

// As the worker's listener parses (ignoreEmbedded is passed on to mailparser's splitter, not in its types).
const PARSE_OPTIONS = { keepDeliveryStatus: true, ignoreEmbedded: true };

const arf = (feedbackType: string, userAgent: string, reportFields: string[], originalHeaders: string[] = []) =>
  simpleParser(
    [
      'From: feedback@fbl.provider.example',
      'To: bounces@liaison.riverside-pd.example',
      'Subject: FW: You are invited',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=feedback-report;',
      '\tboundary="----=_Part_ARF_42"',
      '',
      '------=_Part_ARF_42',
      'Content-Type: text/plain; charset="US-ASCII"',
      '',
      'This is an email abuse report for an email message received from IP 203.0.113.25.',
      '------=_Part_ARF_42',
      'Content-Type: message/feedback-report',
      '',
      `Feedback-Type: ${feedbackType}`,
      `User-Agent: ${userAgent}`,
      'Version: 1',
      ...reportFields,
      '',
      '------=_Part_ARF_42',
      // Inline, as in RFC 5965's own example: mailparser would otherwise open it as a message of its own.
      'Content-Type: message/rfc822',
      'Content-Disposition: inline',
      '',
      ...originalHeaders,
      `Message-ID: ${MESSAGE_ID}`,
      'From: "Riverside Police Department" <community@riverside-pd.example>',
      'To: jdoe@partner.example',
      'Subject: You are invited: Neighbourhood safety forum',
      '',
      'Dear partner, you are invited.',
      '------=_Part_ARF_42--',
      '',
    ].join('\r\n'),
    PARSE_OPTIONS,
  );

const YAHOO_FIELDS = [
  'Original-Mail-From: <bounces+7c1e9a42-3b5d-4f6e-8a21-0d9c4b7e2f13.4f2a9c01d7e3b865@liaison.riverside-pd.example>',
  'Original-Rcpt-To: <JDoe@partner.example>',
  'Received-Date: Mon, 07 Dec 2026 14:02:13 +0000',
  'Source-IP: 203.0.113.25',
  'Reported-Domain: riverside-pd.example',
];

describe('complaint reports from the providers’ feedback loops', () => {
  it('Yahoo: an abuse report with the recipient and our Message-ID in the inline original', async () => {
    expect(readFeedbackReport(await arf('abuse', 'Yahoo!-Mail-Feedback/2.0', YAHOO_FIELDS))).toEqual({
      kind: 'COMPLAINT',
      feedbackType: 'abuse',
      recipient: 'jdoe@partner.example',
      originalMessageId: MESSAGE_ID,
    });
  });

  it('Microsoft JMRP: an abuse report with no Original-Rcpt-To (the recipient only in its own header)', async () => {
    const jmrp = await arf('abuse', 'Microsoft Junk Mail Reporting Program', ['Source-IP: 203.0.113.25'], ['X-HmXmrOriginalRecipient: <jdoe@partner.example>']);
    expect(readFeedbackReport(jmrp)).toEqual({ kind: 'COMPLAINT', feedbackType: 'abuse', recipient: null, originalMessageId: MESSAGE_ID });
  });

  it('is about the message’s recipient however the report writes the address (case, a Unicode domain in its ASCII form), and not about anyone else', async () => {
    const about = async (rcpt: string, address: string) => {
      const report = readFeedbackReport(await arf('abuse', 'ExampleFBL/1.0', [`Original-Rcpt-To: <${rcpt}>`]));
      return report?.kind === 'COMPLAINT' && complainsAbout(report, address);
    };
    expect(await about('JDoe@Partner.example', 'jdoe@partner.example')).toBe(true);
    expect(await about('ana@xn--mnchen-3ya.example', 'ana@münchen.example')).toBe(true);
    expect(await about('ana@münchen.example', 'ana@münchen.example')).toBe(true);
    expect(await about('someone.else@partner.example', 'jdoe@partner.example')).toBe(false);
    const jmrp = readFeedbackReport(await arf('abuse', 'Microsoft Junk Mail Reporting Program', []));
    expect(jmrp?.kind === 'COMPLAINT' && complainsAbout(jmrp, 'jdoe@partner.example')).toBe(true);
  });

  it.each(['not-spam', 'virus', 'auth-failure', 'fraud', 'other'])('reads the type of a %s report as it is (only abuse is a complaint: see MailFeedbackService)', async (type) => {
    expect(readFeedbackReport(await arf(type.toUpperCase(), 'ExampleFBL/1.0', YAHOO_FIELDS))).toMatchObject({ kind: 'COMPLAINT', feedbackType: type });
  });
});
