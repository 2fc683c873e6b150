import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { hashToken } from '@app/common';

/**
 * An invitation's link token: 40 random hex characters (lower-case, so it survives the
 * case-folding of email addresses in `rsvp+<token>@…`). The database keeps its hash for
 * lookup and a sealed copy (AES-256-GCM under LINK_SECRET) so later mails can carry the
 * same link; neither reveals the token without the secret.
 */
export function generateRsvpToken(): string {
  return randomBytes(20).toString('hex');
}

export const hashRsvpToken = hashToken;

function key(secret: string): Buffer {
  return createHash('sha256').update(`rsvp-token:${secret}`).digest();
}

export function sealRsvpToken(token: string, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(secret), iv);
  const body = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

export function openRsvpToken(sealed: string, secret: string): string {
  const data = Buffer.from(sealed, 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', key(secret), data.subarray(0, 12));
  decipher.setAuthTag(data.subarray(12, 28));
  return Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]).toString('utf8');
}

/** A token as it may arrive from a URL or an address: normalised, or null if it cannot be one. */
export function normaliseRsvpToken(raw: string | undefined | null): string | null {
  const token = String(raw ?? '').trim().toLowerCase();
  return /^[a-f0-9]{40}$/.test(token) ? token : null;
}
