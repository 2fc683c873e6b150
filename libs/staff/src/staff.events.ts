/** A staff member can no longer sign in: told inside the deactivating transaction. */
export interface StaffDeactivated {
  staffUserId: string;
  agencyId: string;
}

declare module '@app/events' {
  interface EventMap {
    /** A staff member was deactivated (auth ends their open sessions with `@OnEvent('staff.deactivated')`). */
    'staff.deactivated': StaffDeactivated;
  }
}
