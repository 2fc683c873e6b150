import { graphql } from '../../graphql/generated';

export const PlatformAgencyFieldsFragment = graphql(`
  fragment PlatformAgencyFields on PlatformAgency {
    id
    name
    slug
    timeZone
    createdAt
    activeStaff
    invitedStaff
    emailsPending
    emailsFailed
    lastStaffSignInAt
    suspendedAt
    suspensionReason
  }
`);

export const PlatformAgenciesQuery = graphql(`
  query PlatformAgencies($after: String, $first: Int) {
    platformAgencies(after: $after, first: $first) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...PlatformAgencyFields
        }
      }
    }
  }
`);

export const PlatformAgencyQuery = graphql(`
  query PlatformAgency($id: ID!) {
    platformAgency(id: $id) {
      ...PlatformAgencyFields
    }
  }
`);

export const CreateAgencyMutation = graphql(`
  mutation CreateAgency($input: CreateAgencyInput!) {
    createAgency(input: $input) {
      ...PlatformAgencyFields
    }
  }
`);

export const SuspendAgencyMutation = graphql(`
  mutation SuspendAgency($id: ID!, $input: SuspendAgencyInput!) {
    suspendAgency(id: $id, input: $input) {
      ...PlatformAgencyFields
    }
  }
`);

export const ReinstateAgencyMutation = graphql(`
  mutation ReinstateAgency($id: ID!) {
    reinstateAgency(id: $id) {
      ...PlatformAgencyFields
    }
  }
`);
