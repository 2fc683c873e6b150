import type { StaffRole, StaffStatus } from '../../graphql/generated/graphql';
import { adminMessages as m } from './admin.messages';

export const ROLES: StaffRole[] = ['ADMIN', 'LIAISON_OFFICER', 'ANALYST'];
export const roleMessage = (role: StaffRole) => m[`role_${role}`];
export const statusMessage = (status: StaffStatus) => m[`status_${status}`];
