/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AgendaItemInput = {
  durationMinutes?: number | null | undefined;
  notes?: string | null | undefined;
  speaker?: string | null | undefined;
  title: string;
};

/** Book despite a venue or host conflict; the reason is kept on the forum and in the audit log. */
export type ConflictOverrideInput = {
  reason: string;
};

/** A recurring forum: the forum fields (no times) plus when it recurs. */
export type CreateForumSeriesInput = {
  accessibilityNotes?: string | null | undefined;
  agenda?: Array<AgendaItemInput> | null | undefined;
  /** Overrides the venue's capacity. */
  capacityOverride?: number | null | undefined;
  conflictOverride?: ConflictOverrideInput | null | undefined;
  description?: string | null | undefined;
  durationMinutes: number;
  format: ForumFormat;
  /** Days ahead occurrences exist as forums; default 180, at most 730. */
  horizonDays?: number | null | undefined;
  /** Active liaison officers or admins of the agency. */
  hostIds?: Array<string | number> | null | undefined;
  interpretationLanguages?: Array<string> | null | undefined;
  /** BCP 47 tags; defaults to ["en"]. */
  languages?: Array<string> | null | undefined;
  /** One of the agency's neighbourhoods. */
  neighbourhood?: string | null | undefined;
  /** Required for ONLINE and HYBRID forums. */
  onlineUrl?: string | null | undefined;
  /** Create occurrences PUBLISHED (default: DRAFT). */
  publishOccurrences?: boolean | null | undefined;
  /** RFC 5545 RRULE without DTSTART, at most daily, e.g. "FREQ=MONTHLY;BYDAY=2TU" or with COUNT=10 / UNTIL=20271231 (a local date). */
  recurrenceRule: string;
  signLanguage?: boolean | null | undefined;
  /** First local date the rule is read from, e.g. "2027-01-01". */
  startDate: string;
  /** Local start time of every occurrence, e.g. "18:00". */
  startTime: string;
  /** IANA time zone, e.g. America/Chicago. */
  timeZone: string;
  title: string;
  /** Tags such as "mental health"; stored lower-case. */
  topics?: Array<string> | null | undefined;
  type: ForumType;
  /** Required for IN_PERSON and HYBRID forums. */
  venueId?: string | number | null | undefined;
  visibility?: ForumVisibility | null | undefined;
};

/** IN_PERSON at a venue, ONLINE with a link, or HYBRID (both). */
export type ForumFormat =
  | 'HYBRID'
  | 'IN_PERSON'
  | 'ONLINE';

export type ForumSeriesFilterInput = {
  status?: ForumSeriesStatus | null | undefined;
};

/** What a series would be: its timing, and the venue and hosts to check for conflicts. */
export type ForumSeriesPreviewInput = {
  durationMinutes: number;
  /** Days ahead occurrences exist as forums; default 180, at most 730. */
  horizonDays?: number | null | undefined;
  /** Active liaison officers or admins of the agency. */
  hostIds?: Array<string | number> | null | undefined;
  /** How many dates to show, 1 to 50; default 10. */
  limit?: number | null | undefined;
  /** RFC 5545 RRULE without DTSTART, at most daily, e.g. "FREQ=MONTHLY;BYDAY=2TU" or with COUNT=10 / UNTIL=20271231 (a local date). */
  recurrenceRule: string;
  /** Previewing a change to this series (e.g. "this and following"): its own occurrences are not in the way. */
  seriesId?: string | number | null | undefined;
  /** First local date the rule is read from, e.g. "2027-01-01". */
  startDate: string;
  /** Local start time of every occurrence, e.g. "18:00". */
  startTime: string;
  /** IANA time zone, e.g. America/Chicago. */
  timeZone: string;
  /** Required for IN_PERSON and HYBRID forums. */
  venueId?: string | number | null | undefined;
};

export type ForumSeriesStatus =
  | 'ACTIVE'
  | 'ENDED';

export type ForumStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'DRAFT'
  | 'PUBLISHED';

export type ForumType =
  | 'ADVISORY_BOARD'
  | 'AWARENESS_EVENT'
  | 'CITIZEN_ACADEMY'
  | 'COMMUNITY_FORUM'
  | 'LISTENING_SESSION'
  | 'SCHOOL_PROGRAM'
  | 'TASK_FORCE_MEETING'
  | 'TOWN_HALL';

