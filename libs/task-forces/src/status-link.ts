import { createHmac } from 'node:crypto';
import { safeEqual } from '@app/common';

export interface StatusLinkClaims {
  actionItemId: string;
  contactId: string;
  expiresAt: Date;
}

export type StatusLinkCheck = { ok: true; claims: StatusLinkClaims } | { ok: false; reason: 'INVALID' | 'EXPIRED' };

const PURPOSE = 'action-item-status';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function mac(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(`${PURPOSE}:${payload}`).digest('base64url');
}

/**
 * A link token for one partner contact and one action item: the item id, contact id and
 * expiry, signed with HMAC-SHA256 under LINK_SECRET. Nothing is stored; changing any
 * part breaks the signature, and the expiry is only trusted once the signature holds.
 */
export function signStatusLink(secret: string, claims: StatusLinkClaims): string {
  const payload = `${claims.actionItemId}.${claims.contactId}.${Math.floor(claims.expiresAt.getTime() / 1000)}`;
  return `${Buffer.from(payload).toString('base64url')}.${mac(secret, payload)}`;
}

export function verifyStatusLink(secret: string, token: string, now: Date): StatusLinkCheck {
  const [encoded, signature, ...rest] = token.split('.');
  if (!encoded || !signature || rest.length) return { ok: false, reason: 'INVALID' };
  const payload = Buffer.from(encoded, 'base64url').toString('utf8');
  if (!safeEqual(signature, mac(secret, payload))) return { ok: false, reason: 'INVALID' };
  const [actionItemId, contactId, expiry] = payload.split('.');
  if (!UUID.test(actionItemId ?? '') || !UUID.test(contactId ?? '') || !/^\d+$/.test(expiry ?? '')) return { ok: false, reason: 'INVALID' };
  const expiresAt = new Date(Number(expiry) * 1000);
  if (expiresAt.getTime() <= now.getTime()) return { ok: false, reason: 'EXPIRED' };
  return { ok: true, claims: { actionItemId, contactId, expiresAt } };
}
