import { graphql } from '../../graphql/generated';

export const OrganisationSummaryFields = graphql(`
  fragment OrganisationSummaryFields on Organisation {
    id
    name
    type
    status
    focusAreas
    neighbourhoods
  }
`);

export const PartnersDirectoryQuery = graphql(`
  query PartnersDirectory($filter: OrganisationFilterInput, $after: String, $first: Int) {
    organisations(filter: $filter, after: $after, first: $first) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...OrganisationSummaryFields
          contacts {
            id
          }
        }
      }
    }
  }
`);

export const ContactFields = graphql(`
  fragment ContactFields on Contact {
    id
    name
    email
    phone
    roleTitle
    preferredLanguage
    optedOut
    optedOutAt
    optOutSource
    undeliverable
    undeliverableAt
    undeliverableReason
  }
`);

export const OrganisationFields = graphql(`
  fragment OrganisationFields on Organisation {
    ...OrganisationSummaryFields
    website
    phone
    notes
    updatedAt
  }
`);

export const OrganisationPageQuery = graphql(`
  query OrganisationPage($id: ID!) {
    organisation(id: $id) {
      ...OrganisationFields
      contacts {
        ...ContactFields
      }
    }
  }
`);

export const CreateOrganisationMutation = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      ...OrganisationFields
    }
  }
`);

export const UpdateOrganisationMutation = graphql(`
  mutation UpdateOrganisation($id: ID!, $input: UpdateOrganisationInput!) {
    updateOrganisation(id: $id, input: $input) {
      ...OrganisationFields
    }
  }
`);

export const ArchiveOrganisationMutation = graphql(`
  mutation ArchiveOrganisation($id: ID!) {
    archiveOrganisation(id: $id) {
      id
      status
    }
  }
`);

export const UnarchiveOrganisationMutation = graphql(`
  mutation UnarchiveOrganisation($id: ID!) {
    unarchiveOrganisation(id: $id) {
      id
      status
    }
  }
`);

export const AddContactMutation = graphql(`
  mutation AddContact($organisationId: ID!, $input: ContactInput!) {
    addContact(organisationId: $organisationId, input: $input) {
      ...ContactFields
    }
  }
`);

export const UpdateContactMutation = graphql(`
  mutation UpdateContact($id: ID!, $input: UpdateContactInput!) {
    updateContact(id: $id, input: $input) {
      ...ContactFields
    }
  }
`);

export const RecordContactOptOutMutation = graphql(`
  mutation RecordContactOptOut($id: ID!, $reason: String) {
    recordContactOptOut(id: $id, reason: $reason) {
      ...ContactFields
    }
  }
`);

export const RemoveContactMutation = graphql(`
  mutation RemoveContact($id: ID!) {
    removeContact(id: $id) {
      id
    }
  }
`);

export const OrganisationImportFields = graphql(`
  fragment OrganisationImportFields on OrganisationImport {
    id
    status
    dryRun
    progress
    totalRows
    created
    updated
    unchanged
    errorCount
    failure
    organisations {
      created
      updated
      unchanged
    }
    contacts {
      created
      updated
      unchanged
    }
    errors {
      row
      column
      message
    }
  }
`);

export const OrganisationImportQuery = graphql(`
  query OrganisationImportProgress($id: ID!) {
    organisationImport(id: $id) {
      ...OrganisationImportFields
    }
  }
`);
