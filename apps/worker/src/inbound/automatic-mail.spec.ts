import { simpleParser } from 'mailparser';
import { isAutomaticMail } from './automatic-mail';

const mail = (headers: string[], body = 'Yes, your message has been received. I am on leave until Monday.') =>
  simpleParser([
    'From: Jane Doe <jdoe@partner.example>',
    'To: rsvp+aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@liaison.riverside-pd.example',
    ...headers,
    'MIME-Version: 1.0',
    ...(headers.some((h) => /^content-type:/i.test(h)) ? [] : ['Content-Type: text/plain; charset=utf-8']),
    '',
    body,
    '',
  ].join('\r\n'));

describe('isAutomaticMail', () => {
  it.each([
    ['an Exchange out-of-office (Auto-Submitted: auto-generated)', ['Subject: Automatic reply: You are invited', 'Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All']],
    ['a Gmail vacation responder (Auto-Submitted: auto-replied)', ['Subject: Re: You are invited', 'Auto-Submitted: auto-replied']],
    ['Auto-Submitted with a comment', ['Auto-Submitted: auto-replied (vacation)']],
    ['an older responder (X-Autoreply)', ['Subject: Out of Office', 'X-Autoreply: yes']],
    ['an older responder (X-Autorespond)', ['X-Autorespond: yes']],
    ['Precedence: auto_reply', ['Precedence: auto_reply']],
    ['a delivery report', ['Content-Type: multipart/report; report-type=delivery-status; boundary="B"']],
  ])('%s is automatic', async (_name, headers) => {
    expect(isAutomaticMail(await mail(headers), 'jdoe@partner.example')).toBe(true);
  });

  it('anything from the null envelope sender is automatic', async () => {
    expect(isAutomaticMail(await mail(['Subject: Re: You are invited']), '')).toBe(true);
  });

  it('a person’s reply is not, also one that says Auto-Submitted: no or comes from a mailing list', async () => {
    expect(isAutomaticMail(await mail(['Subject: Re: You are invited'], 'Yes'), 'jdoe@partner.example')).toBe(false);
    expect(isAutomaticMail(await mail(['Auto-Submitted: no'], 'Yes'), 'jdoe@partner.example')).toBe(false);
    expect(isAutomaticMail(await mail(['Precedence: list'], 'Yes'), 'jdoe@partner.example')).toBe(false);
  });
});
