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
    "\n  query ForumsCalendar($filter: ForumFilterInput) {\n    forums(filter: $filter, first: 100) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          startsAt\n        }\n      }\n    }\n  }\n": typeof types.ForumsCalendarDocument,
    "\n  fragment ForumDetail on Forum {\n    id\n    title\n    type\n    status\n    description\n    topics\n    neighbourhood\n    startsAt\n    endsAt\n    startsAtLocal\n    endsAtLocal\n    timeZone\n    format\n    onlineUrl\n    capacity\n    rsvpDeadline\n    languages\n    interpretationLanguages\n    signLanguage\n    accessibilityNotes\n    visibility\n    cancelReason\n    conflictOverrideReason\n    publishedAt\n    venue {\n      id\n      name\n      address\n      capacity\n      accessibilityFeatures\n    }\n    hosts {\n      id\n      name\n    }\n    agenda {\n      title\n      speaker\n      durationMinutes\n      notes\n    }\n    rsvpCounts {\n      headcount\n      attending\n    }\n    scheduleHistory {\n      id\n      previousStartsAt\n      previousEndsAt\n      previousTimeZone\n      changedAt\n      reason\n    }\n    report {\n      attendanceCount\n      summary\n      minutes\n      representedOrganisations {\n        id\n        name\n      }\n    }\n    concerns {\n      id\n      topic\n      description\n      neighbourhood\n      priority\n    }\n  }\n": typeof types.ForumDetailFragmentDoc,
    "\n  query ForumPage($id: ID!) {\n    forum(id: $id) {\n      ...ForumDetail\n    }\n  }\n": typeof types.ForumPageDocument,
    "\n  mutation PublishForum($id: ID!) {\n    publishForum(id: $id) {\n      ...ForumDetail\n    }\n  }\n": typeof types.PublishForumDocument,
    "\n  mutation RescheduleForum($id: ID!, $input: RescheduleForumInput!) {\n    rescheduleForum(id: $id, input: $input) {\n      ...ForumDetail\n    }\n  }\n": typeof types.RescheduleForumDocument,
    "\n  mutation CancelForum($id: ID!, $reason: String!) {\n    cancelForum(id: $id, reason: $reason) {\n      ...ForumDetail\n    }\n  }\n": typeof types.CancelForumDocument,
    "\n  mutation CompleteForum($id: ID!, $input: CompleteForumInput!) {\n    completeForum(id: $id, input: $input) {\n      ...ForumDetail\n    }\n  }\n": typeof types.CompleteForumDocument,
    "\n  query CompleteForumChoices($forumId: ID!, $text: String) {\n    organisations(first: 50, filter: { status: ACTIVE, text: $text }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    invitationSummary(forumId: $forumId) {\n      presentHeadcount\n      presentOrganisationIds\n    }\n  }\n": typeof types.CompleteForumChoicesDocument,
    "\n  fragment ForumListRow on Forum {\n    id\n    title\n    type\n    status\n    startsAt\n    endsAt\n    timeZone\n    format\n    venue {\n      id\n      name\n    }\n    capacity\n    rsvpCounts {\n      headcount\n    }\n  }\n": typeof types.ForumListRowFragmentDoc,
    "\n  query ForumsList($filter: ForumFilterInput, $after: String) {\n    forums(filter: $filter, after: $after, first: 20) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ForumListRow\n        }\n      }\n    }\n    staffUsers(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ForumsListDocument,
};
const documents: Documents = {
    "\n  query ConsoleShell {\n    me {\n      id\n      name\n      role\n    }\n    agency {\n      id\n      name\n      timeZone\n      neighbourhoods\n    }\n  }\n": types.ConsoleShellDocument,
    "\n  query ForumsCalendar($filter: ForumFilterInput) {\n    forums(filter: $filter, first: 100) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          startsAt\n        }\n      }\n    }\n  }\n": types.ForumsCalendarDocument,
    "\n  fragment ForumDetail on Forum {\n    id\n    title\n    type\n    status\n    description\n    topics\n    neighbourhood\n    startsAt\n    endsAt\n    startsAtLocal\n    endsAtLocal\n    timeZone\n    format\n    onlineUrl\n    capacity\n    rsvpDeadline\n    languages\n    interpretationLanguages\n    signLanguage\n    accessibilityNotes\n    visibility\n    cancelReason\n    conflictOverrideReason\n    publishedAt\n    venue {\n      id\n      name\n      address\n      capacity\n      accessibilityFeatures\n    }\n    hosts {\n      id\n      name\n    }\n    agenda {\n      title\n      speaker\n      durationMinutes\n      notes\n    }\n    rsvpCounts {\n      headcount\n      attending\n    }\n    scheduleHistory {\n      id\n      previousStartsAt\n      previousEndsAt\n      previousTimeZone\n      changedAt\n      reason\n    }\n    report {\n      attendanceCount\n      summary\n      minutes\n      representedOrganisations {\n        id\n        name\n      }\n    }\n    concerns {\n      id\n      topic\n      description\n      neighbourhood\n      priority\n    }\n  }\n": types.ForumDetailFragmentDoc,
    "\n  query ForumPage($id: ID!) {\n    forum(id: $id) {\n      ...ForumDetail\n    }\n  }\n": types.ForumPageDocument,
    "\n  mutation PublishForum($id: ID!) {\n    publishForum(id: $id) {\n      ...ForumDetail\n    }\n  }\n": types.PublishForumDocument,
    "\n  mutation RescheduleForum($id: ID!, $input: RescheduleForumInput!) {\n    rescheduleForum(id: $id, input: $input) {\n      ...ForumDetail\n    }\n  }\n": types.RescheduleForumDocument,
    "\n  mutation CancelForum($id: ID!, $reason: String!) {\n    cancelForum(id: $id, reason: $reason) {\n      ...ForumDetail\n    }\n  }\n": types.CancelForumDocument,
    "\n  mutation CompleteForum($id: ID!, $input: CompleteForumInput!) {\n    completeForum(id: $id, input: $input) {\n      ...ForumDetail\n    }\n  }\n": types.CompleteForumDocument,
    "\n  query CompleteForumChoices($forumId: ID!, $text: String) {\n    organisations(first: 50, filter: { status: ACTIVE, text: $text }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    invitationSummary(forumId: $forumId) {\n      presentHeadcount\n      presentOrganisationIds\n    }\n  }\n": types.CompleteForumChoicesDocument,
    "\n  fragment ForumListRow on Forum {\n    id\n    title\n    type\n    status\n    startsAt\n    endsAt\n    timeZone\n    format\n    venue {\n      id\n      name\n    }\n    capacity\n    rsvpCounts {\n      headcount\n    }\n  }\n": types.ForumListRowFragmentDoc,
    "\n  query ForumsList($filter: ForumFilterInput, $after: String) {\n    forums(filter: $filter, after: $after, first: 20) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ForumListRow\n        }\n      }\n    }\n    staffUsers(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ForumsListDocument,
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
export function graphql(source: "\n  query ForumsCalendar($filter: ForumFilterInput) {\n    forums(filter: $filter, first: 100) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          startsAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ForumsCalendar($filter: ForumFilterInput) {\n    forums(filter: $filter, first: 100) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          startsAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ForumDetail on Forum {\n    id\n    title\n    type\n    status\n    description\n    topics\n    neighbourhood\n    startsAt\n    endsAt\n    startsAtLocal\n    endsAtLocal\n    timeZone\n    format\n    onlineUrl\n    capacity\n    rsvpDeadline\n    languages\n    interpretationLanguages\n    signLanguage\n    accessibilityNotes\n    visibility\n    cancelReason\n    conflictOverrideReason\n    publishedAt\n    venue {\n      id\n      name\n      address\n      capacity\n      accessibilityFeatures\n    }\n    hosts {\n      id\n      name\n    }\n    agenda {\n      title\n      speaker\n      durationMinutes\n      notes\n    }\n    rsvpCounts {\n      headcount\n      attending\n    }\n    scheduleHistory {\n      id\n      previousStartsAt\n      previousEndsAt\n      previousTimeZone\n      changedAt\n      reason\n    }\n    report {\n      attendanceCount\n      summary\n      minutes\n      representedOrganisations {\n        id\n        name\n      }\n    }\n    concerns {\n      id\n      topic\n      description\n      neighbourhood\n      priority\n    }\n  }\n"): (typeof documents)["\n  fragment ForumDetail on Forum {\n    id\n    title\n    type\n    status\n    description\n    topics\n    neighbourhood\n    startsAt\n    endsAt\n    startsAtLocal\n    endsAtLocal\n    timeZone\n    format\n    onlineUrl\n    capacity\n    rsvpDeadline\n    languages\n    interpretationLanguages\n    signLanguage\n    accessibilityNotes\n    visibility\n    cancelReason\n    conflictOverrideReason\n    publishedAt\n    venue {\n      id\n      name\n      address\n      capacity\n      accessibilityFeatures\n    }\n    hosts {\n      id\n      name\n    }\n    agenda {\n      title\n      speaker\n      durationMinutes\n      notes\n    }\n    rsvpCounts {\n      headcount\n      attending\n    }\n    scheduleHistory {\n      id\n      previousStartsAt\n      previousEndsAt\n      previousTimeZone\n      changedAt\n      reason\n    }\n    report {\n      attendanceCount\n      summary\n      minutes\n      representedOrganisations {\n        id\n        name\n      }\n    }\n    concerns {\n      id\n      topic\n      description\n      neighbourhood\n      priority\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumPage($id: ID!) {\n    forum(id: $id) {\n      ...ForumDetail\n    }\n  }\n"): (typeof documents)["\n  query ForumPage($id: ID!) {\n    forum(id: $id) {\n      ...ForumDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishForum($id: ID!) {\n    publishForum(id: $id) {\n      ...ForumDetail\n    }\n  }\n"): (typeof documents)["\n  mutation PublishForum($id: ID!) {\n    publishForum(id: $id) {\n      ...ForumDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RescheduleForum($id: ID!, $input: RescheduleForumInput!) {\n    rescheduleForum(id: $id, input: $input) {\n      ...ForumDetail\n    }\n  }\n"): (typeof documents)["\n  mutation RescheduleForum($id: ID!, $input: RescheduleForumInput!) {\n    rescheduleForum(id: $id, input: $input) {\n      ...ForumDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelForum($id: ID!, $reason: String!) {\n    cancelForum(id: $id, reason: $reason) {\n      ...ForumDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CancelForum($id: ID!, $reason: String!) {\n    cancelForum(id: $id, reason: $reason) {\n      ...ForumDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteForum($id: ID!, $input: CompleteForumInput!) {\n    completeForum(id: $id, input: $input) {\n      ...ForumDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteForum($id: ID!, $input: CompleteForumInput!) {\n    completeForum(id: $id, input: $input) {\n      ...ForumDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompleteForumChoices($forumId: ID!, $text: String) {\n    organisations(first: 50, filter: { status: ACTIVE, text: $text }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    invitationSummary(forumId: $forumId) {\n      presentHeadcount\n      presentOrganisationIds\n    }\n  }\n"): (typeof documents)["\n  query CompleteForumChoices($forumId: ID!, $text: String) {\n    organisations(first: 50, filter: { status: ACTIVE, text: $text }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    invitationSummary(forumId: $forumId) {\n      presentHeadcount\n      presentOrganisationIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ForumListRow on Forum {\n    id\n    title\n    type\n    status\n    startsAt\n    endsAt\n    timeZone\n    format\n    venue {\n      id\n      name\n    }\n    capacity\n    rsvpCounts {\n      headcount\n    }\n  }\n"): (typeof documents)["\n  fragment ForumListRow on Forum {\n    id\n    title\n    type\n    status\n    startsAt\n    endsAt\n    timeZone\n    format\n    venue {\n      id\n      name\n    }\n    capacity\n    rsvpCounts {\n      headcount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumsList($filter: ForumFilterInput, $after: String) {\n    forums(filter: $filter, after: $after, first: 20) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ForumListRow\n        }\n      }\n    }\n    staffUsers(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ForumsList($filter: ForumFilterInput, $after: String) {\n    forums(filter: $filter, after: $after, first: 20) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ForumListRow\n        }\n      }\n    }\n    staffUsers(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;