import type { ParsedMail } from 'mailparser';

/**
 * What a delivery status notification (RFC 3464, `multipart/report;
 * report-type=delivery-status`) or a complaint (ARF, RFC 5965, `report-type=feedback-report`)
 * says about a message of ours. Parse the mail with mailparser's `keepDeliveryStatus: true`,
 * so the `message/delivery-status` part stays a part of its own.
 */
export type FeedbackReport =
  | {
      kind: 'BOUNCE';
      /** A permanent failure: `Action: failed` with a 5.x.x status. 4.x.x (or delayed) is soft and changes nothing. */
      hard: boolean;
      status: string;
      diagnostic: string | null;
      /** The address the reporting server tried (Final-Recipient, else Original-Recipient). */
      recipient: string | null;
      /** The Message-ID of our message, from the returned message or its headers. */
      originalMessageId: string | null;
    }
  | { kind: 'COMPLAINT'; feedbackType: string; recipient: string | null; originalMessageId: string | null };

/** `Name: value` fields of one block (RFC 822 style; folded lines joined), names lower-cased. */
function fields(block: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of block.replace(/\r\n/g, '\n').replace(/\n[ \t]+/g, ' ').split('\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!out.has(name)) out.set(name, line.slice(colon + 1).trim());
  }
  return out;
}

/** `rfc822; someone@example.org` → `someone@example.org` (lower-case), or null. */
function addressOf(value: string | undefined): string | null {
  if (!value) return null;
  const address = value.includes(';') ? value.slice(value.indexOf(';') + 1) : value;
  const trimmed = address.trim().replace(/^<|>$/g, '').toLowerCase();
  return /^[^\s@]+@[^\s@]+$/.test(trimmed) ? trimmed : null;
}

function partText(mail: ParsedMail, ...types: string[]): string | null {
  const part = mail.attachments.find((a) => types.includes(a.contentType.toLowerCase()));
  return part ? part.content.toString('utf8') : null;
}

/** The Message-ID in the returned message (`message/rfc822`) or its headers (`text/rfc822-headers`). */
function originalMessageId(mail: ParsedMail): string | null {
  const original = partText(mail, 'message/rfc822', 'text/rfc822-headers', 'message/rfc822-headers');
  if (!original) return null;
  const headerBlock = original.split(/\r?\n\r?\n/)[0];
  const id = fields(headerBlock).get('message-id');
  return id ? (/<[^<>\s]+>/.exec(id)?.[0] ?? null) : null;
}

/** The report in `mail`, or null when it is no report we read (a reply, an auto-responder, anything else). */
export function readFeedbackReport(mail: ParsedMail): FeedbackReport | null {
  const type = mail.headers.get('content-type') as { value?: string; params?: Record<string, string> } | undefined;
  if (type?.value?.toLowerCase() !== 'multipart/report') return null;
  const reportType = type.params?.['report-type']?.toLowerCase();
  if (reportType === 'delivery-status') {
    const status = partText(mail, 'message/delivery-status', 'message/global-delivery-status');
    if (!status) return null;
    // The first block is per message; each further block is one recipient. We send one recipient per message.
    const blocks = status.replace(/\r\n/g, '\n').split(/\n\s*\n/).map(fields).filter((f) => f.size > 0);
    const recipient = blocks.find((f) => f.has('action') && f.has('status'));
    if (!recipient) return null;
    const code = /^([245])\.\d{1,3}\.\d{1,3}/.exec(recipient.get('status')!)?.[0];
    if (!code) return null;
    const action = recipient.get('action')!.toLowerCase();
    return {
      kind: 'BOUNCE',
      hard: action === 'failed' && code.startsWith('5'),
      status: code,
      diagnostic: recipient.get('diagnostic-code')?.slice(0, 400) ?? null,
      recipient: addressOf(recipient.get('final-recipient')) ?? addressOf(recipient.get('original-recipient')),
      originalMessageId: originalMessageId(mail),
    };
  }
  if (reportType === 'feedback-report') {
    const report = partText(mail, 'message/feedback-report');
    if (!report) return null;
    const f = fields(report);
    const feedbackType = f.get('feedback-type')?.toLowerCase();
    if (!feedbackType) return null;
    return {
      kind: 'COMPLAINT',
      feedbackType,
      recipient: addressOf(f.get('original-rcpt-to')),
      originalMessageId: originalMessageId(mail),
    };
  }
  return null;
}
