export { StaffStatus, normaliseEmail } from './staff-user.entity';
// Still a value export while task-forces and surveys read staff through it; becomes
// `export type { StaffUser }` once they call StaffAccountsService instead.
export { StaffUser } from './staff-user.entity';
export { StaffError, StaffErrorCode } from './staff.errors';
export { StaffService } from './staff.service';
export type { StaffCounts, StaffFilter, StaffInvite } from './staff.service';
export { StaffAccountsService } from './staff-accounts.service';
export type { ActiveStaffMember } from './staff-accounts.service';
export { StaffDirectory, type StaffScope } from './staff-directory.service';
export { StaffModule } from './staff.module';
export { StaffAccountsModule } from './staff-accounts.module';
export type { StaffDeactivated } from './staff.events';
