import { createHmac } from 'node:crypto';
import { safeEqual } from '@app/common';

export interface ReportLinkClaims {
  taskForceId: string;
  agencyId: string;
  expiresAt: Date;
}

const PURPOSE = 'task-force-report';

function mac(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(`${PURPOSE}:${payload}`).digest('base64url');
}

/** A short-lived signed link to a task force's printable report, for a signed-in staff member to open in a browser. */
export function signReportLink(secret: string, claims: ReportLinkClaims): string {
  const payload = `${claims.taskForceId}.${claims.agencyId}.${Math.floor(claims.expiresAt.getTime() / 1000)}`;
  return `${Buffer.from(payload).toString('base64url')}.${mac(secret, payload)}`;
}

export function verifyReportLink(secret: string, token: string, now: Date): ReportLinkClaims | 'INVALID' | 'EXPIRED' {
  const [encoded, signature, ...rest] = token.split('.');
  if (!encoded || !signature || rest.length) return 'INVALID';
  const payload = Buffer.from(encoded, 'base64url').toString('utf8');
  if (!safeEqual(signature, mac(secret, payload))) return 'INVALID';
  const [taskForceId, agencyId, expiry] = payload.split('.');
  if (!taskForceId || !agencyId || !/^\d+$/.test(expiry ?? '')) return 'INVALID';
  const expiresAt = new Date(Number(expiry) * 1000);
  if (expiresAt.getTime() <= now.getTime()) return 'EXPIRED';
  return { taskForceId, agencyId, expiresAt };
}
