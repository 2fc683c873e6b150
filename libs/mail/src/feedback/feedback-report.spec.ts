import { simpleParser } from 'mailparser';
import { readFeedbackReport } from './feedback-report';
import { bounceAddress, readBounceAddress } from './bounce-address';

const report = (type: string, statusType: string, status: string, original = 'Message-ID: <abc@replies.example>\r\nTo: gone@example.org\r\n') =>
  simpleParser(
    [
      `Content-Type: multipart/report; report-type=${type}; boundary="B"`,
      '',
      '--B',
      'Content-Type: text/plain',
      '',
      'Human text.',
      '--B',
      `Content-Type: ${statusType}`,
      '',
      status,
      '--B',
      'Content-Type: text/rfc822-headers',
      '',
      original,
      '--B--',
      '',
    ].join('\r\n'),
    { keepDeliveryStatus: true },
  );

describe('readFeedbackReport', () => {
  it('reads a hard bounce: Action failed with 5.x.x, the final recipient, the diagnostic (folded) and our Message-ID', async () => {
    const mail = await report(
      'delivery-status',
      'message/delivery-status',
      'Reporting-MTA: dns; mx.example.org\r\n\r\nFinal-Recipient: rfc822; Gone@Example.org\r\nAction: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 User\r\n unknown\r\n',
    );
    expect(readFeedbackReport(mail)).toEqual({
      kind: 'BOUNCE',
      recipients: [{ hard: true, status: '5.1.1', diagnostic: 'smtp; 550 5.1.1 User unknown', addresses: ['gone@example.org'] }],
      originalMessageId: '<abc@replies.example>',
    });
  });

  it('a 4.x.x status or a delayed action is soft', async () => {
    const delayed = await report('delivery-status', 'message/delivery-status', 'Final-Recipient: rfc822; a@b.example\r\nAction: delayed\r\nStatus: 4.2.2\r\n');
    expect(readFeedbackReport(delayed)).toMatchObject({ kind: 'BOUNCE', recipients: [{ hard: false, status: '4.2.2' }] });
    const failedTransient = await report('delivery-status', 'message/delivery-status', 'Final-Recipient: rfc822; a@b.example\r\nAction: failed\r\nStatus: 4.4.7\r\n');
    expect(readFeedbackReport(failedTransient)).toMatchObject({ recipients: [{ hard: false }] });
  });

  it('reads an ARF complaint: feedback type, original recipient and Message-ID', async () => {
    const mail = await report('feedback-report', 'message/feedback-report', 'Feedback-Type: abuse\r\nVersion: 1\r\nOriginal-Rcpt-To: <gone@example.org>\r\n');
    expect(readFeedbackReport(mail)).toEqual({ kind: 'COMPLAINT', feedbackType: 'abuse', recipient: 'gone@example.org', originalMessageId: '<abc@replies.example>' });
  });

  it('is null for anything else: no report, a report without its status part, a status without a code', async () => {
    expect(readFeedbackReport(await simpleParser('Subject: hi\r\n\r\nyes\r\n'))).toBeNull();
    expect(readFeedbackReport(await report('delivery-status', 'text/plain', 'nothing here'))).toBeNull();
    expect(readFeedbackReport(await report('delivery-status', 'message/delivery-status', 'Final-Recipient: rfc822; a@b.example\r\nAction: failed\r\nStatus: bogus\r\n'))).toBeNull();
    expect(readFeedbackReport(await report('something-else', 'message/delivery-status', 'Action: failed\r\nStatus: 5.0.0\r\n'))).toBeNull();
  });
});

describe('bounce addresses', () => {
  const id = '0b7e3c1a-8d2f-4e4b-9a51-3f0c2d1e5a77';

  it('names the message, signed, and reads back only with the same secret and domain', () => {
    const address = bounceAddress(id, 's'.repeat(32), 'replies.example');
    expect(address).toMatch(/^bounces\+0b7e3c1a-8d2f-4e4b-9a51-3f0c2d1e5a77\.[0-9a-f]{16}@replies\.example$/);
    expect(address.split('@')[0].length).toBeLessThanOrEqual(64);
    expect(readBounceAddress(address, 's'.repeat(32), 'replies.example')).toEqual({ emailId: id });
    expect(readBounceAddress(address.toUpperCase().replace('@REPLIES.EXAMPLE', '@replies.example'), 's'.repeat(32), 'replies.example')).toEqual({ emailId: id });
    expect(readBounceAddress(address, 't'.repeat(32), 'replies.example')).toBe('FORGED');
    expect(readBounceAddress(address, 's'.repeat(32), 'other.example')).toBeNull();
    expect(readBounceAddress('bounces@replies.example', 's'.repeat(32), 'replies.example')).toEqual({ emailId: null });
    expect(readBounceAddress('bounces+junk@replies.example', 's'.repeat(32), 'replies.example')).toBe('FORGED');
    expect(readBounceAddress(`rsvp+${'a'.repeat(40)}@replies.example`, 's'.repeat(32), 'replies.example')).toBeNull();
  });
});
