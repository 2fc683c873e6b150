/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ConsoleShell {\n    me {\n      id\n      name\n      role\n    }\n    agency {\n      id\n      name\n      timeZone\n      neighbourhoods\n    }\n  }\n": typeof types.ConsoleShellDocument,
    "\n  query SeriesList($first: Int!, $after: String, $filter: ForumSeriesFilterInput) {\n    forumSeriesList(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          recurrenceRule\n          timeZone\n          startDate\n          startTime\n          endReason\n          template {\n            title\n            type\n          }\n        }\n      }\n    }\n  }\n": typeof types.SeriesListDocument,
    "\n  fragment SeriesVenueOption on Venue {\n    id\n    name\n    capacity\n  }\n": typeof types.SeriesVenueOptionFragmentDoc,
    "\n  query SeriesFormOptions {\n    venues(first: 100) {\n      edges {\n        node {\n          ...SeriesVenueOption\n        }\n      }\n    }\n  }\n": typeof types.SeriesFormOptionsDocument,
    "\n  query SeriesPreview($input: ForumSeriesPreviewInput!) {\n    forumSeriesPreview(input: $input) {\n      recurrenceRule\n      timeZone\n      hasMore\n      occurrences {\n        date\n        startsAt\n        startsAtLocal\n        outcome\n        reason {\n          code\n          conflictingForumId\n          conflictingForumTitle\n        }\n      }\n    }\n  }\n": typeof types.SeriesPreviewDocument,
    "\n  mutation CreateSeries($input: CreateForumSeriesInput!) {\n    createForumSeries(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateSeriesDocument,
    "\n  fragment SeriesOccurrenceFields on Forum {\n    id\n    title\n    status\n    startsAt\n    endsAt\n    startsAtLocal\n    endsAtLocal\n    timeZone\n    cancelReason\n    seriesDetached\n    seriesOccurrenceKey\n  }\n": typeof types.SeriesOccurrenceFieldsFragmentDoc,
    "\n  query SeriesDetail($id: ID!) {\n    forumSeries(id: $id) {\n      id\n      status\n      recurrenceRule\n      timeZone\n      startDate\n      startTime\n      durationMinutes\n      publishOccurrences\n      venueId\n      endReason\n      endedAt\n      previousSeriesId\n      template {\n        title\n        type\n        format\n        description\n        onlineUrl\n      }\n      skippedOccurrences {\n        date\n        reason {\n          code\n          conflictingForumId\n          conflictingForumTitle\n        }\n      }\n      occurrences(first: 100) {\n        totalCount\n        edges {\n          node {\n            ...SeriesOccurrenceFields\n          }\n        }\n      }\n    }\n    venues(first: 100) {\n      edges {\n        node {\n          ...SeriesVenueOption\n        }\n      }\n    }\n  }\n": typeof types.SeriesDetailDocument,
    "\n  mutation UpdateSeries($id: ID!, $input: UpdateForumSeriesInput!) {\n    updateForumSeries(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateSeriesDocument,
    "\n  mutation UpdateSeriesFrom($forumId: ID!, $input: UpdateSeriesFromInput!) {\n    updateSeriesFrom(forumId: $forumId, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateSeriesFromDocument,
    "\n  mutation EndSeries($id: ID!, $reason: String!, $lastDate: String) {\n    endForumSeries(id: $id, reason: $reason, lastDate: $lastDate) {\n      id\n      status\n    }\n  }\n": typeof types.EndSeriesDocument,
    "\n  mutation CancelSeriesOccurrence($id: ID!, $reason: String!) {\n    cancelForum(id: $id, reason: $reason) {\n      ...SeriesOccurrenceFields\n    }\n  }\n": typeof types.CancelSeriesOccurrenceDocument,
    "\n  mutation MoveSeriesOccurrence($id: ID!, $input: RescheduleForumInput!) {\n    rescheduleForum(id: $id, input: $input) {\n      ...SeriesOccurrenceFields\n    }\n  }\n": typeof types.MoveSeriesOccurrenceDocument,
};
const documents: Documents = {
    "\n  query ConsoleShell {\n    me {\n      id\n      name\n      role\n    }\n    agency {\n      id\n      name\n      timeZone\n      neighbourhoods\n    }\n  }\n": types.ConsoleShellDocument,
    "\n  query SeriesList($first: Int!, $after: String, $filter: ForumSeriesFilterInput) {\n    forumSeriesList(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          recurrenceRule\n          timeZone\n          startDate\n          startTime\n          endReason\n          template {\n            title\n            type\n          }\n        }\n      }\n    }\n  }\n": types.SeriesListDocument,
    "\n  fragment SeriesVenueOption on Venue {\n    id\n    name\n    capacity\n  }\n": types.SeriesVenueOptionFragmentDoc,
    "\n  query SeriesFormOptions {\n    venues(first: 100) {\n      edges {\n        node {\n          ...SeriesVenueOption\n        }\n      }\n    }\n  }\n": types.SeriesFormOptionsDocument,
    "\n  query SeriesPreview($input: ForumSeriesPreviewInput!) {\n    forumSeriesPreview(input: $input) {\n      recurrenceRule\n      timeZone\n      hasMore\n      occurrences {\n        date\n        startsAt\n        startsAtLocal\n        outcome\n        reason {\n          code\n          conflictingForumId\n          conflictingForumTitle\n        }\n      }\n    }\n  }\n": types.SeriesPreviewDocument,
    "\n  mutation CreateSeries($input: CreateForumSeriesInput!) {\n    createForumSeries(input: $input) {\n      id\n    }\n  }\n": types.CreateSeriesDocument,
    "\n  fragment SeriesOccurrenceFields on Forum {\n    id\n    title\n    status\n    startsAt\n    endsAt\n    startsAtLocal\n    endsAtLocal\n    timeZone\n    cancelReason\n    seriesDetached\n    seriesOccurrenceKey\n  }\n": types.SeriesOccurrenceFieldsFragmentDoc,
    "\n  query SeriesDetail($id: ID!) {\n    forumSeries(id: $id) {\n      id\n      status\n      recurrenceRule\n      timeZone\n      startDate\n      startTime\n      durationMinutes\n      publishOccurrences\n      venueId\n      endReason\n      endedAt\n      previousSeriesId\n      template {\n        title\n        type\n        format\n        description\n        onlineUrl\n      }\n      skippedOccurrences {\n        date\n        reason {\n          code\n          conflictingForumId\n          conflictingForumTitle\n        }\n      }\n      occurrences(first: 100) {\n        totalCount\n        edges {\n          node {\n            ...SeriesOccurrenceFields\n          }\n        }\n      }\n    }\n    venues(first: 100) {\n      edges {\n        node {\n          ...SeriesVenueOption\n        }\n      }\n    }\n  }\n": types.SeriesDetailDocument,
    "\n  mutation UpdateSeries($id: ID!, $input: UpdateForumSeriesInput!) {\n    updateForumSeries(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateSeriesDocument,
    "\n  mutation UpdateSeriesFrom($forumId: ID!, $input: UpdateSeriesFromInput!) {\n    updateSeriesFrom(forumId: $forumId, input: $input) {\n      id\n    }\n  }\n": types.UpdateSeriesFromDocument,
    "\n  mutation EndSeries($id: ID!, $reason: String!, $lastDate: String) {\n    endForumSeries(id: $id, reason: $reason, lastDate: $lastDate) {\n      id\n      status\n    }\n  }\n": types.EndSeriesDocument,
    "\n  mutation CancelSeriesOccurrence($id: ID!, $reason: String!) {\n    cancelForum(id: $id, reason: $reason) {\n      ...SeriesOccurrenceFields\n    }\n  }\n": types.CancelSeriesOccurrenceDocument,
    "\n  mutation MoveSeriesOccurrence($id: ID!, $input: RescheduleForumInput!) {\n    rescheduleForum(id: $id, input: $input) {\n      ...SeriesOccurrenceFields\n    }\n  }\n": types.MoveSeriesOccurrenceDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleShell {\n    me {\n      id\n      name\n      role\n    }\n    agency {\n      id\n      name\n      timeZone\n      neighbourhoods\n    }\n  }\n"): (typeof documents)["\n  query ConsoleShell {\n    me {\n      id\n      name\n      role\n    }\n    agency {\n      id\n      name\n      timeZone\n      neighbourhoods\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeriesList($first: Int!, $after: String, $filter: ForumSeriesFilterInput) {\n    forumSeriesList(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          recurrenceRule\n          timeZone\n          startDate\n          startTime\n          endReason\n          template {\n            title\n            type\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SeriesList($first: Int!, $after: String, $filter: ForumSeriesFilterInput) {\n    forumSeriesList(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          status\n          recurrenceRule\n          timeZone\n          startDate\n          startTime\n          endReason\n          template {\n            title\n            type\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SeriesVenueOption on Venue {\n    id\n    name\n    capacity\n  }\n"): (typeof documents)["\n  fragment SeriesVenueOption on Venue {\n    id\n    name\n    capacity\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeriesFormOptions {\n    venues(first: 100) {\n      edges {\n        node {\n          ...SeriesVenueOption\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SeriesFormOptions {\n    venues(first: 100) {\n      edges {\n        node {\n          ...SeriesVenueOption\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeriesPreview($input: ForumSeriesPreviewInput!) {\n    forumSeriesPreview(input: $input) {\n      recurrenceRule\n      timeZone\n      hasMore\n      occurrences {\n        date\n        startsAt\n        startsAtLocal\n        outcome\n        reason {\n          code\n          conflictingForumId\n          conflictingForumTitle\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SeriesPreview($input: ForumSeriesPreviewInput!) {\n    forumSeriesPreview(input: $input) {\n      recurrenceRule\n      timeZone\n      hasMore\n      occurrences {\n        date\n        startsAt\n        startsAtLocal\n        outcome\n        reason {\n          code\n          conflictingForumId\n          conflictingForumTitle\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSeries($input: CreateForumSeriesInput!) {\n    createForumSeries(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSeries($input: CreateForumSeriesInput!) {\n    createForumSeries(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SeriesOccurrenceFields on Forum {\n    id\n    title\n    status\n    startsAt\n    endsAt\n    startsAtLocal\n    endsAtLocal\n    timeZone\n    cancelReason\n    seriesDetached\n    seriesOccurrenceKey\n  }\n"): (typeof documents)["\n  fragment SeriesOccurrenceFields on Forum {\n    id\n    title\n    status\n    startsAt\n    endsAt\n    startsAtLocal\n    endsAtLocal\n    timeZone\n    cancelReason\n    seriesDetached\n    seriesOccurrenceKey\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeriesDetail($id: ID!) {\n    forumSeries(id: $id) {\n      id\n      status\n      recurrenceRule\n      timeZone\n      startDate\n      startTime\n      durationMinutes\n      publishOccurrences\n      venueId\n      endReason\n      endedAt\n      previousSeriesId\n      template {\n        title\n        type\n        format\n        description\n        onlineUrl\n      }\n      skippedOccurrences {\n        date\n        reason {\n          code\n          conflictingForumId\n          conflictingForumTitle\n        }\n      }\n      occurrences(first: 100) {\n        totalCount\n        edges {\n          node {\n            ...SeriesOccurrenceFields\n          }\n        }\n      }\n    }\n    venues(first: 100) {\n      edges {\n        node {\n          ...SeriesVenueOption\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SeriesDetail($id: ID!) {\n    forumSeries(id: $id) {\n      id\n      status\n      recurrenceRule\n      timeZone\n      startDate\n      startTime\n      durationMinutes\n      publishOccurrences\n      venueId\n      endReason\n      endedAt\n      previousSeriesId\n      template {\n        title\n        type\n        format\n        description\n        onlineUrl\n      }\n      skippedOccurrences {\n        date\n        reason {\n          code\n          conflictingForumId\n          conflictingForumTitle\n        }\n      }\n      occurrences(first: 100) {\n        totalCount\n        edges {\n          node {\n            ...SeriesOccurrenceFields\n          }\n        }\n      }\n    }\n    venues(first: 100) {\n      edges {\n        node {\n          ...SeriesVenueOption\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSeries($id: ID!, $input: UpdateForumSeriesInput!) {\n    updateForumSeries(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSeries($id: ID!, $input: UpdateForumSeriesInput!) {\n    updateForumSeries(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSeriesFrom($forumId: ID!, $input: UpdateSeriesFromInput!) {\n    updateSeriesFrom(forumId: $forumId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSeriesFrom($forumId: ID!, $input: UpdateSeriesFromInput!) {\n    updateSeriesFrom(forumId: $forumId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndSeries($id: ID!, $reason: String!, $lastDate: String) {\n    endForumSeries(id: $id, reason: $reason, lastDate: $lastDate) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation EndSeries($id: ID!, $reason: String!, $lastDate: String) {\n    endForumSeries(id: $id, reason: $reason, lastDate: $lastDate) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelSeriesOccurrence($id: ID!, $reason: String!) {\n    cancelForum(id: $id, reason: $reason) {\n      ...SeriesOccurrenceFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelSeriesOccurrence($id: ID!, $reason: String!) {\n    cancelForum(id: $id, reason: $reason) {\n      ...SeriesOccurrenceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveSeriesOccurrence($id: ID!, $input: RescheduleForumInput!) {\n    rescheduleForum(id: $id, input: $input) {\n      ...SeriesOccurrenceFields\n    }\n  }\n"): (typeof documents)["\n  mutation MoveSeriesOccurrence($id: ID!, $input: RescheduleForumInput!) {\n    rescheduleForum(id: $id, input: $input) {\n      ...SeriesOccurrenceFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;