/** The entity types the audit log records, in the order its filter offers them. */
export const AUDITED_TYPES = [
  'Forum',
  'ForumSeries',
  'Venue',
  'Organisation',
  'Contact',
  'Invitation',
  'OrganisationInvitation',
  'RsvpReply',
  'OrganisationImport',
  'Survey',
  'TaskForce',
  'ActionItem',
  'Objective',
  'Indicator',
  'Problem',
  'StaffUser',
  'Agency',
] as const;

/** Where an audit entry's subject is shown in the console, when it has a screen of its own. */
export function auditEntityPath(entityType: string, entityId: string | null | undefined): string | null {
  if (entityType === 'Agency') return '/administration/settings';
  if (entityType === 'StaffUser') return '/administration/staff';
  if (!entityId) return null;
  switch (entityType) {
    case 'Forum':
      return `/forums/${entityId}`;
    case 'ForumSeries':
      return `/series/${entityId}`;
    case 'Venue':
      return `/venues/${entityId}/edit`;
    case 'Organisation':
      return `/partners/${entityId}`;
    case 'Survey':
      return `/surveys/${entityId}`;
    case 'TaskForce':
      return `/task-forces/${entityId}`;
    default:
      return null;
  }
}
