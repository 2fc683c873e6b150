import { graphql } from '../../graphql/generated';

/** What every invitations tab shows about its forum (title, time, zone, state). */
export const InvitationsForumFragment = graphql(`
  fragment InvitationsForum on Forum {
    id
    title
    status
    startsAt
    endsAt
    timeZone
    capacity
  }
`);

export const InvitationFunnelFragment = graphql(`
  fragment InvitationFunnel on InvitationSummary {
    forumId
    invited
    queued
    sent
    failed
    skipped
    attending
    maybe
    declined
    waitlisted
    offered
    noReply
    headcount
    capacity
    seatsTaken
    present
    presentHeadcount
    failures {
      invitationId
      contactName
      email
      reason
    }
    logistics {
      stepFreeAccess
      stepFreeAccessPeople
      signLanguage
      signLanguagePeople
      childcare
      childcarePeople
      interpretation {
        language
        count
        people
      }
      dietary {
        need
        count
        people
      }
    }
  }
`);

export const InvitationsOverviewQuery = graphql(`
  query InvitationsOverview($forumId: ID!) {
    forum(id: $forumId) {
      ...InvitationsForum
    }
    invitationSummary(forumId: $forumId) {
      ...InvitationFunnel
    }
  }
`);

export const InvitationsComposeQuery = graphql(`
  query InvitationsCompose($forumId: ID!) {
    forum(id: $forumId) {
      ...InvitationsForum
    }
  }
`);

export const AudienceOrganisationsQuery = graphql(`
  query AudienceOrganisations($text: String) {
    organisations(first: 10, filter: { text: $text, status: ACTIVE }) {
      totalCount
      edges {
        node {
          id
          name
          type
          contacts {
            id
            name
            email
            optedOut
          }
        }
      }
    }
  }
`);

export const InvitationPreviewQuery = graphql(`
  query InvitationPreview($forumId: ID!, $input: InviteToForumInput!) {
    invitationPreview(forumId: $forumId, input: $input) {
      invited
      alreadyInvited
      skippedOptedOut
      skippedUndeliverable
      organisations
      skipped {
        contactName
        email
        reason
      }
    }
  }
`);

export const InviteToForumMutation = graphql(`
  mutation InviteToForum($forumId: ID!, $input: InviteToForumInput!) {
    inviteToForum(forumId: $forumId, input: $input) {
      invited
      alreadyInvited
      skippedOptedOut
      organisations
    }
  }
`);

export const AttendeeFragment = graphql(`
  fragment Attendee on Invitation {
    id
    contactName
    organisationName
    response
    partySize
    stepFreeAccess
    signLanguage
    childcare
    interpretationLanguage
    dietary
    checkedInAt
    delivery {
      status
      error
    }
  }
`);

export const InvitationsAttendeesQuery = graphql(`
  query InvitationsAttendees($forumId: ID!, $filter: InvitationFilterInput, $after: String) {
    forum(id: $forumId) {
      ...InvitationsForum
    }
    forumInvitations(forumId: $forumId, filter: $filter, first: 25, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...Attendee
        }
      }
    }
  }
`);

export const CheckInAttendeeMutation = graphql(`
  mutation CheckInAttendee($invitationId: ID!, $present: Boolean!) {
    checkInAttendee(invitationId: $invitationId, present: $present) {
      ...Attendee
    }
  }
`);

export const RsvpSettingsFragment = graphql(`
  fragment RsvpSettingsFields on ForumRsvpSettings {
    forumId
    promotionMode
    offerWindowMinutes
    reminderOffsetsMinutes
    nudgeBeforeDeadlineMinutes
  }
`);

export const InvitationsSettingsQuery = graphql(`
  query InvitationsSettings($forumId: ID!) {
    forum(id: $forumId) {
      ...InvitationsForum
    }
    forumRsvpSettings(forumId: $forumId) {
      ...RsvpSettingsFields
    }
  }
`);

export const SetRsvpSettingsMutation = graphql(`
  mutation SetRsvpSettings($forumId: ID!, $input: ForumRsvpSettingsInput!) {
    setForumRsvpSettings(forumId: $forumId, input: $input) {
      ...RsvpSettingsFields
    }
  }
`);

export const InvitationsRepliesQuery = graphql(`
  query InvitationsReplies($forumId: ID!, $after: String) {
    forum(id: $forumId) {
      ...InvitationsForum
    }
    rsvpRepliesNeedingReading(forumId: $forumId, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          fromAddress
          subject
          body
          interpretedAnswer
          receivedAt
        }
      }
    }
  }
`);

export const ResolveRsvpReplyMutation = graphql(`
  mutation ResolveRsvpReply($id: ID!, $answer: RsvpResponse) {
    resolveRsvpReply(id: $id, answer: $answer) {
      id
      status
    }
  }
`);
