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
    "\n  fragment InvitationsForum on Forum {\n    id\n    title\n    status\n    startsAt\n    endsAt\n    timeZone\n    capacity\n  }\n": typeof types.InvitationsForumFragmentDoc,
    "\n  fragment InvitationFunnel on InvitationSummary {\n    forumId\n    invited\n    queued\n    sent\n    failed\n    skipped\n    attending\n    maybe\n    declined\n    waitlisted\n    offered\n    noReply\n    headcount\n    capacity\n    seatsTaken\n    present\n    presentHeadcount\n    failures {\n      invitationId\n      contactName\n      email\n      reason\n    }\n    logistics {\n      stepFreeAccess\n      stepFreeAccessPeople\n      signLanguage\n      signLanguagePeople\n      childcare\n      childcarePeople\n      interpretation {\n        language\n        count\n        people\n      }\n      dietary {\n        need\n        count\n        people\n      }\n    }\n  }\n": typeof types.InvitationFunnelFragmentDoc,
    "\n  query InvitationsOverview($forumId: ID!) {\n    forum(id: $forumId) {\n      ...InvitationsForum\n    }\n    invitationSummary(forumId: $forumId) {\n      ...InvitationFunnel\n    }\n  }\n": typeof types.InvitationsOverviewDocument,
    "\n  query InvitationsCompose($forumId: ID!) {\n    forum(id: $forumId) {\n      ...InvitationsForum\n    }\n  }\n": typeof types.InvitationsComposeDocument,
    "\n  query AudienceOrganisations($text: String) {\n    organisations(first: 10, filter: { text: $text, status: ACTIVE }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          type\n          contacts {\n            id\n            name\n            email\n            optedOut\n          }\n        }\n      }\n    }\n  }\n": typeof types.AudienceOrganisationsDocument,
    "\n  query InvitationPreview($forumId: ID!, $input: InviteToForumInput!) {\n    invitationPreview(forumId: $forumId, input: $input) {\n      invited\n      alreadyInvited\n      skippedOptedOut\n      organisations\n      skipped {\n        contactName\n        email\n        reason\n      }\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation InviteToForum($forumId: ID!, $input: InviteToForumInput!) {\n    inviteToForum(forumId: $forumId, input: $input) {\n      invited\n      alreadyInvited\n      skippedOptedOut\n      organisations\n    }\n  }\n": typeof types.InviteToForumDocument,
    "\n  fragment Attendee on Invitation {\n    id\n    contactName\n    organisationName\n    response\n    partySize\n    stepFreeAccess\n    signLanguage\n    childcare\n    interpretationLanguage\n    dietary\n    checkedInAt\n    delivery {\n      status\n      error\n    }\n  }\n": typeof types.AttendeeFragmentDoc,
    "\n  query InvitationsAttendees($forumId: ID!, $filter: InvitationFilterInput, $after: String) {\n    forum(id: $forumId) {\n      ...InvitationsForum\n    }\n    forumInvitations(forumId: $forumId, filter: $filter, first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...Attendee\n        }\n      }\n    }\n  }\n": typeof types.InvitationsAttendeesDocument,
    "\n  mutation CheckInAttendee($invitationId: ID!, $present: Boolean!) {\n    checkInAttendee(invitationId: $invitationId, present: $present) {\n      ...Attendee\n    }\n  }\n": typeof types.CheckInAttendeeDocument,
    "\n  fragment RsvpSettingsFields on ForumRsvpSettings {\n    forumId\n    promotionMode\n    offerWindowMinutes\n    reminderOffsetsMinutes\n    nudgeBeforeDeadlineMinutes\n  }\n": typeof types.RsvpSettingsFieldsFragmentDoc,
    "\n  query InvitationsSettings($forumId: ID!) {\n    forum(id: $forumId) {\n      ...InvitationsForum\n    }\n    forumRsvpSettings(forumId: $forumId) {\n      ...RsvpSettingsFields\n    }\n  }\n": typeof types.InvitationsSettingsDocument,
    "\n  mutation SetRsvpSettings($forumId: ID!, $input: ForumRsvpSettingsInput!) {\n    setForumRsvpSettings(forumId: $forumId, input: $input) {\n      ...RsvpSettingsFields\n    }\n  }\n": typeof types.SetRsvpSettingsDocument,
    "\n  query InvitationsReplies($forumId: ID!, $after: String) {\n    forum(id: $forumId) {\n      ...InvitationsForum\n    }\n    rsvpRepliesNeedingReading(forumId: $forumId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          fromAddress\n          subject\n          body\n          receivedAt\n        }\n      }\n    }\n  }\n": typeof types.InvitationsRepliesDocument,
    "\n  mutation ResolveRsvpReply($id: ID!, $answer: RsvpResponse) {\n    resolveRsvpReply(id: $id, answer: $answer) {\n      id\n      status\n    }\n  }\n": typeof types.ResolveRsvpReplyDocument,
};
const documents: Documents = {
    "\n  query ConsoleShell {\n    me {\n      id\n      name\n      role\n    }\n    agency {\n      id\n      name\n      timeZone\n      neighbourhoods\n    }\n  }\n": types.ConsoleShellDocument,
    "\n  fragment InvitationsForum on Forum {\n    id\n    title\n    status\n    startsAt\n    endsAt\n    timeZone\n    capacity\n  }\n": types.InvitationsForumFragmentDoc,
    "\n  fragment InvitationFunnel on InvitationSummary {\n    forumId\n    invited\n    queued\n    sent\n    failed\n    skipped\n    attending\n    maybe\n    declined\n    waitlisted\n    offered\n    noReply\n    headcount\n    capacity\n    seatsTaken\n    present\n    presentHeadcount\n    failures {\n      invitationId\n      contactName\n      email\n      reason\n    }\n    logistics {\n      stepFreeAccess\n      stepFreeAccessPeople\n      signLanguage\n      signLanguagePeople\n      childcare\n      childcarePeople\n      interpretation {\n        language\n        count\n        people\n      }\n      dietary {\n        need\n        count\n        people\n      }\n    }\n  }\n": types.InvitationFunnelFragmentDoc,
    "\n  query InvitationsOverview($forumId: ID!) {\n    forum(id: $forumId) {\n      ...InvitationsForum\n    }\n    invitationSummary(forumId: $forumId) {\n      ...InvitationFunnel\n    }\n  }\n": types.InvitationsOverviewDocument,
    "\n  query InvitationsCompose($forumId: ID!) {\n    forum(id: $forumId) {\n      ...InvitationsForum\n    }\n  }\n": types.InvitationsComposeDocument,
    "\n  query AudienceOrganisations($text: String) {\n    organisations(first: 10, filter: { text: $text, status: ACTIVE }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          type\n          contacts {\n            id\n            name\n            email\n            optedOut\n          }\n        }\n      }\n    }\n  }\n": types.AudienceOrganisationsDocument,
    "\n  query InvitationPreview($forumId: ID!, $input: InviteToForumInput!) {\n    invitationPreview(forumId: $forumId, input: $input) {\n      invited\n      alreadyInvited\n      skippedOptedOut\n      organisations\n      skipped {\n        contactName\n        email\n        reason\n      }\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation InviteToForum($forumId: ID!, $input: InviteToForumInput!) {\n    inviteToForum(forumId: $forumId, input: $input) {\n      invited\n      alreadyInvited\n      skippedOptedOut\n      organisations\n    }\n  }\n": types.InviteToForumDocument,
    "\n  fragment Attendee on Invitation {\n    id\n    contactName\n    organisationName\n    response\n    partySize\n    stepFreeAccess\n    signLanguage\n    childcare\n    interpretationLanguage\n    dietary\n    checkedInAt\n    delivery {\n      status\n      error\n    }\n  }\n": types.AttendeeFragmentDoc,
    "\n  query InvitationsAttendees($forumId: ID!, $filter: InvitationFilterInput, $after: String) {\n    forum(id: $forumId) {\n      ...InvitationsForum\n    }\n    forumInvitations(forumId: $forumId, filter: $filter, first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...Attendee\n        }\n      }\n    }\n  }\n": types.InvitationsAttendeesDocument,
    "\n  mutation CheckInAttendee($invitationId: ID!, $present: Boolean!) {\n    checkInAttendee(invitationId: $invitationId, present: $present) {\n      ...Attendee\n    }\n  }\n": types.CheckInAttendeeDocument,
    "\n  fragment RsvpSettingsFields on ForumRsvpSettings {\n    forumId\n    promotionMode\n    offerWindowMinutes\n    reminderOffsetsMinutes\n    nudgeBeforeDeadlineMinutes\n  }\n": types.RsvpSettingsFieldsFragmentDoc,
    "\n  query InvitationsSettings($forumId: ID!) {\n    forum(id: $forumId) {\n      ...InvitationsForum\n    }\n    forumRsvpSettings(forumId: $forumId) {\n      ...RsvpSettingsFields\n    }\n  }\n": types.InvitationsSettingsDocument,
    "\n  mutation SetRsvpSettings($forumId: ID!, $input: ForumRsvpSettingsInput!) {\n    setForumRsvpSettings(forumId: $forumId, input: $input) {\n      ...RsvpSettingsFields\n    }\n  }\n": types.SetRsvpSettingsDocument,
    "\n  query InvitationsReplies($forumId: ID!, $after: String) {\n    forum(id: $forumId) {\n      ...InvitationsForum\n    }\n    rsvpRepliesNeedingReading(forumId: $forumId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          fromAddress\n          subject\n          body\n          receivedAt\n        }\n      }\n    }\n  }\n": types.InvitationsRepliesDocument,
    "\n  mutation ResolveRsvpReply($id: ID!, $answer: RsvpResponse) {\n    resolveRsvpReply(id: $id, answer: $answer) {\n      id\n      status\n    }\n  }\n": types.ResolveRsvpReplyDocument,
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
export function graphql(source: "\n  fragment InvitationsForum on Forum {\n    id\n    title\n    status\n    startsAt\n    endsAt\n    timeZone\n    capacity\n  }\n"): (typeof documents)["\n  fragment InvitationsForum on Forum {\n    id\n    title\n    status\n    startsAt\n    endsAt\n    timeZone\n    capacity\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationFunnel on InvitationSummary {\n    forumId\n    invited\n    queued\n    sent\n    failed\n    skipped\n    attending\n    maybe\n    declined\n    waitlisted\n    offered\n    noReply\n    headcount\n    capacity\n    seatsTaken\n    present\n    presentHeadcount\n    failures {\n      invitationId\n      contactName\n      email\n      reason\n    }\n    logistics {\n      stepFreeAccess\n      stepFreeAccessPeople\n      signLanguage\n      signLanguagePeople\n      childcare\n      childcarePeople\n      interpretation {\n        language\n        count\n        people\n      }\n      dietary {\n        need\n        count\n        people\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment InvitationFunnel on InvitationSummary {\n    forumId\n    invited\n    queued\n    sent\n    failed\n    skipped\n    attending\n    maybe\n    declined\n    waitlisted\n    offered\n    noReply\n    headcount\n    capacity\n    seatsTaken\n    present\n    presentHeadcount\n    failures {\n      invitationId\n      contactName\n      email\n      reason\n    }\n    logistics {\n      stepFreeAccess\n      stepFreeAccessPeople\n      signLanguage\n      signLanguagePeople\n      childcare\n      childcarePeople\n      interpretation {\n        language\n        count\n        people\n      }\n      dietary {\n        need\n        count\n        people\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationsOverview($forumId: ID!) {\n    forum(id: $forumId) {\n      ...InvitationsForum\n    }\n    invitationSummary(forumId: $forumId) {\n      ...InvitationFunnel\n    }\n  }\n"): (typeof documents)["\n  query InvitationsOverview($forumId: ID!) {\n    forum(id: $forumId) {\n      ...InvitationsForum\n    }\n    invitationSummary(forumId: $forumId) {\n      ...InvitationFunnel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationsCompose($forumId: ID!) {\n    forum(id: $forumId) {\n      ...InvitationsForum\n    }\n  }\n"): (typeof documents)["\n  query InvitationsCompose($forumId: ID!) {\n    forum(id: $forumId) {\n      ...InvitationsForum\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AudienceOrganisations($text: String) {\n    organisations(first: 10, filter: { text: $text, status: ACTIVE }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          type\n          contacts {\n            id\n            name\n            email\n            optedOut\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AudienceOrganisations($text: String) {\n    organisations(first: 10, filter: { text: $text, status: ACTIVE }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          type\n          contacts {\n            id\n            name\n            email\n            optedOut\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($forumId: ID!, $input: InviteToForumInput!) {\n    invitationPreview(forumId: $forumId, input: $input) {\n      invited\n      alreadyInvited\n      skippedOptedOut\n      organisations\n      skipped {\n        contactName\n        email\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($forumId: ID!, $input: InviteToForumInput!) {\n    invitationPreview(forumId: $forumId, input: $input) {\n      invited\n      alreadyInvited\n      skippedOptedOut\n      organisations\n      skipped {\n        contactName\n        email\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteToForum($forumId: ID!, $input: InviteToForumInput!) {\n    inviteToForum(forumId: $forumId, input: $input) {\n      invited\n      alreadyInvited\n      skippedOptedOut\n      organisations\n    }\n  }\n"): (typeof documents)["\n  mutation InviteToForum($forumId: ID!, $input: InviteToForumInput!) {\n    inviteToForum(forumId: $forumId, input: $input) {\n      invited\n      alreadyInvited\n      skippedOptedOut\n      organisations\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Attendee on Invitation {\n    id\n    contactName\n    organisationName\n    response\n    partySize\n    stepFreeAccess\n    signLanguage\n    childcare\n    interpretationLanguage\n    dietary\n    checkedInAt\n    delivery {\n      status\n      error\n    }\n  }\n"): (typeof documents)["\n  fragment Attendee on Invitation {\n    id\n    contactName\n    organisationName\n    response\n    partySize\n    stepFreeAccess\n    signLanguage\n    childcare\n    interpretationLanguage\n    dietary\n    checkedInAt\n    delivery {\n      status\n      error\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationsAttendees($forumId: ID!, $filter: InvitationFilterInput, $after: String) {\n    forum(id: $forumId) {\n      ...InvitationsForum\n    }\n    forumInvitations(forumId: $forumId, filter: $filter, first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...Attendee\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvitationsAttendees($forumId: ID!, $filter: InvitationFilterInput, $after: String) {\n    forum(id: $forumId) {\n      ...InvitationsForum\n    }\n    forumInvitations(forumId: $forumId, filter: $filter, first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...Attendee\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckInAttendee($invitationId: ID!, $present: Boolean!) {\n    checkInAttendee(invitationId: $invitationId, present: $present) {\n      ...Attendee\n    }\n  }\n"): (typeof documents)["\n  mutation CheckInAttendee($invitationId: ID!, $present: Boolean!) {\n    checkInAttendee(invitationId: $invitationId, present: $present) {\n      ...Attendee\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RsvpSettingsFields on ForumRsvpSettings {\n    forumId\n    promotionMode\n    offerWindowMinutes\n    reminderOffsetsMinutes\n    nudgeBeforeDeadlineMinutes\n  }\n"): (typeof documents)["\n  fragment RsvpSettingsFields on ForumRsvpSettings {\n    forumId\n    promotionMode\n    offerWindowMinutes\n    reminderOffsetsMinutes\n    nudgeBeforeDeadlineMinutes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationsSettings($forumId: ID!) {\n    forum(id: $forumId) {\n      ...InvitationsForum\n    }\n    forumRsvpSettings(forumId: $forumId) {\n      ...RsvpSettingsFields\n    }\n  }\n"): (typeof documents)["\n  query InvitationsSettings($forumId: ID!) {\n    forum(id: $forumId) {\n      ...InvitationsForum\n    }\n    forumRsvpSettings(forumId: $forumId) {\n      ...RsvpSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRsvpSettings($forumId: ID!, $input: ForumRsvpSettingsInput!) {\n    setForumRsvpSettings(forumId: $forumId, input: $input) {\n      ...RsvpSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetRsvpSettings($forumId: ID!, $input: ForumRsvpSettingsInput!) {\n    setForumRsvpSettings(forumId: $forumId, input: $input) {\n      ...RsvpSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationsReplies($forumId: ID!, $after: String) {\n    forum(id: $forumId) {\n      ...InvitationsForum\n    }\n    rsvpRepliesNeedingReading(forumId: $forumId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          fromAddress\n          subject\n          body\n          receivedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvitationsReplies($forumId: ID!, $after: String) {\n    forum(id: $forumId) {\n      ...InvitationsForum\n    }\n    rsvpRepliesNeedingReading(forumId: $forumId, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          fromAddress\n          subject\n          body\n          receivedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveRsvpReply($id: ID!, $answer: RsvpResponse) {\n    resolveRsvpReply(id: $id, answer: $answer) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveRsvpReply($id: ID!, $answer: RsvpResponse) {\n    resolveRsvpReply(id: $id, answer: $answer) {\n      id\n      status\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;