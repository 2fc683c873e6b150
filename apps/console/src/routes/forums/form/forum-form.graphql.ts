import { graphql } from '../../../graphql/generated';

/** A forum's (or a series template's) text in one other language, as the translation fields edit it. */
export const ForumTranslationFieldsFragment = graphql(`
  fragment ForumTranslationFields on ForumTranslation {
    language
    title
    description
    accessibilityNotes
    agenda {
      title
      notes
    }
  }
`);

/** What the venue picker shows of each venue: enough to choose by seats and access. */
export const VenueChoiceFields = graphql(`
  fragment VenueChoiceFields on Venue {
    id
    name
    address
    capacity
    accessibilityFeatures
    archivedAt
  }
`);

/** What the hosts picker shows of each staff member. */
export const HostChoiceFields = graphql(`
  fragment HostChoiceFields on StaffUser {
    id
    name
    email
    role
    status
  }
`);

/** Every field of a forum the form edits. */
export const ForumFormFields = graphql(`
  fragment ForumFormFields on Forum {
    id
    title
    type
    status
    description
    format
    timeZone
    startsAtLocal
    endsAtLocal
    rsvpDeadlineLocal
    onlineUrl
    capacityOverride
    languages
    interpretationLanguages
    signLanguage
    accessibilityNotes
    visibility
    topics
    neighbourhood
    conflictOverrideReason
    venue {
      ...VenueChoiceFields
    }
    hosts {
      ...HostChoiceFields
    }
    agenda {
      title
      speaker
      durationMinutes
      notes
    }
    translations {
      ...ForumTranslationFields
    }
  }
`);

/** What the pickers offer before any search: the newest venues and the agency's active staff. */
export const ForumFormChoices = graphql(`
  fragment ForumFormChoices on Query {
    venues(first: 20) {
      totalCount
      edges {
        node {
          ...VenueChoiceFields
        }
      }
    }
    staffUsers(first: 20, filter: { status: ACTIVE }) {
      totalCount
      edges {
        node {
          ...HostChoiceFields
        }
      }
    }
  }
`);

/** First paint of /forums/new: the pickers' first choices. */
export const NewForumFormQuery = graphql(`
  query NewForumForm {
    ...ForumFormChoices
  }
`);

/** First paint of /forums/:forumId/edit: the forum and the pickers' first choices. */
export const EditForumFormQuery = graphql(`
  query EditForumForm($id: ID!) {
    forum(id: $id) {
      ...ForumFormFields
    }
    ...ForumFormChoices
  }
`);

export const VenueSearchQuery = graphql(`
  query ForumFormVenueSearch($text: String!) {
    venues(first: 20, filter: { text: $text }) {
      totalCount
      edges {
        node {
          ...VenueChoiceFields
        }
      }
    }
  }
`);

export const HostSearchQuery = graphql(`
  query ForumFormHostSearch($text: String!) {
    staffUsers(first: 20, filter: { status: ACTIVE, text: $text }) {
      totalCount
      edges {
        node {
          ...HostChoiceFields
        }
      }
    }
  }
`);

export const CreateForumMutation = graphql(`
  mutation CreateForumFromForm($input: CreateForumInput!) {
    createForum(input: $input) {
      ...ForumFormFields
    }
  }
`);

export const UpdateForumMutation = graphql(`
  mutation UpdateForumFromForm($id: ID!, $input: UpdateForumInput!) {
    updateForum(id: $id, input: $input) {
      ...ForumFormFields
    }
  }
`);

export const RescheduleForumMutation = graphql(`
  mutation RescheduleForumFromForm($id: ID!, $input: RescheduleForumInput!) {
    rescheduleForum(id: $id, input: $input) {
      ...ForumFormFields
    }
  }
`);
