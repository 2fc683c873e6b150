import { createHmac, timingSafeEqual } from 'node:crypto';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const VERP = new RegExp(`^bounces\\+(${UUID})\\.([0-9a-f]{16})@(.+)$`, 'i');
const PLAIN = /^bounces@(.+)$/i;

function signature(emailId: string, secret: string): string {
  return createHmac('sha256', secret).update(`bounce:${emailId.toLowerCase()}`).digest('hex').slice(0, 16);
}

/**
 * The envelope sender (Return-Path) of one outbox row: `bounces+<row id>.<signature>@MAIL_DOMAIN`
 * (VERP), so a bounce names the message it is about even when it quotes nothing of it, and
 * nobody can name another message without LINK_SECRET.
 */
export function bounceAddress(emailId: string, secret: string, domain: string): string {
  return `bounces+${emailId}.${signature(emailId, secret)}@${domain}`;
}

/**
 * Reads an address our listener was sent to: `{ emailId }` for a correctly signed VERP
 * address, `{ emailId: null }` for the plain `bounces@` address (complaint loops register it),
 * 'FORGED' for a bounce address with a wrong signature, null for any other address.
 */
export function readBounceAddress(address: string, secret: string, domain: string): { emailId: string | null } | 'FORGED' | null {
  const trimmed = address.trim();
  const plain = PLAIN.exec(trimmed);
  if (plain) return plain[1].toLowerCase() === domain.toLowerCase() ? { emailId: null } : null;
  const verp = VERP.exec(trimmed);
  if (!verp) return /^bounces\+/i.test(trimmed) && trimmed.toLowerCase().endsWith(`@${domain.toLowerCase()}`) ? 'FORGED' : null;
  if (verp[3].toLowerCase() !== domain.toLowerCase()) return null;
  const expected = Buffer.from(signature(verp[1], secret));
  const given = Buffer.from(verp[2].toLowerCase());
  return given.length === expected.length && timingSafeEqual(given, expected) ? { emailId: verp[1].toLowerCase() } : 'FORGED';
}
