import { graphql } from '../../graphql/generated';

export const SurveysListQuery = graphql(`
  query SurveysList($filter: SurveyFilterInput, $first: Int, $after: String) {
    surveys(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title {
            en
            es
          }
          status
          opensAt
          publishedAt
          closesAt
          version
          responseSummary {
            responseCount
            responseRate
            invitationsSent
          }
        }
      }
    }
  }
`);

/** Everything the builder edits, and what the survey's own screens show about it. */
export const SurveyFieldsFragment = graphql(`
  fragment SurveyFields on Survey {
    id
    slug
    status
    version
    fallbackToEnglish
    missingTranslations {
      language
      field
      message
    }
    title {
      en
      es
      translations {
        language
        text
      }
    }
    introduction {
      en
      es
      translations {
        language
        text
      }
    }
    closingMessage {
      en
      es
      translations {
        language
        text
      }
    }
    languages
    opensAt
    closesAt
    publishedAt
    closedAt
    anonymous
    resultsPublic
    publicLink
    personalInvitations
    publicUrl
    forumId
    questions {
      id
      key
      type
      position
      required
      allowOther
      minValue
      maxValue
      prompt {
        en
        es
        translations {
          language
          text
        }
      }
      helpText {
        en
        es
        translations {
          language
          text
        }
      }
      lowLabel {
        en
        es
        translations {
          language
          text
        }
      }
      highLabel {
        en
        es
        translations {
          language
          text
        }
      }
      options {
        id
        key
        label {
          en
          es
          translations {
            language
            text
          }
        }
      }
      condition {
        questionId
        operator
        value
      }
    }
    responseSummary {
      responseCount
      responseRate
      invitationsSent
    }
  }
`);

export const SurveyQuery = graphql(`
  query Survey($id: ID!) {
    survey(id: $id) {
      ...SurveyFields
    }
  }
`);

/** The builder's first paint: the survey (when editing), and the agency's neighbourhoods (fresh: an admin may have changed them); the follow-up forum is searched as the officer types. */
export const SurveyBuilderQuery = graphql(`
  query SurveyBuilder($id: ID!, $editing: Boolean!) {
    survey(id: $id) @include(if: $editing) {
      ...SurveyFields
    }
    agency {
      id
      neighbourhoods
    }
  }
`);

export const CreateSurveyMutation = graphql(`
  mutation CreateSurvey($input: SurveyInput!) {
    createSurvey(input: $input) {
      ...SurveyFields
    }
  }
`);

export const UpdateSurveyMutation = graphql(`
  mutation UpdateSurvey($id: ID!, $input: SurveyInput!) {
    updateSurvey(id: $id, input: $input) {
      ...SurveyFields
    }
  }
`);

export const PublishSurveyMutation = graphql(`
  mutation PublishSurvey($id: ID!, $allowFallbackToEnglish: Boolean) {
    publishSurvey(id: $id, allowFallbackToEnglish: $allowFallbackToEnglish) {
      ...SurveyFields
    }
  }
`);

export const CloseSurveyMutation = graphql(`
  mutation CloseSurvey($id: ID!) {
    closeSurvey(id: $id) {
      ...SurveyFields
    }
  }
`);

export const CopySurveyMutation = graphql(`
  mutation CopySurvey($id: ID!) {
    copySurvey(id: $id) {
      id
    }
  }
`);

export const SurveyStaffLinksMutation = graphql(`
  mutation SurveyStaffLinks($surveyId: ID!) {
    createSurveyStaffLinks(surveyId: $surveyId) {
      previewPage
      responsesCsv
      resultsCsv
      expiresAt
    }
  }
`);

export const SurveyInvitationPreviewQuery = graphql(`
  query SurveyInvitationPreview($surveyId: ID!, $contactIds: [ID!]!, $organisationIds: [ID!], $audience: InviteAudienceInput) {
    surveyInvitationPreview(surveyId: $surveyId, contactIds: $contactIds, organisationIds: $organisationIds, audience: $audience) {
      invited
      alreadyInvited
      skippedOptedOut
      skippedUndeliverable
    }
  }
`);

export const SendSurveyInvitationsMutation = graphql(`
  mutation SendSurveyInvitations($surveyId: ID!, $contactIds: [ID!]!, $organisationIds: [ID!], $audience: InviteAudienceInput) {
    sendSurveyInvitations(surveyId: $surveyId, contactIds: $contactIds, organisationIds: $organisationIds, audience: $audience) {
      invited
      alreadyInvited
      skippedOptedOut
      skippedUndeliverable
    }
  }
`);

export const SurveyInvitationDeliveryQuery = graphql(`
  query SurveyInvitationDelivery($id: ID!) {
    survey(id: $id) {
      id
      invitationDelivery {
        queued
        sent
        failed
      }
    }
  }
`);

export const SurveyResultsQuery = graphql(`
  query SurveyResults($id: ID!, $language: String) {
    survey(id: $id) {
      ...SurveyFields
    }
    surveyResults(surveyId: $id, language: $language) {
      surveyId
      computedAt
      responseCount
      responseRate
      invitationsSent
      invitationsAnswered
      weekly {
        week
        count
        suppressed
        suppression
      }
      byNeighbourhood {
        group
        count
        suppressed
        suppression
      }
      questions {
        questionId
        key
        type
        position
        prompt {
          en
          es
        }
        answered
        suppressed
        suppression
        mean
        median
        min
        max
        nps
        counts {
          key
          count
          percent
          suppressed
          suppression
          label {
            en
            es
          }
        }
        weekly {
          week
          count
          mean
          suppressed
          suppression
        }
        byNeighbourhood {
          group
          count
          mean
          suppressed
          suppression
        }
        terms {
          term
          count
        }
      }
    }
  }
`);

export const SurveyTextAnswersQuery = graphql(`
  query SurveyTextAnswers($surveyId: ID!, $questionId: ID!, $offset: Int) {
    surveyTextAnswers(surveyId: $surveyId, questionId: $questionId, first: 50, offset: $offset) {
      submittedOn
      text
    }
  }
`);
