import type { ParsedMail } from 'mailparser';

/** Older auto-responders' own marks, before RFC 3834 (vacation(1), cPanel, many webmail responders). */
const RESPONDER_HEADERS = ['x-autoreply', 'x-autorespond', 'x-autoresponse'];

/**
 * Whether a mail was written by software rather than by the person: an out-of-office or other
 * auto-reply (RFC 3834's `Auto-Submitted` other than `no`, the older `X-Autoreply` kind, or
 * `Precedence: auto_reply`), a delivery, read or complaint report (`multipart/report`), or
 * anything sent from the null envelope sender reports and most responders use. Its first line
 * ("Yes, your message was received; I am away until Monday") is no answer to an invitation.
 */
export function isAutomaticMail(mail: ParsedMail, envelopeSender: string): boolean {
  if (envelopeSender.trim() === '') return true;
  const autoSubmitted = headerText(mail, 'auto-submitted');
  if (autoSubmitted && !/^no\b/i.test(autoSubmitted)) return true;
  if (RESPONDER_HEADERS.some((name) => mail.headers.has(name))) return true;
  if (/^auto_reply\b/i.test(headerText(mail, 'precedence'))) return true;
  const type = mail.headers.get('content-type') as { value?: string } | undefined;
  return type?.value?.toLowerCase() === 'multipart/report';
}

function headerText(mail: ParsedMail, name: string): string {
  const value = mail.headers.get(name);
  return typeof value === 'string' ? value.trim() : '';
}
