import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getNamedType, isObjectType } from 'graphql';
import { randomBytes } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { StaffRole } from '@app/common';
import { TestApp, createAgency, createSignedInOperator, createSignedInStaff, createTestApp, testConfig } from '@app/testing';

/** Rows per list, and the page size that walks them (several pages, the last one partial). */
const ROWS = 23;
const PAGE = 5;
/** One instant for every row, with microseconds a JavaScript Date cannot keep. */
const AT = '2026-03-01T12:00:00.123456Z';

/** Every connection field of the schema, as `Type.field`. */
const WALKED = [
  'Query.auditLog',
  'Query.communityConcerns',
  'Query.failedInvitations',
  'Query.forumInvitations',
  'Query.forumSeriesList',
  'Query.forums',
  'Query.organisationImports',
  'Query.organisations',
  'Query.platformAgencies',
  'Query.rsvpRepliesNeedingReading',
  'Query.staffUsers',
  'Query.surveys',
  'Query.taskForces',
  'Query.venues',
  'ForumSeries.occurrences',
] as const;

interface Walk {
  /** The operation; `$first` and `$after` are the page arguments of the connection. */
  query: string;
  variables: Record<string, unknown>;
  /** From `data` to the connection. */
  path: string[];
  /** Ids the list must show (it may show others, e.g. the signed-in admin among staff). */
  expected: string[];
  /** Who asks: the agency's admin, or a platform operator (for the lists only operators may read). */
  as?: 'operator';
}

