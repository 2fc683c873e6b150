import { registerEnumType } from '@nestjs/graphql';

/** Staff roles, from least to most privileged. */
export enum StaffRole {
  ANALYST = 'ANALYST',
  LIAISON_OFFICER = 'LIAISON_OFFICER',
  ADMIN = 'ADMIN',
}

registerEnumType(StaffRole, {
  name: 'StaffRole',
  description: 'ANALYST reads; LIAISON_OFFICER also writes agency data; ADMIN also manages staff and settings.',
});

const RANK: Record<StaffRole, number> = {
  [StaffRole.ANALYST]: 1,
  [StaffRole.LIAISON_OFFICER]: 2,
  [StaffRole.ADMIN]: 3,
};

export function roleAtLeast(role: StaffRole, minimum: StaffRole): boolean {
  return RANK[role] >= RANK[minimum];
}