/** PUBLIC forums appear on the public calendar; INVITE_ONLY never do. */
export type ForumVisibility =
  | 'INVITE_ONLY'
  | 'PUBLIC';

export type RescheduleForumInput = {
  conflictOverride?: ConflictOverrideInput | null | undefined;
  /** Local wall-clock time in the forum's time zone, without offset, e.g. "2027-03-14T18:00". */
  end: string;
  reason?: string | null | undefined;
  /** Local wall-clock time in the forum's time zone, without offset, e.g. "2027-03-14T18:00". */
  start: string;
  /** Defaults to the forum's time zone. */
  timeZone?: string | null | undefined;
  /** Moves the forum to this venue as well. */
  venueId?: string | number | null | undefined;
};

export type SeriesPreviewOutcome =
  /** A venue or host is taken then: saving is refused unless overridden; the daily job would skip it. */
  | 'CONFLICT'
  /** Beyond the horizon: the daily job creates it when the horizon reaches it. */
  | 'LATER'
  /** Already started or over: never created. */
  | 'PAST'
  /** Created as a forum when the series is saved. */
  | 'SCHEDULED';

/** ANALYST reads; LIAISON_OFFICER also writes agency data; ADMIN also manages staff and settings. */
export type StaffRole =
  | 'ADMIN'
  | 'ANALYST'
  | 'LIAISON_OFFICER';

/** Whole-series changes that are not about time; upcoming occurrences not moved or edited alone follow. */
export type UpdateForumSeriesInput = {
  accessibilityNotes?: string | null | undefined;
  agenda?: Array<AgendaItemInput> | null | undefined;
  /** Overrides the venue's capacity. */
  capacityOverride?: number | null | undefined;
  conflictOverride?: ConflictOverrideInput | null | undefined;
  description?: string | null | undefined;
  format?: ForumFormat | null | undefined;
  /** Days ahead occurrences exist as forums; default 180, at most 730. */
  horizonDays?: number | null | undefined;
  /** Active liaison officers or admins of the agency. */
  hostIds?: Array<string | number> | null | undefined;
  interpretationLanguages?: Array<string> | null | undefined;
  /** BCP 47 tags; defaults to ["en"]. */
  languages?: Array<string> | null | undefined;
  /** One of the agency's neighbourhoods. */
  neighbourhood?: string | null | undefined;
  /** Required for ONLINE and HYBRID forums. */
  onlineUrl?: string | null | undefined;
  /** Create occurrences PUBLISHED (default: DRAFT). */
  publishOccurrences?: boolean | null | undefined;
  signLanguage?: boolean | null | undefined;
  title?: string | null | undefined;
  /** Tags such as "mental health"; stored lower-case. */
  topics?: Array<string> | null | undefined;
  type?: ForumType | null | undefined;
  /** Required for IN_PERSON and HYBRID forums. */
  venueId?: string | number | null | undefined;
  visibility?: ForumVisibility | null | undefined;
};

/** "This and following": the series ends before the occurrence and a new one carries on from it with these changes. */
export type UpdateSeriesFromInput = {
  accessibilityNotes?: string | null | undefined;
  agenda?: Array<AgendaItemInput> | null | undefined;
  /** Overrides the venue's capacity. */
  capacityOverride?: number | null | undefined;
  conflictOverride?: ConflictOverrideInput | null | undefined;
  description?: string | null | undefined;
  durationMinutes?: number | null | undefined;
  format?: ForumFormat | null | undefined;
  /** Active liaison officers or admins of the agency. */
  hostIds?: Array<string | number> | null | undefined;
  interpretationLanguages?: Array<string> | null | undefined;
  /** BCP 47 tags; defaults to ["en"]. */
  languages?: Array<string> | null | undefined;
  /** One of the agency's neighbourhoods. */
  neighbourhood?: string | null | undefined;
  /** Required for ONLINE and HYBRID forums. */
  onlineUrl?: string | null | undefined;
  /** Told to attendees of rescheduled occurrences. */
  reason?: string | null | undefined;
  /** RFC 5545 RRULE without DTSTART, at most daily, e.g. "FREQ=MONTHLY;BYDAY=2TU" or with COUNT=10 / UNTIL=20271231 (a local date). */
  recurrenceRule?: string | null | undefined;
  signLanguage?: boolean | null | undefined;
  /** Local start time of every occurrence, e.g. "18:00". */
  startTime?: string | null | undefined;
  /** IANA time zone, e.g. America/Chicago. */
  timeZone?: string | null | undefined;
  title?: string | null | undefined;
  /** Tags such as "mental health"; stored lower-case. */
  topics?: Array<string> | null | undefined;
  type?: ForumType | null | undefined;
  /** Required for IN_PERSON and HYBRID forums. */
  venueId?: string | number | null | undefined;
  visibility?: ForumVisibility | null | undefined;
};

