import { graphql } from '../../../graphql/generated';

export const ForumDetailFragment = graphql(`
  fragment ForumDetail on Forum {
    id
    title
    type
    status
    description
    topics
    neighbourhood
    startsAt
    endsAt
    startsAtLocal
    endsAtLocal
    timeZone
    format
    onlineUrl
    capacity
    rsvpDeadline
    languages
    interpretationLanguages
    signLanguage
    accessibilityNotes
    visibility
    cancelReason
    conflictOverrideReason
    publishedAt
    venue {
      id
      name
      address
      capacity
      accessibilityFeatures
    }
    hosts {
      id
      name
    }
    agenda {
      title
      speaker
      durationMinutes
      notes
    }
    rsvpCounts {
      headcount
      attending
    }
    scheduleHistory {
      id
      previousStartsAt
      previousEndsAt
      previousTimeZone
      changedAt
      reason
    }
    report {
      attendanceCount
      summary
      minutes
      representedOrganisations {
        id
        name
      }
    }
    concerns {
      id
      topic
      description
      neighbourhood
      priority
    }
    missingTranslations {
      language
      field
    }
  }
`);

export const ForumPageQuery = graphql(`
  query ForumPage($id: ID!) {
    forum(id: $id) {
      ...ForumDetail
    }
  }
`);

export const PublishForumMutation = graphql(`
  mutation PublishForum($id: ID!) {
    publishForum(id: $id) {
      ...ForumDetail
    }
  }
`);

export const RescheduleForumMutation = graphql(`
  mutation RescheduleForum($id: ID!, $input: RescheduleForumInput!) {
    rescheduleForum(id: $id, input: $input) {
      ...ForumDetail
    }
  }
`);

export const CancelForumMutation = graphql(`
  mutation CancelForum($id: ID!, $reason: String!) {
    cancelForum(id: $id, reason: $reason) {
      ...ForumDetail
    }
  }
`);

export const CompleteForumMutation = graphql(`
  mutation CompleteForum($id: ID!, $input: CompleteForumInput!) {
    completeForum(id: $id, input: $input) {
      ...ForumDetail
    }
  }
`);

/** Loaded when the completion dialog opens: the agency's organisations and who checked in at the door. */
export const CompleteForumChoicesQuery = graphql(`
  query CompleteForumChoices($forumId: ID!, $text: String) {
    organisations(first: 50, filter: { status: ACTIVE, text: $text }) {
      edges {
        node {
          id
          name
        }
      }
    }
    invitationSummary(forumId: $forumId) {
      presentHeadcount
      presentOrganisationIds
    }
  }
`);
