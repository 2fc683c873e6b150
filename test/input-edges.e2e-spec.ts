import { StaffRole } from '@app/common';
import { TestApp, createContact, createOrganisation, createSignedInStaff, createTestApp, testConfig } from '@app/testing';
import { CREATE_FORUM, forumInput, forumWorld } from './support/forums';

type Case = { query: string; name: string; variables: Record<string, unknown> };

/**
 * Inputs the console never sends but a GraphQL caller may: null for a field that cannot be
 * empty, dates PostgreSQL cannot store, a forged cursor, a megabyte of reason. Each is refused
 * naming the field, never as an internal error, and nothing changes. Null where a field may
 * be cleared still clears it.
 */
describe('Inputs at their edges', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(testConfig());
  });
  afterAll(() => t.close());

  it('is refused, naming the field, for what an agency, a contact, an organisation, a task force or a forum cannot be without; a text that may be cleared is', async () => {
    const world = await forumWorld(t);
    const admin = await createSignedInStaff(t.dataSource, t.graphql, world.agency.id, StaffRole.ADMIN);
    const contact = await createContact(t.dataSource, world.agency.id);
    const organisation = await createOrganisation(t.dataSource, world.agency.id);
    const gql = (query: string, variables: Record<string, unknown> = {}) => t.graphql.data(query, variables, admin.token);
    const { createTaskForce: taskForce } = await gql(`mutation($input: CreateTaskForceInput!) { createTaskForce(input: $input) { id } }`, {
      input: { name: 'Ring road task force', focusIssue: 'HUMAN_TRAFFICKING', leadOfficerId: admin.user.id, startsOn: '2026-01-05' },
    });
    const { createTaskForceProblem: problem } = await gql(
      `mutation($tf: ID!) { createTaskForceProblem(taskForceId: $tf, input: { title: "Motels", statement: "Rooms rented by the hour" }) { id } }`,
      { tf: taskForce.id },
    );

    const agencySettings = `mutation($input: UpdateAgencySettingsInput!) { updateAgencySettings(input: $input) { id } }`;
    const updateOrganisation = `mutation($id: ID!, $input: UpdateOrganisationInput!) { updateOrganisation(id: $id, input: $input) { id } }`;
    const updateTaskForce = `mutation($id: ID!, $input: UpdateTaskForceInput!) { updateTaskForce(id: $id, input: $input) { id } }`;
    const cases: Case[] = [
      ...['name', 'slug', 'timeZone', 'neighbourhoods', 'enabledLanguages'].map((name) => ({ query: agencySettings, name, variables: {} })),
      { query: `mutation($id: ID!, $input: UpdateContactInput!) { updateContact(id: $id, input: $input) { id } }`, name: 'email', variables: { id: contact.id } },
      ...['type', 'focusAreas', 'neighbourhoods'].map((name) => ({ query: updateOrganisation, name, variables: { id: organisation.id } })),
      ...['name', 'focusIssue', 'startsOn', 'neighbourhoods'].map((name) => ({ query: updateTaskForce, name, variables: { id: taskForce.id } })),
      { query: `mutation($id: ID!, $input: UpdateProblemInput!) { updateTaskForceProblem(id: $id, input: $input) { id } }`, name: 'title', variables: { id: problem.id } },
    ];
    const answers = [];
    for (const { query, name, variables } of cases) {
      const error = (await t.graphql.request(query, { ...variables, input: { [name]: null } }, { token: admin.token })).errors?.[0];
      answers.push({ name, code: error?.extensions?.code, field: error?.extensions?.field });
    }
    // Creating, an optional field with no empty value: the same.
    const forum = (await t.graphql.request(CREATE_FORUM, { input: forumInput(world, { signLanguage: null }) }, { token: admin.token })).errors?.[0];
    answers.push({ name: 'signLanguage', code: forum?.extensions?.code, field: forum?.extensions?.field });
    const newOrganisation = (
      await t.graphql.request(`mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`, { input: { name: 'Harbour NGO', type: 'NGO', focusAreas: null } }, { token: admin.token })
    ).errors?.[0];
    answers.push({ name: 'focusAreas', code: newOrganisation?.extensions?.code, field: newOrganisation?.extensions?.field });

    const expected = [...cases.map(({ name }) => name), 'signLanguage', 'focusAreas'].map((name) => ({ name, code: 'BAD_USER_INPUT', field: `input.${name}` }));
    expect(answers).toEqual(expected);
    expect(await t.dataSource.query(`SELECT name, focus_issue FROM task_forces WHERE id = $1`, [taskForce.id])).toEqual([{ name: 'Ring road task force', focus_issue: 'HUMAN_TRAFFICKING' }]);

    // A problem's statement may be cleared with null.
    await gql(`mutation($id: ID!) { updateTaskForceProblem(id: $id, input: { statement: null }) { id } }`, { id: problem.id });
    expect(await t.dataSource.query(`SELECT title, statement FROM task_force_problems WHERE id = $1`, [problem.id])).toEqual([{ title: 'Motels', statement: '' }]);
  });

  it('dates outside the years 1000 to 9999, a cursor that decodes to the wrong values, an over-long reason and a blank name are refused naming the field', async () => {
    const world = await forumWorld(t);
    const admin = await createSignedInStaff(t.dataSource, t.graphql, world.agency.id, StaffRole.ADMIN);
    const forum = (await t.graphql.data(CREATE_FORUM, { input: forumInput(world) }, admin.token)).createForum;
    const wrongCursor = Buffer.from(JSON.stringify(['x', 'y'])).toString('base64url');
    const calls: [string, Record<string, unknown>, string][] = [
      [`mutation($input: CreateTaskForceInput!) { createTaskForce(input: $input) { id } }`, { input: { name: 'Year zero', focusIssue: 'GANG_VIOLENCE', leadOfficerId: admin.user.id, startsOn: '0000-01-01' } }, 'input.startsOn'],
      [`query($from: DateTime) { forums(filter: { from: $from }) { totalCount } }`, { from: '-010000-01-01T00:00:00Z' }, 'filter.from'],
      [`query($after: String) { auditLog(after: $after) { totalCount } }`, { after: wrongCursor }, 'after'],
      [`query($after: String) { forums(after: $after) { totalCount } }`, { after: wrongCursor }, 'after'],
      [`mutation($id: ID!, $reason: String!) { cancelForum(id: $id, reason: $reason) { id } }`, { id: forum.id, reason: 'x'.repeat(501) }, 'reason'],
      [`mutation { inviteStaff(input: { name: "   ", email: "blank-name@test.example", role: ANALYST }) { id } }`, {}, 'input.name'],
    ];
    const answers = [];
    for (const [query, variables] of calls) {
      const error = (await t.graphql.request(query, variables, { token: admin.token })).errors?.[0];
      answers.push({ code: error?.extensions?.code, field: error?.extensions?.field });
    }
    expect(answers).toEqual(calls.map(([, , field]) => ({ code: 'BAD_USER_INPUT', field })));
    expect(await t.dataSource.query(`SELECT status FROM forums WHERE id = $1`, [forum.id])).toEqual([{ status: 'DRAFT' }]);
  });

  it('an indicator value past ± a trillion (whose progress would overflow) and a forum offered in no language are refused naming the field; nothing is stored', async () => {
    const world = await forumWorld(t);
    const admin = await createSignedInStaff(t.dataSource, t.graphql, world.agency.id, StaffRole.ADMIN);
    const gql = (query: string, variables: Record<string, unknown> = {}) => t.graphql.data(query, variables, admin.token);
    const { createTaskForce: taskForce } = await gql(`mutation($input: CreateTaskForceInput!) { createTaskForce(input: $input) { id } }`, {
      input: { name: 'Overflow task force', focusIssue: 'GANG_VIOLENCE', leadOfficerId: admin.user.id, startsOn: '2026-01-05' },
    });
    const { createTaskForceProblem: problem } = await gql(`mutation($tf: ID!) { createTaskForceProblem(taskForceId: $tf, input: { title: "Corner" }) { id } }`, { tf: taskForce.id });
    const { createTaskForceObjective: objective } = await gql(
      `mutation($tf: ID!, $problem: ID!) { createTaskForceObjective(taskForceId: $tf, input: { problemId: $problem, title: "Fewer calls" }) { id } }`,
      { tf: taskForce.id, problem: problem.id },
    );
    const indicator = (baselineValue: number, targetValue: number) => ({
      objectiveId: objective.id,
      input: { metricName: 'Calls for service', unit: 'calls', baselineValue, baselineOn: '2026-01-01', targetValue, targetOn: '2026-06-30', direction: 'UP_IS_BETTER' },
    });
    const addIndicator = `mutation($objectiveId: ID!, $input: AddIndicatorInput!) { addObjectiveIndicator(objectiveId: $objectiveId, input: $input) { id } }`;
    const calls: [string, Record<string, unknown>, string][] = [
      [addIndicator, indicator(-1.7e308, 1.7e308), 'input.baselineValue'],
      [addIndicator, indicator(10, 1e13), 'input.targetValue'],
      [CREATE_FORUM, { input: forumInput(world, { languages: [] }) }, 'input.languages'],
    ];
    const answers = [];
    for (const [query, variables] of calls) {
      const error = (await t.graphql.request(query, variables, { token: admin.token })).errors?.[0];
      answers.push({ code: error?.extensions?.code, field: error?.extensions?.field });
    }
    expect(answers).toEqual(calls.map(([, , field]) => ({ code: 'BAD_USER_INPUT', field })));

    // Within the bounds, the extremes are stored and their progress reads as a number.
    const { addObjectiveIndicator: stored } = await gql(addIndicator, indicator(-1e12, 1e12));
    const { recordIndicatorMeasurement: measured } = await gql(
      `mutation($tf: ID!, $input: RecordMeasurementInput!) { recordIndicatorMeasurement(taskForceId: $tf, input: $input) { id } }`,
      { tf: taskForce.id, input: { indicatorId: stored.id, measuredOn: '2026-02-01', value: 1e12 } },
    );
    expect(measured.id).toBeTruthy();
    const read = await t.graphql.request(`query($id: ID!) { taskForce(id: $id) { problems { objectives { indicators { progress { progress rawProgress } } } } } }`, { id: taskForce.id }, { token: admin.token });
    expect(read.errors).toBeUndefined();
    expect(read.data!.taskForce.problems[0].objectives[0].indicators[0].progress).toEqual({ progress: 1, rawProgress: 1 });
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM forums WHERE agency_id = $1 AND languages = '{}'`, [world.agency.id])).toEqual([{ n: 0 }]);
  });
});
