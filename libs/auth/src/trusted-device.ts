import { createHmac, randomBytes } from 'node:crypto';
import { safeEqual } from '@app/common';

/**
 * A browser that has signed in to an account before carries a token for it (the console keeps it
 * in an HttpOnly cookie): `<nonce>.<signature>`, the signature binding the nonce to the address.
 * While a stranger's failed guesses hold the account locked, the owner's own browser is still let
 * in, its own failures counted apart (OWASP's device cookies), so nobody can lock staff out of
 * their work by guessing at their address.
 */
export function trustedDeviceToken(secret: string, address: string): string {
  const nonce = randomBytes(16).toString('base64url');
  return `${nonce}.${signature(secret, address, nonce)}`;
}

/** The nonce of a device token issued for this address, or null (none, forged, or another account's). */
export function trustedDeviceOf(secret: string, address: string, token: string | undefined): string | null {
  const match = /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{43})$/.exec(token ?? '');
  if (!match) return null;
  return safeEqual(match[2], signature(secret, address, match[1])) ? match[1] : null;
}

function signature(secret: string, address: string, nonce: string): string {
  return createHmac('sha256', secret).update(`trusted-device:${address}:${nonce}`).digest('base64url');
}
