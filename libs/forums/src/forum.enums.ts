import { registerEnumType } from '@nestjs/graphql';

export enum ForumType {
  TOWN_HALL = 'TOWN_HALL',
  COMMUNITY_FORUM = 'COMMUNITY_FORUM',
  LISTENING_SESSION = 'LISTENING_SESSION',
  ADVISORY_BOARD = 'ADVISORY_BOARD',
  CITIZEN_ACADEMY = 'CITIZEN_ACADEMY',
  TASK_FORCE_MEETING = 'TASK_FORCE_MEETING',
  SCHOOL_PROGRAM = 'SCHOOL_PROGRAM',
  AWARENESS_EVENT = 'AWARENESS_EVENT',
}

export enum ForumFormat {
  IN_PERSON = 'IN_PERSON',
  ONLINE = 'ONLINE',
  HYBRID = 'HYBRID',
}

export enum ForumVisibility {
  PUBLIC = 'PUBLIC',
  INVITE_ONLY = 'INVITE_ONLY',
}

/** DRAFT → PUBLISHED → COMPLETED or CANCELLED (a draft may also be cancelled). */
export enum ForumStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

export enum VenueAccessibilityFeature {
  STEP_FREE_ACCESS = 'STEP_FREE_ACCESS',
  HEARING_LOOP = 'HEARING_LOOP',
  ACCESSIBLE_RESTROOMS = 'ACCESSIBLE_RESTROOMS',
  PARKING = 'PARKING',
  TRANSIT_NEARBY = 'TRANSIT_NEARBY',
}

registerEnumType(ForumType, { name: 'ForumType' });
registerEnumType(ForumFormat, { name: 'ForumFormat', description: 'IN_PERSON at a venue, ONLINE with a link, or HYBRID (both).' });
registerEnumType(ForumVisibility, { name: 'ForumVisibility', description: 'PUBLIC forums appear on the public calendar; INVITE_ONLY never do.' });
registerEnumType(ForumStatus, { name: 'ForumStatus' });
registerEnumType(VenueAccessibilityFeature, { name: 'VenueAccessibilityFeature' });
