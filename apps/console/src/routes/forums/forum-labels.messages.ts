import { defineCatalog } from '../../i18n/catalog';

/** The forum's enums in plain words, shared by the forum screens. */
export const forumLabels = defineCatalog({
  ADVISORY_BOARD: { id: 'forums.labels.type.ADVISORY_BOARD', defaultMessage: 'Advisory board' },
  AWARENESS_EVENT: { id: 'forums.labels.type.AWARENESS_EVENT', defaultMessage: 'Awareness event' },
  CITIZEN_ACADEMY: { id: 'forums.labels.type.CITIZEN_ACADEMY', defaultMessage: 'Citizen academy' },
  COMMUNITY_FORUM: { id: 'forums.labels.type.COMMUNITY_FORUM', defaultMessage: 'Community forum' },
  LISTENING_SESSION: { id: 'forums.labels.type.LISTENING_SESSION', defaultMessage: 'Listening session' },
  SCHOOL_PROGRAM: { id: 'forums.labels.type.SCHOOL_PROGRAM', defaultMessage: 'School programme' },
  TASK_FORCE_MEETING: { id: 'forums.labels.type.TASK_FORCE_MEETING', defaultMessage: 'Task force meeting' },
  TOWN_HALL: { id: 'forums.labels.type.TOWN_HALL', defaultMessage: 'Town hall' },
  DRAFT: { id: 'forums.labels.status.DRAFT', defaultMessage: 'Draft' },
  PUBLISHED: { id: 'forums.labels.status.PUBLISHED', defaultMessage: 'Published' },
  COMPLETED: { id: 'forums.labels.status.COMPLETED', defaultMessage: 'Completed' },
  CANCELLED: { id: 'forums.labels.status.CANCELLED', defaultMessage: 'Cancelled' },
  IN_PERSON: { id: 'forums.labels.format.IN_PERSON', defaultMessage: 'In person' },
  ONLINE: { id: 'forums.labels.format.ONLINE', defaultMessage: 'Online' },
  HYBRID: { id: 'forums.labels.format.HYBRID', defaultMessage: 'In person and online' },
  PUBLIC: { id: 'forums.labels.visibility.PUBLIC', defaultMessage: 'Public (on the public calendar)' },
  INVITE_ONLY: { id: 'forums.labels.visibility.INVITE_ONLY', defaultMessage: 'Invitation only' },
  LOW: { id: 'forums.labels.priority.LOW', defaultMessage: 'Low' },
  MEDIUM: { id: 'forums.labels.priority.MEDIUM', defaultMessage: 'Medium' },
  HIGH: { id: 'forums.labels.priority.HIGH', defaultMessage: 'High' },
  URGENT: { id: 'forums.labels.priority.URGENT', defaultMessage: 'Urgent' },
  ACCESSIBLE_RESTROOMS: { id: 'forums.labels.access.ACCESSIBLE_RESTROOMS', defaultMessage: 'Accessible restrooms' },
  HEARING_LOOP: { id: 'forums.labels.access.HEARING_LOOP', defaultMessage: 'Hearing loop' },
  PARKING: { id: 'forums.labels.access.PARKING', defaultMessage: 'Parking' },
  STEP_FREE_ACCESS: { id: 'forums.labels.access.STEP_FREE_ACCESS', defaultMessage: 'Step-free access' },
  TRANSIT_NEARBY: { id: 'forums.labels.access.TRANSIT_NEARBY', defaultMessage: 'Public transit nearby' },
});

export const FORUM_TYPES = [
  'TOWN_HALL',
  'COMMUNITY_FORUM',
  'LISTENING_SESSION',
  'ADVISORY_BOARD',
  'TASK_FORCE_MEETING',
  'CITIZEN_ACADEMY',
  'SCHOOL_PROGRAM',
  'AWARENESS_EVENT',
] as const;
export const FORUM_STATUSES = ['DRAFT', 'PUBLISHED', 'COMPLETED', 'CANCELLED'] as const;
export const CONCERN_PRIORITIES = ['LOW', 'MEDIUM', 'HIGH', 'URGENT'] as const;

/** USWDS background tokens with white text at AA contrast, one per status. */
export const STATUS_TAG_CLASS: Record<(typeof FORUM_STATUSES)[number], string> = {
  DRAFT: 'bg-base-dark',
  PUBLISHED: 'bg-primary',
  COMPLETED: 'bg-success-darker',
  CANCELLED: 'bg-secondary-dark',
};
