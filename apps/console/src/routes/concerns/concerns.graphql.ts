import { graphql } from '../../graphql/generated';

export const CommunityConcernsQuery = graphql(`
  query CommunityConcerns($filter: CommunityConcernFilterInput, $after: String, $first: Int) {
    communityConcerns(filter: $filter, after: $after, first: $first) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          topic
          description
          neighbourhood
          priority
          raisedAt
          forum {
            id
            title
            timeZone
          }
          takenUpBy {
            id
            title
          }
        }
      }
    }
  }
`);
