import { graphql } from '../../graphql/generated';

export const VenueFieldsFragment = graphql(`
  fragment VenueFields on Venue {
    id
    name
    address
    capacity
    accessibilityFeatures
    notes
    latitude
    longitude
    archivedAt
  }
`);

export const VenuesListQuery = graphql(`
  query VenuesList($filter: VenueFilterInput, $after: String, $first: Int) {
    venues(filter: $filter, after: $after, first: $first) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...VenueFields
        }
      }
    }
  }
`);

export const VenueQuery = graphql(`
  query Venue($id: ID!) {
    venue(id: $id) {
      ...VenueFields
    }
  }
`);

export const CreateVenueMutation = graphql(`
  mutation CreateVenue($input: CreateVenueInput!) {
    createVenue(input: $input) {
      ...VenueFields
    }
  }
`);

export const UpdateVenueMutation = graphql(`
  mutation UpdateVenue($id: ID!, $input: UpdateVenueInput!) {
    updateVenue(id: $id, input: $input) {
      ...VenueFields
    }
  }
`);

export const ArchiveVenueMutation = graphql(`
  mutation ArchiveVenue($id: ID!) {
    archiveVenue(id: $id) {
      ...VenueFields
    }
  }
`);

export const UnarchiveVenueMutation = graphql(`
  mutation UnarchiveVenue($id: ID!) {
    unarchiveVenue(id: $id) {
      ...VenueFields
    }
  }
`);
