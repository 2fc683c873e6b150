import { createHmac } from 'node:crypto';
import { safeEqual } from '@app/common';

export type StaffLinkPurpose = 'results' | 'responses.csv' | 'results.csv' | 'preview';

/**
 * Short-lived signed links to a survey's staff pages (results with text answers, CSV
 * exports, the resident's page previewed before publishing), made by a GraphQL mutation for a signed-in analyst: a browser can open
 * them without a bearer token, and they stop working after `expiresAt`.
 */
export function signStaffLink(secret: string, surveyId: string, purpose: StaffLinkPurpose, expiresAtMs: number): string {
  return `exp=${expiresAtMs}&sig=${mac(secret, surveyId, purpose, expiresAtMs)}`;
}

export function verifyStaffLink(secret: string, surveyId: string, purpose: StaffLinkPurpose, exp: string | undefined, sig: string | undefined, now: Date): boolean {
  const expires = Number(exp);
  if (!Number.isInteger(expires) || expires < now.getTime() || typeof sig !== 'string') return false;
  return safeEqual(sig, mac(secret, surveyId, purpose, expires));
}

function mac(secret: string, surveyId: string, purpose: string, expiresAtMs: number): string {
  return createHmac('sha256', secret).update(`survey-staff:${purpose}:${surveyId}:${expiresAtMs}`).digest('base64url');
}
