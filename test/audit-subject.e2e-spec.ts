import { StaffRole } from '@app/common';
import { TestApp, createAgency, createContact, createForum, createOrganisation, createSignedInStaff, createTestApp, createVenue, testConfig } from '@app/testing';

const SUBJECT = `query($type: String!, $id: ID!) { auditSubject(entityType: $type, entityId: $id) { entityType entityId forumId taskForceId } }`;

/** The audit log's links to subjects without a page of their own: the API says which task force or forum each belongs to. */
describe('auditSubject: where an audit entry’s subject lives', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(testConfig({ LOGIN_RATE_LIMIT: '1000' }));
  });
  afterAll(() => t.close());

  it('names the task force of a problem, objective and indicator and the forum of an invitation, only within the admin’s agency', async () => {
    const agency = await createAgency(t.dataSource);
    const admin = await createSignedInStaff(t.dataSource, t.graphql, agency.id, StaffRole.ADMIN);
    const officer = await createSignedInStaff(t.dataSource, t.graphql, agency.id, StaffRole.LIAISON_OFFICER);
    const gql = <T = Record<string, any>>(query: string, variables: Record<string, unknown>) => t.graphql.data<T>(query, variables, admin.token);

    const { createTaskForce: tf } = await gql(`mutation($input: CreateTaskForceInput!) { createTaskForce(input: $input) { id } }`, {
      input: { name: 'Ring road task force', focusIssue: 'HUMAN_TRAFFICKING', leadOfficerId: officer.user.id, startsOn: '2026-01-05' },
    });
    const { createTaskForceProblem: problem } = await gql(`mutation($tf: ID!) { createTaskForceProblem(taskForceId: $tf, input: { title: "Motels" }) { id } }`, { tf: tf.id });
    const { createTaskForceObjective: objective } = await gql(`mutation($tf: ID!, $p: ID!) { createTaskForceObjective(taskForceId: $tf, input: { problemId: $p, title: "Fewer calls" }) { id } }`, {
      tf: tf.id,
      p: problem.id,
    });
    const { addObjectiveIndicator: indicator } = await gql(`mutation($o: ID!, $input: AddIndicatorInput!) { addObjectiveIndicator(objectiveId: $o, input: $input) { id } }`, {
      o: objective.id,
      input: { metricName: 'Calls for service', unit: 'calls', direction: 'DOWN_IS_BETTER', baselineOn: '2026-01-05', baselineValue: 40, targetOn: '2026-06-30', targetValue: 20 },
    });

    const venue = await createVenue(t.dataSource, agency.id);
    const forum = await createForum(t.dataSource, agency.id, { venueId: venue.id }, [officer.user.id]);
    const organisation = await createOrganisation(t.dataSource, agency.id);
    const contact = await createContact(t.dataSource, organisation);
    const [{ id: invitationId }] = await t.dataSource.query(`INSERT INTO invitations (agency_id, forum_id, contact_id, skipped_reason) VALUES ($1, $2, $3, 'OPTED_OUT') RETURNING id`, [agency.id, forum.id, contact.id]);

    for (const [type, id] of [['Problem', problem.id], ['Objective', objective.id], ['Indicator', indicator.id]] as const) {
      expect((await gql(SUBJECT, { type, id })).auditSubject).toEqual({ entityType: type, entityId: id, forumId: null, taskForceId: tf.id });
    }
    expect((await gql(SUBJECT, { type: 'Invitation', id: invitationId })).auditSubject).toEqual({ entityType: 'Invitation', entityId: invitationId, forumId: forum.id, taskForceId: null });

    // Another agency's admin learns nothing; officers may not ask; an unknown type is refused by name.
    const stranger = await createSignedInStaff(t.dataSource, t.graphql, (await createAgency(t.dataSource)).id, StaffRole.ADMIN);
    for (const [type, id] of [['Problem', problem.id], ['Invitation', invitationId]]) {
      expect((await t.graphql.request(SUBJECT, { type, id }, { token: stranger.token })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    expect((await t.graphql.request(SUBJECT, { type: 'Problem', id: problem.id }, { token: officer.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const unknown = await t.graphql.request(SUBJECT, { type: 'Forum', id: forum.id }, { token: admin.token });
    expect(unknown.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
