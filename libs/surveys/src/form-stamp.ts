import { createHmac } from 'node:crypto';
import { safeEqual } from '@app/common';

/**
 * The signed "form started at" value a survey page carries. It proves the post came
 * from a page we served (a forged post has no valid signature) and lets us refuse
 * posts filled faster than a person could.
 */
export function signFormStart(secret: string, surveyId: string, startedAtMs: number): string {
  return `${startedAtMs}.${mac(secret, surveyId, startedAtMs)}`;
}

export function verifyFormStart(secret: string, surveyId: string, stamp: string | undefined): number | null {
  const match = /^(\d{10,16})\.([A-Za-z0-9_-]{43})$/.exec(stamp ?? '');
  if (!match) return null;
  const startedAt = Number(match[1]);
  return safeEqual(match[2], mac(secret, surveyId, startedAt)) ? startedAt : null;
}

function mac(secret: string, surveyId: string, startedAtMs: number): string {
  return createHmac('sha256', secret).update(`survey-form:${surveyId}:${startedAtMs}`).digest('base64url');
}