interface Page {
  edges: { node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

const PAGE_FIELDS = `edges { cursor node { id } } pageInfo { hasNextPage endCursor } totalCount`;
const top = (field: string, args = '', vars = ''): string =>
  `query($first: Int, $after: String${vars}) { ${field}(first: $first, after: $after${args}) { ${PAGE_FIELDS} } }`;

/**
 * Every connection in the schema, walked page by page to its end over rows written in one
 * transaction, so they share their sort timestamp to the microsecond: each row must be seen
 * exactly once. A connection added to the schema fails the first test until it is walked here.
 */
describe('Walking every connection to its end', () => {
  let t: TestApp;
  let token: string;
  let operatorToken: string;
  let walks: Record<(typeof WALKED)[number], Walk>;

  beforeAll(async () => {
    t = await createTestApp(testConfig());
    const agency = await createAgency(t.dataSource);
    const admin = await createSignedInStaff(t.dataSource, t.graphql, agency.id, StaffRole.ADMIN);
    token = admin.token;
    operatorToken = (await createSignedInOperator(t.dataSource, t.graphql)).token;
    walks = await t.dataSource.transaction((manager) => rowsForEveryList(manager, agency.id, admin.user.id));
  });
  afterAll(() => t.close());

  it('covers every connection field of the schema', () => {
    const { schema } = t.app.get(GraphQLSchemaHost);
    const connections = Object.values(schema.getTypeMap())
      .filter((type) => isObjectType(type) && !type.name.startsWith('__'))
      .flatMap((type) =>
        Object.values((type as { getFields(): Record<string, { name: string; type: Parameters<typeof getNamedType>[0] }> }).getFields())
          .filter((field) => getNamedType(field.type)!.name.endsWith('Connection'))
          .map((field) => `${type.name}.${field.name}`),
      );
    expect(connections.sort()).toEqual([...WALKED].sort());
  });

  it.each(WALKED)('%s shows each row exactly once', async (key) => {
    const walk = walks[key];
    const seen: string[] = [];
    let after: string | null = null;
    let totalCount = 0;
    for (let pages = 0; ; pages++) {
      // A list that never ends is a failure, not a hang. (The agencies list also holds other tests' agencies.)
      expect(pages).toBeLessThan(Math.ceil(Math.max(ROWS, totalCount) / PAGE) * 2);
      const data: Record<string, unknown> = await t.graphql.data(walk.query, { ...walk.variables, first: PAGE, after }, walk.as === 'operator' ? operatorToken : token);
      const connection = walk.path.reduce((at, step) => (at as Record<string, unknown>)[step], data as unknown) as Page;
      seen.push(...connection.edges.map((e) => e.node.id));
      totalCount = connection.totalCount;
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(totalCount);
    expect(seen).toEqual(expect.arrayContaining(walk.expected));
  });
});

/** ROWS rows behind each connection, all in the caller's transaction and all stamped AT. */
async function rowsForEveryList(m: EntityManager, agencyId: string, staffId: string): Promise<Record<(typeof WALKED)[number], Walk>> {
  const tag = randomBytes(4).toString('hex');
  // $1 the agency, $2 the instant, $3 the number of rows, then each statement's own.
  const ids = async (sql: string, params: unknown[] = []): Promise<string[]> =>
    (await m.query(sql, [agencyId, AT, ROWS, ...params])).map((r: { id: string | number }) => String(r.id));
  const each = `FROM generate_series(1, $3) AS n`;

  const staff = await ids(`INSERT INTO staff_users (agency_id, name, email, role, status, created_at)
    SELECT $1, 'Walker ' || n, 'walk-' || $4 || '-' || n || '@test.example', 'ANALYST', 'DEACTIVATED', $2 ${each} RETURNING id`, [tag]);
  const audit = await ids(`INSERT INTO audit_log (agency_id, actor_type, actor_label, action, entity_type, summary, created_at)
    SELECT $1, 'SYSTEM', 'walk', 'walk.row', 'Agency', 'Row ' || n, $2 ${each} RETURNING id`);
  const organisations = await ids(`INSERT INTO organisations (agency_id, name, type, created_at) SELECT $1, 'Partner ' || n, 'NGO', $2 ${each} RETURNING id`);
  const venues = await ids(`INSERT INTO venues (agency_id, name, address, created_at) SELECT $1, 'Hall ' || n, n || ' Main St', $2 ${each} RETURNING id`);
  const forum = `INSERT INTO forums (agency_id, title, type, starts_at, ends_at, time_zone, format, online_url, created_at`;
  const forums = await ids(`${forum}) SELECT $1, 'Forum ' || n, 'TOWN_HALL', $2, $2::timestamptz + interval '1 hour', 'America/Chicago', 'ONLINE', 'https://meet.example/' || n, $2 ${each} RETURNING id`);
  const series = await ids(`INSERT INTO forum_series (agency_id, recurrence_rule, time_zone, start_date, start_time, duration_minutes, template, created_at)
    SELECT $1, 'FREQ=WEEKLY', 'America/Chicago', '2026-03-01', '18:00', 60, '{"title": "Advisory board"}', $2 ${each} RETURNING id`);
  // Occurrences of one series, all (oddly, but possibly after moves) at the same instant.
  const occurrences = await ids(`${forum}, series_id, series_occurrence_key)
    SELECT $1, 'Board ' || n, 'ADVISORY_BOARD', $2, $2::timestamptz + interval '1 hour', 'America/Chicago', 'ONLINE', 'https://meet.example/b' || n, $2, $4, DATE '2026-03-01' + n ${each} RETURNING id`, [series[0]]);
  const surveys = await ids(`INSERT INTO surveys (agency_id, family_id, slug, title, created_at)
    SELECT $1, gen_random_uuid(), 'walk-' || $4 || '-' || n, '{"en": "Survey"}', $2 ${each} RETURNING id`, [tag]);
  const taskForces = await ids(`INSERT INTO task_forces (agency_id, name, focus_issue, lead_officer_id, starts_on, created_at)
    SELECT $1, 'Task force ' || n, 'HATE_CRIME', $4, '2026-01-05', $2 ${each} RETURNING id`, [staffId]);
  const imports = await ids(`INSERT INTO organisation_imports (agency_id, created_by, dry_run, byte_size, created_at) SELECT $1, $4, true, 0, $2 ${each} RETURNING id`, [staffId]);
  const concerns = await ids(`INSERT INTO community_concerns (agency_id, forum_id, topic, description, priority, raised_at, created_at)
    SELECT $1, $4, 'parking', 'Concern ' || n, 'LOW', $2, $2 ${each} RETURNING id`, [forums[0]]);
  const invitations = await ids(`WITH people AS (
      INSERT INTO contacts (agency_id, name, email) SELECT $1, 'Guest ' || n, 'guest-' || $4 || '-' || n || '@partner.example' ${each} RETURNING id, email)
    INSERT INTO invitations (agency_id, forum_id, contact_id, token_hash, token_sealed, created_at)
    SELECT $1, $5, id, 'walk-' || email, 'sealed', $2 FROM people RETURNING id`, [tag, forums[0]]);
  // Invitations to another forum whose emails the mail server refused, all made at AT.
  const failed = await ids(`WITH people AS (
      INSERT INTO contacts (agency_id, name, email) SELECT $1, 'Bounced ' || n, 'bounce-' || $4 || '-' || n || '@partner.example' ${each} RETURNING id, email),
    mails AS (
      INSERT INTO outbound_emails (agency_id, kind, to_address, from_address, subject, html_body, text_body, message_id, status, last_error)
      SELECT $1, 'invitation', email, 'liaison@example.test', 'Invitation', 'x', 'x', '<' || email || '>', 'FAILED', '550 no such mailbox' FROM people RETURNING id, to_address)
    INSERT INTO invitations (agency_id, forum_id, contact_id, email_id, token_hash, token_sealed, created_at)
    SELECT $1, $5, p.id, mails.id, 'walk-' || p.email, 'sealed', $2 FROM people p JOIN mails ON mails.to_address = p.email RETURNING id`, [tag, forums[1]]);
  // Agencies sharing one name (the platform operator's list is alphabetical), so only the id orders them.
  const agencies = (
    await m.query(`INSERT INTO agencies (name, slug, created_at) SELECT 'Walk agency ' || $1, 'walk-' || $1 || '-' || n, $2 FROM generate_series(1, $3) AS n RETURNING id`, [tag, AT, ROWS])
  ).map((r: { id: string }) => r.id);
  const replies = await ids(`INSERT INTO rsvp_replies (agency_id, forum_id, invitation_id, from_address, status, received_at)
    SELECT $1, $4, u.id, 'guest@partner.example', 'NEEDS_READING', $2 FROM unnest($5::uuid[]) WITH ORDINALITY AS u(id, n) WHERE n <= $3 RETURNING id`, [forums[0], invitations]);

  return {
    'Query.auditLog': { query: top('auditLog'), variables: {}, path: ['auditLog'], expected: audit },
    'Query.communityConcerns': { query: top('communityConcerns'), variables: {}, path: ['communityConcerns'], expected: concerns },
    'Query.failedInvitations': { query: top('failedInvitations'), variables: {}, path: ['failedInvitations'], expected: failed },
    'Query.forumInvitations': {
      query: top('forumInvitations', ', forumId: $forumId', ', $forumId: ID!'),
      variables: { forumId: forums[0] },
      path: ['forumInvitations'],
      expected: invitations,
    },
    'Query.forumSeriesList': { query: top('forumSeriesList'), variables: {}, path: ['forumSeriesList'], expected: series },
    'Query.forums': { query: top('forums'), variables: {}, path: ['forums'], expected: [...forums, ...occurrences] },
    'Query.organisationImports': { query: top('organisationImports'), variables: {}, path: ['organisationImports'], expected: imports },
    'Query.organisations': { query: top('organisations'), variables: {}, path: ['organisations'], expected: organisations },
    'Query.platformAgencies': { query: top('platformAgencies'), variables: {}, path: ['platformAgencies'], expected: agencies, as: 'operator' },
    'Query.rsvpRepliesNeedingReading': { query: top('rsvpRepliesNeedingReading'), variables: {}, path: ['rsvpRepliesNeedingReading'], expected: replies },
    'Query.staffUsers': { query: top('staffUsers'), variables: {}, path: ['staffUsers'], expected: staff },
    'Query.surveys': { query: top('surveys'), variables: {}, path: ['surveys'], expected: surveys },
    'Query.taskForces': { query: top('taskForces'), variables: {}, path: ['taskForces'], expected: taskForces },
    'Query.venues': { query: top('venues'), variables: {}, path: ['venues'], expected: venues },
    'ForumSeries.occurrences': {
      query: `query($id: ID!, $first: Int, $after: String) { forumSeries(id: $id) { occurrences(first: $first, after: $after) { ${PAGE_FIELDS} } } }`,
      variables: { id: series[0] },
      path: ['forumSeries', 'occurrences'],
      expected: occurrences,
    },
  };
}
