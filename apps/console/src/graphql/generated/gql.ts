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
    "\n  fragment VenueChoiceFields on Venue {\n    id\n    name\n    address\n    capacity\n    accessibilityFeatures\n    archivedAt\n  }\n": typeof types.VenueChoiceFieldsFragmentDoc,
    "\n  fragment HostChoiceFields on StaffUser {\n    id\n    name\n    email\n    role\n    status\n  }\n": typeof types.HostChoiceFieldsFragmentDoc,
    "\n  fragment ForumFormFields on Forum {\n    id\n    title\n    type\n    status\n    description\n    format\n    timeZone\n    startsAtLocal\n    endsAtLocal\n    rsvpDeadlineLocal\n    onlineUrl\n    capacityOverride\n    languages\n    interpretationLanguages\n    signLanguage\n    accessibilityNotes\n    visibility\n    topics\n    neighbourhood\n    conflictOverrideReason\n    venue {\n      ...VenueChoiceFields\n    }\n    hosts {\n      ...HostChoiceFields\n    }\n    agenda {\n      title\n      speaker\n      durationMinutes\n      notes\n    }\n  }\n": typeof types.ForumFormFieldsFragmentDoc,
    "\n  fragment ForumFormChoices on Query {\n    venues(first: 20) {\n      totalCount\n      edges {\n        node {\n          ...VenueChoiceFields\n        }\n      }\n    }\n    staffUsers(first: 20, filter: { status: ACTIVE }) {\n      totalCount\n      edges {\n        node {\n          ...HostChoiceFields\n        }\n      }\n    }\n  }\n": typeof types.ForumFormChoicesFragmentDoc,
    "\n  query NewForumForm {\n    ...ForumFormChoices\n  }\n": typeof types.NewForumFormDocument,
    "\n  query EditForumForm($id: ID!) {\n    forum(id: $id) {\n      ...ForumFormFields\n    }\n    ...ForumFormChoices\n  }\n": typeof types.EditForumFormDocument,
    "\n  query ForumFormVenueSearch($text: String!) {\n    venues(first: 20, filter: { text: $text }) {\n      totalCount\n      edges {\n        node {\n          ...VenueChoiceFields\n        }\n      }\n    }\n  }\n": typeof types.ForumFormVenueSearchDocument,
    "\n  query ForumFormHostSearch($text: String!) {\n    staffUsers(first: 20, filter: { status: ACTIVE, text: $text }) {\n      totalCount\n      edges {\n        node {\n          ...HostChoiceFields\n        }\n      }\n    }\n  }\n": typeof types.ForumFormHostSearchDocument,
    "\n  mutation CreateForumFromForm($input: CreateForumInput!) {\n    createForum(input: $input) {\n      ...ForumFormFields\n    }\n  }\n": typeof types.CreateForumFromFormDocument,
    "\n  mutation UpdateForumFromForm($id: ID!, $input: UpdateForumInput!) {\n    updateForum(id: $id, input: $input) {\n      ...ForumFormFields\n    }\n  }\n": typeof types.UpdateForumFromFormDocument,
    "\n  mutation RescheduleForumFromForm($id: ID!, $input: RescheduleForumInput!) {\n    rescheduleForum(id: $id, input: $input) {\n      ...ForumFormFields\n    }\n  }\n": typeof types.RescheduleForumFromFormDocument,
};
const documents: Documents = {
    "\n  query ConsoleShell {\n    me {\n      id\n      name\n      role\n    }\n    agency {\n      id\n      name\n      timeZone\n      neighbourhoods\n    }\n  }\n": types.ConsoleShellDocument,
    "\n  fragment VenueChoiceFields on Venue {\n    id\n    name\n    address\n    capacity\n    accessibilityFeatures\n    archivedAt\n  }\n": types.VenueChoiceFieldsFragmentDoc,
    "\n  fragment HostChoiceFields on StaffUser {\n    id\n    name\n    email\n    role\n    status\n  }\n": types.HostChoiceFieldsFragmentDoc,
    "\n  fragment ForumFormFields on Forum {\n    id\n    title\n    type\n    status\n    description\n    format\n    timeZone\n    startsAtLocal\n    endsAtLocal\n    rsvpDeadlineLocal\n    onlineUrl\n    capacityOverride\n    languages\n    interpretationLanguages\n    signLanguage\n    accessibilityNotes\n    visibility\n    topics\n    neighbourhood\n    conflictOverrideReason\n    venue {\n      ...VenueChoiceFields\n    }\n    hosts {\n      ...HostChoiceFields\n    }\n    agenda {\n      title\n      speaker\n      durationMinutes\n      notes\n    }\n  }\n": types.ForumFormFieldsFragmentDoc,
    "\n  fragment ForumFormChoices on Query {\n    venues(first: 20) {\n      totalCount\n      edges {\n        node {\n          ...VenueChoiceFields\n        }\n      }\n    }\n    staffUsers(first: 20, filter: { status: ACTIVE }) {\n      totalCount\n      edges {\n        node {\n          ...HostChoiceFields\n        }\n      }\n    }\n  }\n": types.ForumFormChoicesFragmentDoc,
    "\n  query NewForumForm {\n    ...ForumFormChoices\n  }\n": types.NewForumFormDocument,
    "\n  query EditForumForm($id: ID!) {\n    forum(id: $id) {\n      ...ForumFormFields\n    }\n    ...ForumFormChoices\n  }\n": types.EditForumFormDocument,
    "\n  query ForumFormVenueSearch($text: String!) {\n    venues(first: 20, filter: { text: $text }) {\n      totalCount\n      edges {\n        node {\n          ...VenueChoiceFields\n        }\n      }\n    }\n  }\n": types.ForumFormVenueSearchDocument,
    "\n  query ForumFormHostSearch($text: String!) {\n    staffUsers(first: 20, filter: { status: ACTIVE, text: $text }) {\n      totalCount\n      edges {\n        node {\n          ...HostChoiceFields\n        }\n      }\n    }\n  }\n": types.ForumFormHostSearchDocument,
    "\n  mutation CreateForumFromForm($input: CreateForumInput!) {\n    createForum(input: $input) {\n      ...ForumFormFields\n    }\n  }\n": types.CreateForumFromFormDocument,
    "\n  mutation UpdateForumFromForm($id: ID!, $input: UpdateForumInput!) {\n    updateForum(id: $id, input: $input) {\n      ...ForumFormFields\n    }\n  }\n": types.UpdateForumFromFormDocument,
    "\n  mutation RescheduleForumFromForm($id: ID!, $input: RescheduleForumInput!) {\n    rescheduleForum(id: $id, input: $input) {\n      ...ForumFormFields\n    }\n  }\n": types.RescheduleForumFromFormDocument,
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
export function graphql(source: "\n  fragment VenueChoiceFields on Venue {\n    id\n    name\n    address\n    capacity\n    accessibilityFeatures\n    archivedAt\n  }\n"): (typeof documents)["\n  fragment VenueChoiceFields on Venue {\n    id\n    name\n    address\n    capacity\n    accessibilityFeatures\n    archivedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HostChoiceFields on StaffUser {\n    id\n    name\n    email\n    role\n    status\n  }\n"): (typeof documents)["\n  fragment HostChoiceFields on StaffUser {\n    id\n    name\n    email\n    role\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ForumFormFields on Forum {\n    id\n    title\n    type\n    status\n    description\n    format\n    timeZone\n    startsAtLocal\n    endsAtLocal\n    rsvpDeadlineLocal\n    onlineUrl\n    capacityOverride\n    languages\n    interpretationLanguages\n    signLanguage\n    accessibilityNotes\n    visibility\n    topics\n    neighbourhood\n    conflictOverrideReason\n    venue {\n      ...VenueChoiceFields\n    }\n    hosts {\n      ...HostChoiceFields\n    }\n    agenda {\n      title\n      speaker\n      durationMinutes\n      notes\n    }\n  }\n"): (typeof documents)["\n  fragment ForumFormFields on Forum {\n    id\n    title\n    type\n    status\n    description\n    format\n    timeZone\n    startsAtLocal\n    endsAtLocal\n    rsvpDeadlineLocal\n    onlineUrl\n    capacityOverride\n    languages\n    interpretationLanguages\n    signLanguage\n    accessibilityNotes\n    visibility\n    topics\n    neighbourhood\n    conflictOverrideReason\n    venue {\n      ...VenueChoiceFields\n    }\n    hosts {\n      ...HostChoiceFields\n    }\n    agenda {\n      title\n      speaker\n      durationMinutes\n      notes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ForumFormChoices on Query {\n    venues(first: 20) {\n      totalCount\n      edges {\n        node {\n          ...VenueChoiceFields\n        }\n      }\n    }\n    staffUsers(first: 20, filter: { status: ACTIVE }) {\n      totalCount\n      edges {\n        node {\n          ...HostChoiceFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ForumFormChoices on Query {\n    venues(first: 20) {\n      totalCount\n      edges {\n        node {\n          ...VenueChoiceFields\n        }\n      }\n    }\n    staffUsers(first: 20, filter: { status: ACTIVE }) {\n      totalCount\n      edges {\n        node {\n          ...HostChoiceFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewForumForm {\n    ...ForumFormChoices\n  }\n"): (typeof documents)["\n  query NewForumForm {\n    ...ForumFormChoices\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditForumForm($id: ID!) {\n    forum(id: $id) {\n      ...ForumFormFields\n    }\n    ...ForumFormChoices\n  }\n"): (typeof documents)["\n  query EditForumForm($id: ID!) {\n    forum(id: $id) {\n      ...ForumFormFields\n    }\n    ...ForumFormChoices\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumFormVenueSearch($text: String!) {\n    venues(first: 20, filter: { text: $text }) {\n      totalCount\n      edges {\n        node {\n          ...VenueChoiceFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ForumFormVenueSearch($text: String!) {\n    venues(first: 20, filter: { text: $text }) {\n      totalCount\n      edges {\n        node {\n          ...VenueChoiceFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumFormHostSearch($text: String!) {\n    staffUsers(first: 20, filter: { status: ACTIVE, text: $text }) {\n      totalCount\n      edges {\n        node {\n          ...HostChoiceFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ForumFormHostSearch($text: String!) {\n    staffUsers(first: 20, filter: { status: ACTIVE, text: $text }) {\n      totalCount\n      edges {\n        node {\n          ...HostChoiceFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateForumFromForm($input: CreateForumInput!) {\n    createForum(input: $input) {\n      ...ForumFormFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateForumFromForm($input: CreateForumInput!) {\n    createForum(input: $input) {\n      ...ForumFormFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateForumFromForm($id: ID!, $input: UpdateForumInput!) {\n    updateForum(id: $id, input: $input) {\n      ...ForumFormFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateForumFromForm($id: ID!, $input: UpdateForumInput!) {\n    updateForum(id: $id, input: $input) {\n      ...ForumFormFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RescheduleForumFromForm($id: ID!, $input: RescheduleForumInput!) {\n    rescheduleForum(id: $id, input: $input) {\n      ...ForumFormFields\n    }\n  }\n"): (typeof documents)["\n  mutation RescheduleForumFromForm($id: ID!, $input: RescheduleForumInput!) {\n    rescheduleForum(id: $id, input: $input) {\n      ...ForumFormFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;