export type ConsoleShellQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleShellQuery = { me: { id: string, name: string, role: StaffRole }, agency: { id: string, name: string, timeZone: string, neighbourhoods: Array<string> } };

export type SeriesListQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: ForumSeriesFilterInput | null | undefined;
}>;


export type SeriesListQuery = { forumSeriesList: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: ForumSeriesStatus, recurrenceRule: string, timeZone: string, startDate: string, startTime: string, endReason: string | null, template: { title: string, type: ForumType } } }> } };

export type SeriesVenueOptionFragment = { id: string, name: string, capacity: number | null };

export type SeriesFormOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SeriesFormOptionsQuery = { venues: { edges: Array<{ node: { id: string, name: string, capacity: number | null } }> } };

export type SeriesPreviewQueryVariables = Exact<{
  input: ForumSeriesPreviewInput;
}>;


export type SeriesPreviewQuery = { forumSeriesPreview: { recurrenceRule: string, timeZone: string, hasMore: boolean, occurrences: Array<{ date: string, startsAt: string, startsAtLocal: string, outcome: SeriesPreviewOutcome, reason: { code: string, conflictingForumId: string | null, conflictingForumTitle: string | null } | null }> } };

export type CreateSeriesMutationVariables = Exact<{
  input: CreateForumSeriesInput;
}>;


export type CreateSeriesMutation = { createForumSeries: { id: string } };

export type SeriesOccurrenceFieldsFragment = { id: string, title: string, status: ForumStatus, startsAt: string, endsAt: string, startsAtLocal: string, endsAtLocal: string, timeZone: string, cancelReason: string | null, seriesDetached: boolean, seriesOccurrenceKey: string | null };

export type SeriesDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type SeriesDetailQuery = { forumSeries: { id: string, status: ForumSeriesStatus, recurrenceRule: string, timeZone: string, startDate: string, startTime: string, durationMinutes: number, publishOccurrences: boolean, venueId: string | null, endReason: string | null, endedAt: string | null, previousSeriesId: string | null, template: { title: string, type: ForumType, format: ForumFormat, description: string, onlineUrl: string | null }, skippedOccurrences: Array<{ date: string, reason: { code: string, conflictingForumId: string | null, conflictingForumTitle: string | null } | null }>, occurrences: { totalCount: number, edges: Array<{ node: { id: string, title: string, status: ForumStatus, startsAt: string, endsAt: string, startsAtLocal: string, endsAtLocal: string, timeZone: string, cancelReason: string | null, seriesDetached: boolean, seriesOccurrenceKey: string | null } }> } }, venues: { edges: Array<{ node: { id: string, name: string, capacity: number | null } }> } };

export type UpdateSeriesMutationVariables = Exact<{
  id: string | number;
  input: UpdateForumSeriesInput;
}>;


export type UpdateSeriesMutation = { updateForumSeries: { id: string } };

export type UpdateSeriesFromMutationVariables = Exact<{
  forumId: string | number;
  input: UpdateSeriesFromInput;
}>;


export type UpdateSeriesFromMutation = { updateSeriesFrom: { id: string } };

export type EndSeriesMutationVariables = Exact<{
  id: string | number;
  reason: string;
  lastDate?: string | null | undefined;
}>;


export type EndSeriesMutation = { endForumSeries: { id: string, status: ForumSeriesStatus } };

export type CancelSeriesOccurrenceMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type CancelSeriesOccurrenceMutation = { cancelForum: { id: string, title: string, status: ForumStatus, startsAt: string, endsAt: string, startsAtLocal: string, endsAtLocal: string, timeZone: string, cancelReason: string | null, seriesDetached: boolean, seriesOccurrenceKey: string | null } };

export type MoveSeriesOccurrenceMutationVariables = Exact<{
  id: string | number;
  input: RescheduleForumInput;
}>;


