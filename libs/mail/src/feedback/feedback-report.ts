import { domainToASCII } from 'node:url';
import type { ParsedMail } from 'mailparser';
import { withoutNulCharacters } from '@app/common';

/** What a delivery status notification says about one recipient of the message. */
export interface RecipientStatus {
  /** A permanent failure: `Action: failed` with a 5.x.x status. 4.x.x, delayed, relayed, delivered or expanded is not. */
  hard: boolean;
  status: string;
  diagnostic: string | null;
  /**
   * The addresses it names: Final-Recipient (where the reporting server tried) and Original-Recipient
   * (what we sent to, when a server forwarded it elsewhere); lower-case, domains in ASCII (xn--).
   */
  addresses: string[];
}

/**
 * What a delivery status notification (RFC 3464, `multipart/report;
 * report-type=delivery-status`, or RFC 6533's `global-delivery-status`) or a complaint
 * (ARF, RFC 5965, `report-type=feedback-report`) says about a message of ours. Parse the
 * mail with mailparser's `keepDeliveryStatus: true` and `ignoreEmbedded: true`, so the status
 * part and the returned message (which ARF reports mark inline) stay parts of their own.
 */
export type FeedbackReport =
  | {
      kind: 'BOUNCE';
      /** One per recipient block: a report may name several (an alias expanded, a relay's batch), some failed, some delayed. */
      recipients: RecipientStatus[];
      /** The Message-ID of our message, from the returned message or its headers. */
      originalMessageId: string | null;
    }
  | {
      kind: 'COMPLAINT';
      /** `abuse` for a complaint; also `not-spam`, `virus`, `fraud`, `auth-failure` (DMARC), `other`, lower-case. */
      feedbackType: string;
      recipient: string | null;
      originalMessageId: string | null;
    };

type DeliveryReport = Extract<FeedbackReport, { kind: 'BOUNCE' }>;
type ComplaintReport = Extract<FeedbackReport, { kind: 'COMPLAINT' }>;

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

/**
 * `rfc822; Someone@Example.org` → `someone@example.org`, or null. The domain is compared in
 * ASCII: a server that speaks SMTPUTF8 may name `münchen.example` where we sent to its xn-- form.
 * A `utf-8;` address in a plain (ASCII) status part writes what is not ASCII as `\x{HHHH}` (RFC 6533).
 */
function addressOf(value: string | undefined): string | null {
  if (!value) return null;
  const address = (value.includes(';') ? value.slice(value.indexOf(';') + 1) : value).replace(/\\x\{([0-9a-f]{1,6})\}/gi, (escape, hex: string) =>
    parseInt(hex, 16) <= 0x10ffff ? String.fromCodePoint(parseInt(hex, 16)) : escape,
  );
  const trimmed = address.trim().replace(/^<|>$/g, '').toLowerCase();
  if (!/^[^\s@]+@[^\s@]+$/.test(trimmed)) return null;
  const at = trimmed.lastIndexOf('@');
  return `${trimmed.slice(0, at)}@${domainToASCII(trimmed.slice(at + 1)) || trimmed.slice(at + 1)}`;
}

function partText(mail: ParsedMail, ...types: string[]): string | null {
  const part = mail.attachments.find((a) => types.includes(a.contentType.toLowerCase()));
  return part ? part.content.toString('utf8') : null;
}

/** The Message-ID in the returned message (`message/rfc822`, `message/global`) or its headers (`text/rfc822-headers`, …). */
function originalMessageId(mail: ParsedMail): string | null {
  const original = partText(mail, 'message/rfc822', 'text/rfc822-headers', 'message/rfc822-headers', 'message/global', 'message/global-headers');
  if (!original) return null;
  const headerBlock = original.split(/\r?\n\r?\n/)[0];
  const id = fields(headerBlock).get('message-id');
  return id ? (/<[^<>\s]+>/.exec(id)?.[0] ?? null) : null;
}

/** One recipient block, or null when it has no action or no readable status code. */
function recipientStatus(block: Map<string, string>): RecipientStatus | null {
  const code = /^([245])\.\d{1,3}\.\d{1,3}/.exec(block.get('status') ?? '')?.[0];
  const action = block.get('action');
  if (!code || !action) return null;
  const addresses = [addressOf(block.get('final-recipient')), addressOf(block.get('original-recipient'))].filter((a): a is string => a !== null);
  return {
    hard: /^failed\b/i.test(action) && code.startsWith('5'),
    status: code,
    // Without NULs: a reason PostgreSQL cannot store would fail the report on every retry.
    diagnostic: block.has('diagnostic-code') ? withoutNulCharacters(block.get('diagnostic-code')!).slice(0, 400) : null,
    addresses: [...new Set(addresses)],
  };
}

/** The report in `mail`, or null when it is no report we read (a reply, an auto-responder, anything else). */
export function readFeedbackReport(mail: ParsedMail): FeedbackReport | null {
  const type = mail.headers.get('content-type') as { value?: string; params?: Record<string, string> } | undefined;
  if (type?.value?.toLowerCase() !== 'multipart/report') return null;
  const reportType = type.params?.['report-type']?.toLowerCase();
  if (reportType === 'delivery-status' || reportType === 'global-delivery-status') {
    const status = partText(mail, 'message/delivery-status', 'message/global-delivery-status');
    if (!status) return null;
    // The first block is per message (no Action); each further block is one recipient.
    const blocks = status.replace(/\r\n/g, '\n').split(/\n\s*\n/).map(fields);
    const recipients = blocks.map(recipientStatus).filter((r): r is RecipientStatus => r !== null);
    if (recipients.length === 0) return null;
    return { kind: 'BOUNCE', recipients, originalMessageId: originalMessageId(mail) };
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

/**
 * What a delivery report says about the message's recipient `address` (we send one recipient a
 * message): the block naming it, or the only block when that names no address at all. Null when
 * the report speaks of other recipients only.
 */
export function statusFor(report: DeliveryReport, address: string): RecipientStatus | null {
  const ours = addressOf(address);
  const named = report.recipients.find((r) => ours !== null && r.addresses.includes(ours));
  if (named) return named;
  return report.recipients.length === 1 && report.recipients[0].addresses.length === 0 ? report.recipients[0] : null;
}

/**
 * Whether a complaint is about the message's recipient `address`: it names that address (compared as
 * `statusFor` compares, domains in ASCII), or names no one (Microsoft's reports leave it out).
 */
export function complainsAbout(report: ComplaintReport, address: string): boolean {
  return report.recipient === null || report.recipient === addressOf(address);
}
