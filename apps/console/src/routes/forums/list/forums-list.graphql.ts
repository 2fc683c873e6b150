import { graphql } from '../../../graphql/generated';

export const ForumListRowFragment = graphql(`
  fragment ForumListRow on Forum {
    id
    title
    type
    status
    startsAt
    endsAt
    timeZone
    format
    venue {
      id
      name
    }
    capacity
    rsvpCounts {
      headcount
    }
  }
`);

export const ForumsListQuery = graphql(`
  query ForumsList($filter: ForumFilterInput, $after: String) {
    forums(filter: $filter, after: $after, first: 20) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ForumListRow
        }
      }
    }
  }
`);
