import { graphql } from '../../graphql/generated';

/** Everything the home page shows, in one round trip. */
export const HomePageQuery = graphql(`
  query HomePage($now: DateTime!, $first: Int!) {
    upcoming: forums(filter: { from: $now, status: PUBLISHED }, first: $first) {
      totalCount
      edges {
        node {
          id
          title
          startsAt
          timeZone
          capacity
          venue {
            id
            name
          }
          rsvpCounts {
            attending
            headcount
            maybe
            waitlisted
          }
        }
      }
    }
    replies: rsvpRepliesNeedingReading(first: 3) {
      totalCount
      edges {
        node {
          id
          subject
          body
          fromAddress
          receivedAt
          forum {
            id
            title
            timeZone
          }
        }
      }
    }
    imports: organisationImports(filter: { status: [QUEUED, RUNNING] }, first: $first) {
      totalCount
      edges {
        node {
          id
          status
          progress
          dryRun
          totalRows
          createdAt
        }
      }
    }
    failures: failedInvitations(first: $first) {
      totalCount
      edges {
        node {
          id
          contactName
          email
          delivery {
            error
          }
          forum {
            id
            title
          }
        }
      }
    }
    awaitingReport: forums(filter: { awaitingReport: true }, first: $first) {
      totalCount
      edges {
        node {
          id
          title
          startsAt
          timeZone
        }
      }
    }
  }
`);
