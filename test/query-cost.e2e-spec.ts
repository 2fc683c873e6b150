import { StaffRole } from '@app/common';
import { TestApp, createAgency, createForum, createSignedInStaff, createTestApp, testConfig } from '@app/testing';

/** The first paint of the staff console's home screen: what a real screen asks for at once. */
const dashboard = (upcoming = '20') => `query Dashboard($from: DateTime!, $now: DateTime!, $nextForumId: ID!${upcoming.startsWith('$') ? `, ${upcoming}: Int` : ''}) {
  me { id name role }
  agency { id name timeZone neighbourhoods }
  upcoming: forums(first: ${upcoming}, filter: { from: $from, status: PUBLISHED }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      cursor
      node {
        id title type status startsAt startsAtLocal endsAtLocal rsvpDeadlineLocal timeZone format visibility capacity neighbourhood
        languages signLanguage
        venue { id name address capacity accessibilityFeatures }
        hosts { id name email }
        rsvpCounts { invited attending maybe declined noReply waitlisted headcount }
      }
    }
  }
  imports: organisationImports(first: 5) {
    edges { node { id status progress dryRun totalRows created updated unchanged errorCount createdAt finishedAt } }
  }
  replies: rsvpRepliesNeedingReading(first: 20) {
    totalCount
    edges { node { id forumId fromAddress subject body receivedAt interpretedAnswer } }
  }
  deliveries: invitationSummary(forumId: $nextForumId) {
    forumId failed
    failures { invitationId contactName email reason }
  }
  awaitingReport: forums(first: 20, filter: { to: $now, status: PUBLISHED }) {
    totalCount
    edges { node { id title startsAt startsAtLocal endsAtLocal venue { name } hosts { name } } }
  }
}`;

/** Lists inside lists, each a full page: what the cost limit exists for. */
const NESTED = (first: string) => `query${first === '$n' ? '($n: Int)' : ''} {
  forums(first: ${first}) { edges { node { id title
    series { occurrences(first: ${first}) { edges { node { id title hosts { id name } venue { id name } } } } }
  } } }
}`;

describe('The query cost limit', () => {
  let t: TestApp;
  let token: string;
  let forumId: string;

  beforeAll(async () => {
    t = await createTestApp(testConfig());
    const agency = await createAgency(t.dataSource);
    token = (await createSignedInStaff(t.dataSource, t.graphql, agency.id, StaffRole.ADMIN)).token;
    forumId = (await createForum(t.dataSource, agency.id)).id;
  });
  afterAll(() => t.close());

  const now = () => new Date().toISOString();

  it('accepts a dashboard: a few connections, each a screen-sized page with its nested fields', async () => {
    const res = await t.graphql.request(dashboard(), { from: now(), now: now(), nextForumId: forumId }, { token });
    expect(res.errors).toBeUndefined();
    expect(res.data!.upcoming.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([forumId]);
  });

  it('accepts unpaged lists (their length is the data\'s) nested as a task force screen reads them', async () => {
    const read = `{ taskForces(first: 20) { edges { node { id name problems { id title objectives { id title
      indicators { id metricName measurements { measuredOn value sourceNote } progress { latestValue progress rawProgress status explanation } } } } } } } }`;
    const res = await t.graphql.request(read, {}, { token });
    expect(res.errors).toBeUndefined();
  });

  function expectRefused(res: Awaited<ReturnType<typeof t.graphql.request>>) {
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect(res.errors?.[0].message).toMatch(/Query cost limit of 5000 exceeded, found \d+/);
    expect(res.data ?? null).toBeNull();
  }

  it('refuses lists nested in lists with full pages, whether the page size is written in or passed as a variable', async () => {
    expectRefused(await t.graphql.request(NESTED('100'), {}, { token }));
    expectRefused(await t.graphql.request(NESTED('$n'), { n: 100 }, { token }));
    // The same screen asked for with a large page size in its variables.
    expectRefused(await t.graphql.request(dashboard('$upcoming'), { from: now(), now: now(), nextForumId: forumId, upcoming: 1000 }, { token }));
  });

  it('refuses a flood of aliases each asking for a full page', async () => {
    const page = `forums(first: 100) { edges { node { id title startsAtLocal venue { name } hosts { name } } } }`;
    const flood = `{ ${Array.from({ length: 12 }, (_, i) => `f${i}: ${page}`).join(' ')} }`;
    expectRefused(await t.graphql.request(flood, {}, { token }));
  });

  it('keeps the depth limit', async () => {
    const deep = `{ forums(first: 1) { edges { node { series { occurrences(first: 1) { edges { node { series { occurrences(first: 1) { edges { node { id } } } } } } } } } } } }`;
    const res = await t.graphql.request(deep, {}, { token });
    expect(res.status).toBe(400);
    expect(res.errors?.[0].message).toMatch(/Query depth limit of 10 exceeded/);
  });
});
