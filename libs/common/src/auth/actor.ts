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

export function systemActor(agencyId: string, label = 'system'): SystemActor {
  return { kind: 'SYSTEM', agencyId, label };
}
