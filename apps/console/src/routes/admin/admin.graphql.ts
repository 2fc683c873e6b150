import { graphql } from '../../graphql/generated';

/** What the staff screen shows of a person, in the list and in the focused summary alike. */
export const StaffFields = graphql(`
  fragment AdminStaffFields on StaffUser {
    id
    name
    email
    role
    status
    lastLoginAt
    invitationExpiresAt
  }
`);

export const StaffListQuery = graphql(`
  query AdminStaffList($filter: StaffFilterInput, $after: String, $first: Int) {
    staffUsers(filter: $filter, after: $after, first: $first) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AdminStaffFields
        }
      }
    }
  }
`);

export const InviteStaffMutation = graphql(`
  mutation AdminInviteStaff($input: InviteStaffInput!) {
    inviteStaff(input: $input) {
      id
      email
    }
  }
`);

export const ChangeStaffRoleMutation = graphql(`
  mutation AdminChangeStaffRole($id: ID!, $role: StaffRole!) {
    changeStaffRole(id: $id, role: $role) {
      id
      role
    }
  }
`);

export const DeactivateStaffMutation = graphql(`
  mutation AdminDeactivateStaff($id: ID!) {
    deactivateStaff(id: $id) {
      id
      status
    }
  }
`);

export const AgencySettingsFields = graphql(`
  fragment AdminAgencySettingsFields on Agency {
    id
    name
    slug
    timeZone
    neighbourhoods
    enabledLanguages
    mailSenderName
    mailSenderEmail
    branding {
      logoUrl
      primaryColor
    }
  }
`);

export const AgencySettingsQuery = graphql(`
  query AdminAgencySettings {
    agency {
      ...AdminAgencySettingsFields
    }
    languages {
      code
      englishName
      nativeName
    }
  }
`);

export const UpdateAgencySettingsMutation = graphql(`
  mutation AdminUpdateAgencySettings($input: UpdateAgencySettingsInput!) {
    updateAgencySettings(input: $input) {
      ...AdminAgencySettingsFields
    }
  }
`);

export const AuditLogQuery = graphql(`
  query AdminAuditLog($filter: AuditFilterInput, $after: String, $first: Int) {
    auditLog(filter: $filter, after: $after, first: $first) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          action
          actorId
          actorLabel
          actorType
          entityType
          entityId
          summary
          createdAt
        }
      }
    }
  }
`);

export const AgencyDeliveryQuery = graphql(`
  query AdminAgencyDelivery {
    agencyDelivery {
      pending
      sent
      failed
      recentFailures {
        id
        kind
        to
        subject
        reason
        attempts
        createdAt
      }
    }
  }
`);

export const FailedImportsQuery = graphql(`
  query AdminFailedImports {
    organisationImports(filter: { status: [FAILED] }, first: 10) {
      totalCount
      edges {
        node {
          id
          createdAt
          failure
          totalRows
        }
      }
    }
  }
`);

export const StaffPersonQuery = graphql(`
  query AdminStaffPerson($id: ID!) {
    staffUser(id: $id) {
      ...AdminStaffFields
    }
  }
`);

export const AuditContactPlaceQuery = graphql(`
  query AuditContactPlace($id: ID!) {
    contact(id: $id) {
      id
      organisationId
    }
  }
`);

export const AuditActionItemPlaceQuery = graphql(`
  query AuditActionItemPlace($id: ID!) {
    actionItem(id: $id) {
      id
      taskForceId
    }
  }
`);

export const AuditSubjectPlaceQuery = graphql(`
  query AuditSubjectPlace($entityType: String!, $entityId: ID!) {
    auditSubject(entityType: $entityType, entityId: $entityId) {
      entityType
      entityId
      forumId
      taskForceId
    }
  }
`);