export type MoveSeriesOccurrenceMutation = { rescheduleForum: { id: string, title: string, status: ForumStatus, startsAt: string, endsAt: string, startsAtLocal: string, endsAtLocal: string, timeZone: string, cancelReason: string | null, seriesDetached: boolean, seriesOccurrenceKey: string | null } };

export const SeriesVenueOptionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeriesVenueOption"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Venue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}}]}}]} as unknown as DocumentNode<SeriesVenueOptionFragment, unknown>;
export const SeriesOccurrenceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeriesOccurrenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Forum"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"startsAtLocal"}},{"kind":"Field","name":{"kind":"Name","value":"endsAtLocal"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"seriesDetached"}},{"kind":"Field","name":{"kind":"Name","value":"seriesOccurrenceKey"}}]}}]} as unknown as DocumentNode<SeriesOccurrenceFieldsFragment, unknown>;
export const ConsoleShellDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleShell"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhoods"}}]}}]}}]} as unknown as DocumentNode<ConsoleShellQuery, ConsoleShellQueryVariables>;
export const SeriesListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SeriesList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ForumSeriesFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forumSeriesList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recurrenceRule"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SeriesListQuery, SeriesListQueryVariables>;
export const SeriesFormOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SeriesFormOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"venues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeriesVenueOption"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeriesVenueOption"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Venue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}}]}}]} as unknown as DocumentNode<SeriesFormOptionsQuery, SeriesFormOptionsQueryVariables>;
export const SeriesPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SeriesPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ForumSeriesPreviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forumSeriesPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recurrenceRule"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"hasMore"}},{"kind":"Field","name":{"kind":"Name","value":"occurrences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"startsAtLocal"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"conflictingForumId"}},{"kind":"Field","name":{"kind":"Name","value":"conflictingForumTitle"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SeriesPreviewQuery, SeriesPreviewQueryVariables>;
export const CreateSeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateForumSeriesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createForumSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateSeriesMutation, CreateSeriesMutationVariables>;
export const SeriesDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SeriesDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forumSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recurrenceRule"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"publishOccurrences"}},{"kind":"Field","name":{"kind":"Name","value":"venueId"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"previousSeriesId"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skippedOccurrences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"conflictingForumId"}},{"kind":"Field","name":{"kind":"Name","value":"conflictingForumTitle"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurrences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeriesOccurrenceFields"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"venues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeriesVenueOption"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeriesOccurrenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Forum"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"startsAtLocal"}},{"kind":"Field","name":{"kind":"Name","value":"endsAtLocal"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"seriesDetached"}},{"kind":"Field","name":{"kind":"Name","value":"seriesOccurrenceKey"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeriesVenueOption"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Venue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}}]}}]} as unknown as DocumentNode<SeriesDetailQuery, SeriesDetailQueryVariables>;
export const UpdateSeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateForumSeriesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateForumSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateSeriesMutation, UpdateSeriesMutationVariables>;
export const UpdateSeriesFromDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSeriesFrom"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"forumId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSeriesFromInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSeriesFrom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"forumId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"forumId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateSeriesFromMutation, UpdateSeriesFromMutationVariables>;
export const EndSeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndSeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lastDate"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endForumSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"lastDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lastDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<EndSeriesMutation, EndSeriesMutationVariables>;
export const CancelSeriesOccurrenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelSeriesOccurrence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelForum"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeriesOccurrenceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeriesOccurrenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Forum"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"startsAtLocal"}},{"kind":"Field","name":{"kind":"Name","value":"endsAtLocal"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"seriesDetached"}},{"kind":"Field","name":{"kind":"Name","value":"seriesOccurrenceKey"}}]}}]} as unknown as DocumentNode<CancelSeriesOccurrenceMutation, CancelSeriesOccurrenceMutationVariables>;
export const MoveSeriesOccurrenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveSeriesOccurrence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RescheduleForumInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescheduleForum"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SeriesOccurrenceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SeriesOccurrenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Forum"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"startsAtLocal"}},{"kind":"Field","name":{"kind":"Name","value":"endsAtLocal"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"seriesDetached"}},{"kind":"Field","name":{"kind":"Name","value":"seriesOccurrenceKey"}}]}}]} as unknown as DocumentNode<MoveSeriesOccurrenceMutation, MoveSeriesOccurrenceMutationVariables>;