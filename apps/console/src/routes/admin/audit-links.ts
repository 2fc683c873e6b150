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

/** Audited types with no screen of their own: the audit log links to a page that asks the API where they live (their organisation, task force or forum) and goes there. */
export const LOCATED_TYPES = ['Contact', 'ActionItem', 'Problem', 'Objective', 'Indicator', 'Invitation', 'OrganisationInvitation', 'RsvpReply'] as const;
export type LocatedType = (typeof LOCATED_TYPES)[number];

export function isLocatedType(entityType: string): entityType is LocatedType {
  return (LOCATED_TYPES as readonly string[]).includes(entityType);
}

/** Where an audit entry's subject is shown in the console. */
export function auditEntityPath(entityType: string, entityId: string | null | undefined): string | null {
  if (entityType === 'Agency') return '/administration/settings';
  if (entityType === 'OrganisationImport') return '/partners';
  if (!entityId) return entityType === 'StaffUser' ? '/administration/staff' : null;
  const id = encodeURIComponent(entityId);
  if (isLocatedType(entityType)) return `/administration/audit/subject/${entityType}/${id}`;
  switch (entityType) {
    case 'StaffUser':
      return `/administration/staff?person=${id}`;
    case 'Forum':
      return `/forums/${id}`;
    case 'ForumSeries':
      return `/series/${id}`;
    case 'Venue':
      return `/venues/${id}/edit`;
    case 'Organisation':
      return `/partners/${id}`;
    case 'Survey':
      return `/surveys/${id}`;
    case 'TaskForce':
      return `/task-forces/${id}`;
    default:
      return null;
  }
}

/** The screen showing a located subject, once the API has said where it lives. */
export function locatedPath(
  entityType: LocatedType,
  entityId: string,
  place: { organisationId?: string | null; taskForceId?: string | null; forumId?: string | null },
): string {
  switch (entityType) {
    case 'Contact':
      return place.organisationId ? `/partners/${place.organisationId}` : '/partners';
    case 'ActionItem':
      return `/task-forces/${place.taskForceId}/actions`;
    case 'Problem':
      return `/task-forces/${place.taskForceId}/problems?problem=${encodeURIComponent(entityId)}`;
    case 'Objective':
    case 'Indicator':
      return `/task-forces/${place.taskForceId}/objectives`;
    case 'RsvpReply':
      return `/forums/${place.forumId}/invitations/replies`;
    case 'Invitation':
    case 'OrganisationInvitation':
      return `/forums/${place.forumId}/invitations/attendees`;
  }
}
