import { graphql } from '../../../graphql/generated';

export const ForumsCalendarQuery = graphql(`
  query ForumsCalendar($filter: ForumFilterInput) {
    forums(filter: $filter, first: 100) {
      totalCount
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          title
          status
          startsAt
        }
      }
    }
  }
`);
