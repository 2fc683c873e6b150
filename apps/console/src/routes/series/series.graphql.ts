import { graphql } from '../../graphql/generated';

export const SeriesListQuery = graphql(`
  query SeriesList($first: Int!, $after: String, $filter: ForumSeriesFilterInput) {
    forumSeriesList(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          recurrenceRule
          timeZone
          startDate
          startTime
          endReason
          template {
            title
            type
          }
        }
      }
    }
  }
`);

export const SeriesPreviewQuery = graphql(`
  query SeriesPreview($input: ForumSeriesPreviewInput!) {
    forumSeriesPreview(input: $input) {
      recurrenceRule
      timeZone
      hasMore
      occurrences {
        date
        startsAt
        startsAtLocal
        outcome
        reason {
          code
          conflictingForumId
          conflictingForumTitle
        }
      }
    }
  }
`);

export const CreateSeriesMutation = graphql(`
  mutation CreateSeries($input: CreateForumSeriesInput!) {
    createForumSeries(input: $input) {
      id
    }
  }
`);

export const SeriesOccurrenceFields = graphql(`
  fragment SeriesOccurrenceFields on Forum {
    id
    title
    status
    startsAt
    endsAt
    startsAtLocal
    endsAtLocal
    timeZone
    cancelReason
    seriesDetached
    seriesOccurrenceKey
  }
`);

export const SeriesDetailQuery = graphql(`
  query SeriesDetail($id: ID!) {
    forumSeries(id: $id) {
      id
      status
      recurrenceRule
      timeZone
      startDate
      startTime
      durationMinutes
      publishOccurrences
      venueId
      endReason
      endedAt
      previousSeriesId
      template {
        title
        type
        format
        description
        onlineUrl
        accessibilityNotes
        agenda {
          title
          notes
        }
        translations {
          ...ForumTranslationFields
        }
      }
      missingTranslations {
        language
        field
      }
      skippedOccurrences {
        date
        reason {
          code
          conflictingForumId
          conflictingForumTitle
        }
      }
      occurrences(first: 100) {
        totalCount
        edges {
          node {
            ...SeriesOccurrenceFields
          }
        }
      }
    }
  }
`);

export const UpdateSeriesMutation = graphql(`
  mutation UpdateSeries($id: ID!, $input: UpdateForumSeriesInput!) {
    updateForumSeries(id: $id, input: $input) {
      id
    }
  }
`);

export const UpdateSeriesFromMutation = graphql(`
  mutation UpdateSeriesFrom($forumId: ID!, $input: UpdateSeriesFromInput!) {
    updateSeriesFrom(forumId: $forumId, input: $input) {
      id
    }
  }
`);

export const EndSeriesMutation = graphql(`
  mutation EndSeries($id: ID!, $reason: String!, $lastDate: String) {
    endForumSeries(id: $id, reason: $reason, lastDate: $lastDate) {
      id
      status
    }
  }
`);

export const CancelOccurrenceMutation = graphql(`
  mutation CancelSeriesOccurrence($id: ID!, $reason: String!) {
    cancelForum(id: $id, reason: $reason) {
      ...SeriesOccurrenceFields
    }
  }
`);

export const MoveOccurrenceMutation = graphql(`
  mutation MoveSeriesOccurrence($id: ID!, $input: RescheduleForumInput!) {
    rescheduleForum(id: $id, input: $input) {
      ...SeriesOccurrenceFields
    }
  }
`);
