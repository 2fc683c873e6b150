export { StaffStatus, StaffUser, normaliseEmail } from './staff-user.entity';
export { StaffError, StaffErrorCode } from './staff.errors';
export { StaffService } from './staff.service';
export type { StaffCounts, StaffFilter, StaffInvite } from './staff.service';
export { StaffDirectory, type StaffScope } from './staff-directory.service';
export { StaffModule } from './staff.module';
