import { StaffRole } from './staff-role';

/** Who is acting. Every service call that reads or writes tenant data takes one. */
export interface StaffActor {
  kind: 'STAFF';
  userId: string;
  agencyId: string;
  role: StaffRole;
  sessionId: string;
  email: string;
}

/** A partner contact acting from a signed link (no account), or the system itself. */
export interface ContactActor {
  kind: 'CONTACT';
  contactId: string;
  agencyId: string;
  label: string;
}

export interface SystemActor {
  kind: 'SYSTEM';
  agencyId: string;
  label: string;
}

export type Actor = StaffActor | ContactActor | SystemActor;

/**
 * A platform operator: runs a hosted Liaison for several agencies and belongs to none. Not an
 * `Actor`: it carries no agency, so no agency-scoped service can take it, and no role rule
 * (@CanRead, @CanWrite, @AdminOnly) admits it.
 */
export interface OperatorActor {
  kind: 'OPERATOR';
  operatorId: string;
  sessionId: string;
  email: string;
}

/** Whoever a bearer access token stands for. */
export type SignedInActor = StaffActor | OperatorActor;

/** An operator's act on one agency (creating or suspending it), as that agency's audit log records it. */
export interface OperatorInAgency {
  kind: 'OPERATOR';
  agencyId: string;
  operatorId: string;
  email: string;
}

export function operatorIn(operator: Pick<OperatorActor, 'operatorId' | 'email'>, agencyId: string): OperatorInAgency {
  return { kind: 'OPERATOR', agencyId, operatorId: operator.operatorId, email: operator.email };
}

export function systemActor(agencyId: string, label = 'system'): SystemActor {
  return { kind: 'SYSTEM', agencyId, label };
}
