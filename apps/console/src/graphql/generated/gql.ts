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
    "\n  query CommunityConcerns($filter: CommunityConcernFilterInput, $after: String, $first: Int) {\n    communityConcerns(filter: $filter, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          topic\n          description\n          neighbourhood\n          priority\n          raisedAt\n          forum {\n            id\n            title\n            timeZone\n          }\n          takenUpBy {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.CommunityConcernsDocument,
    "\n  query HomePage($now: DateTime!, $first: Int!) {\n    upcoming: forums(filter: { from: $now, status: PUBLISHED }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          startsAt\n          timeZone\n          capacity\n          venue {\n            id\n            name\n          }\n          rsvpCounts {\n            attending\n            headcount\n            maybe\n            waitlisted\n          }\n        }\n      }\n    }\n    replies: rsvpRepliesNeedingReading(first: 3) {\n      totalCount\n      edges {\n        node {\n          id\n          subject\n          body\n          fromAddress\n          receivedAt\n          forum {\n            id\n            title\n            timeZone\n          }\n        }\n      }\n    }\n    imports: organisationImports(filter: { status: [QUEUED, RUNNING] }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          progress\n          dryRun\n          totalRows\n          createdAt\n        }\n      }\n    }\n    failures: failedInvitations(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          contactName\n          email\n          delivery {\n            error\n          }\n          forum {\n            id\n            title\n          }\n        }\n      }\n    }\n    awaitingReport: forums(filter: { awaitingReport: true }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          startsAt\n          timeZone\n        }\n      }\n    }\n  }\n": typeof types.HomePageDocument,
    "\n  fragment VenueFields on Venue {\n    id\n    name\n    address\n    capacity\n    accessibilityFeatures\n    notes\n    latitude\n    longitude\n    archivedAt\n  }\n": typeof types.VenueFieldsFragmentDoc,
    "\n  query VenuesList($filter: VenueFilterInput, $after: String, $first: Int) {\n    venues(filter: $filter, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...VenueFields\n        }\n      }\n    }\n  }\n": typeof types.VenuesListDocument,
    "\n  query Venue($id: ID!) {\n    venue(id: $id) {\n      ...VenueFields\n    }\n  }\n": typeof types.VenueDocument,
    "\n  mutation CreateVenue($input: CreateVenueInput!) {\n    createVenue(input: $input) {\n      ...VenueFields\n    }\n  }\n": typeof types.CreateVenueDocument,
    "\n  mutation UpdateVenue($id: ID!, $input: UpdateVenueInput!) {\n    updateVenue(id: $id, input: $input) {\n      ...VenueFields\n    }\n  }\n": typeof types.UpdateVenueDocument,
    "\n  mutation ArchiveVenue($id: ID!) {\n    archiveVenue(id: $id) {\n      ...VenueFields\n    }\n  }\n": typeof types.ArchiveVenueDocument,
    "\n  mutation UnarchiveVenue($id: ID!) {\n    unarchiveVenue(id: $id) {\n      ...VenueFields\n    }\n  }\n": typeof types.UnarchiveVenueDocument,
};
const documents: Documents = {
    "\n  query ConsoleShell {\n    me {\n      id\n      name\n      role\n    }\n    agency {\n      id\n      name\n      timeZone\n      neighbourhoods\n    }\n  }\n": types.ConsoleShellDocument,
    "\n  query CommunityConcerns($filter: CommunityConcernFilterInput, $after: String, $first: Int) {\n    communityConcerns(filter: $filter, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          topic\n          description\n          neighbourhood\n          priority\n          raisedAt\n          forum {\n            id\n            title\n            timeZone\n          }\n          takenUpBy {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": types.CommunityConcernsDocument,
    "\n  query HomePage($now: DateTime!, $first: Int!) {\n    upcoming: forums(filter: { from: $now, status: PUBLISHED }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          startsAt\n          timeZone\n          capacity\n          venue {\n            id\n            name\n          }\n          rsvpCounts {\n            attending\n            headcount\n            maybe\n            waitlisted\n          }\n        }\n      }\n    }\n    replies: rsvpRepliesNeedingReading(first: 3) {\n      totalCount\n      edges {\n        node {\n          id\n          subject\n          body\n          fromAddress\n          receivedAt\n          forum {\n            id\n            title\n            timeZone\n          }\n        }\n      }\n    }\n    imports: organisationImports(filter: { status: [QUEUED, RUNNING] }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          progress\n          dryRun\n          totalRows\n          createdAt\n        }\n      }\n    }\n    failures: failedInvitations(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          contactName\n          email\n          delivery {\n            error\n          }\n          forum {\n            id\n            title\n          }\n        }\n      }\n    }\n    awaitingReport: forums(filter: { awaitingReport: true }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          startsAt\n          timeZone\n        }\n      }\n    }\n  }\n": types.HomePageDocument,
    "\n  fragment VenueFields on Venue {\n    id\n    name\n    address\n    capacity\n    accessibilityFeatures\n    notes\n    latitude\n    longitude\n    archivedAt\n  }\n": types.VenueFieldsFragmentDoc,
    "\n  query VenuesList($filter: VenueFilterInput, $after: String, $first: Int) {\n    venues(filter: $filter, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...VenueFields\n        }\n      }\n    }\n  }\n": types.VenuesListDocument,
    "\n  query Venue($id: ID!) {\n    venue(id: $id) {\n      ...VenueFields\n    }\n  }\n": types.VenueDocument,
    "\n  mutation CreateVenue($input: CreateVenueInput!) {\n    createVenue(input: $input) {\n      ...VenueFields\n    }\n  }\n": types.CreateVenueDocument,
    "\n  mutation UpdateVenue($id: ID!, $input: UpdateVenueInput!) {\n    updateVenue(id: $id, input: $input) {\n      ...VenueFields\n    }\n  }\n": types.UpdateVenueDocument,
    "\n  mutation ArchiveVenue($id: ID!) {\n    archiveVenue(id: $id) {\n      ...VenueFields\n    }\n  }\n": types.ArchiveVenueDocument,
    "\n  mutation UnarchiveVenue($id: ID!) {\n    unarchiveVenue(id: $id) {\n      ...VenueFields\n    }\n  }\n": types.UnarchiveVenueDocument,
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
export function graphql(source: "\n  query CommunityConcerns($filter: CommunityConcernFilterInput, $after: String, $first: Int) {\n    communityConcerns(filter: $filter, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          topic\n          description\n          neighbourhood\n          priority\n          raisedAt\n          forum {\n            id\n            title\n            timeZone\n          }\n          takenUpBy {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommunityConcerns($filter: CommunityConcernFilterInput, $after: String, $first: Int) {\n    communityConcerns(filter: $filter, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          topic\n          description\n          neighbourhood\n          priority\n          raisedAt\n          forum {\n            id\n            title\n            timeZone\n          }\n          takenUpBy {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomePage($now: DateTime!, $first: Int!) {\n    upcoming: forums(filter: { from: $now, status: PUBLISHED }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          startsAt\n          timeZone\n          capacity\n          venue {\n            id\n            name\n          }\n          rsvpCounts {\n            attending\n            headcount\n            maybe\n            waitlisted\n          }\n        }\n      }\n    }\n    replies: rsvpRepliesNeedingReading(first: 3) {\n      totalCount\n      edges {\n        node {\n          id\n          subject\n          body\n          fromAddress\n          receivedAt\n          forum {\n            id\n            title\n            timeZone\n          }\n        }\n      }\n    }\n    imports: organisationImports(filter: { status: [QUEUED, RUNNING] }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          progress\n          dryRun\n          totalRows\n          createdAt\n        }\n      }\n    }\n    failures: failedInvitations(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          contactName\n          email\n          delivery {\n            error\n          }\n          forum {\n            id\n            title\n          }\n        }\n      }\n    }\n    awaitingReport: forums(filter: { awaitingReport: true }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          startsAt\n          timeZone\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomePage($now: DateTime!, $first: Int!) {\n    upcoming: forums(filter: { from: $now, status: PUBLISHED }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          startsAt\n          timeZone\n          capacity\n          venue {\n            id\n            name\n          }\n          rsvpCounts {\n            attending\n            headcount\n            maybe\n            waitlisted\n          }\n        }\n      }\n    }\n    replies: rsvpRepliesNeedingReading(first: 3) {\n      totalCount\n      edges {\n        node {\n          id\n          subject\n          body\n          fromAddress\n          receivedAt\n          forum {\n            id\n            title\n            timeZone\n          }\n        }\n      }\n    }\n    imports: organisationImports(filter: { status: [QUEUED, RUNNING] }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          status\n          progress\n          dryRun\n          totalRows\n          createdAt\n        }\n      }\n    }\n    failures: failedInvitations(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          contactName\n          email\n          delivery {\n            error\n          }\n          forum {\n            id\n            title\n          }\n        }\n      }\n    }\n    awaitingReport: forums(filter: { awaitingReport: true }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          startsAt\n          timeZone\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VenueFields on Venue {\n    id\n    name\n    address\n    capacity\n    accessibilityFeatures\n    notes\n    latitude\n    longitude\n    archivedAt\n  }\n"): (typeof documents)["\n  fragment VenueFields on Venue {\n    id\n    name\n    address\n    capacity\n    accessibilityFeatures\n    notes\n    latitude\n    longitude\n    archivedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VenuesList($filter: VenueFilterInput, $after: String, $first: Int) {\n    venues(filter: $filter, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...VenueFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VenuesList($filter: VenueFilterInput, $after: String, $first: Int) {\n    venues(filter: $filter, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...VenueFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Venue($id: ID!) {\n    venue(id: $id) {\n      ...VenueFields\n    }\n  }\n"): (typeof documents)["\n  query Venue($id: ID!) {\n    venue(id: $id) {\n      ...VenueFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateVenue($input: CreateVenueInput!) {\n    createVenue(input: $input) {\n      ...VenueFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateVenue($input: CreateVenueInput!) {\n    createVenue(input: $input) {\n      ...VenueFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateVenue($id: ID!, $input: UpdateVenueInput!) {\n    updateVenue(id: $id, input: $input) {\n      ...VenueFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateVenue($id: ID!, $input: UpdateVenueInput!) {\n    updateVenue(id: $id, input: $input) {\n      ...VenueFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveVenue($id: ID!) {\n    archiveVenue(id: $id) {\n      ...VenueFields\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveVenue($id: ID!) {\n    archiveVenue(id: $id) {\n      ...VenueFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnarchiveVenue($id: ID!) {\n    unarchiveVenue(id: $id) {\n      ...VenueFields\n    }\n  }\n"): (typeof documents)["\n  mutation UnarchiveVenue($id: ID!) {\n    unarchiveVenue(id: $id) {\n      ...VenueFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;