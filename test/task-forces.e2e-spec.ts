import { StaffRole } from '@app/common';
import { ForumType } from '@app/forums';
import {
  TestApp,
  createAgency,
  createForum,
  createContact,
  createOrganisation,
  createSignedInStaff,
  createStaff,
  createTestApp,
  testConfig,
} from '@app/testing';

const CREATE = `mutation($input: CreateTaskForceInput!) { createTaskForce(input: $input) { id name status focusIssue focusIssueOther neighbourhoods startsOn leadOfficer { id } } }`;
const STATUS = `mutation($id: ID!, $status: TaskForceStatus!) { changeTaskForceStatus(id: $id, status: $status) { status } }`;
const JOIN = `mutation($tf: ID!, $input: AddTaskForceOrganisationInput!) { addTaskForceOrganisation(taskForceId: $tf, input: $input) { id joinedOn leftOn role } }`;
const LEAVE = `mutation($tf: ID!, $org: ID!, $leftOn: String) { removeTaskForceOrganisation(taskForceId: $tf, organisationId: $org, leftOn: $leftOn) { id joinedOn leftOn } }`;
const MEMBERS = `query($id: ID!, $asOf: String) { taskForce(id: $id) { members(asOf: $asOf) { organisation { id name } role joinedOn leftOn contacts { id } } } }`;
const PROBLEM = `mutation($tf: ID!) { createTaskForceProblem(taskForceId: $tf, input: { title: "Trafficking through motels", statement: "Victims moved through motels on Route 9" }) { id stage } }`;
const MOVE = `mutation($id: ID!, $stage: SaraStage!) { moveProblemStage(id: $id, stage: $stage) { stage } }`;
const OBJECTIVE = `mutation($tf: ID!, $problemId: ID!) { createTaskForceObjective(taskForceId: $tf, input: { problemId: $problemId, title: "Fewer victims unidentified" }) { id } }`;
const INDICATOR = `mutation($id: ID!, $input: AddIndicatorInput!) { addObjectiveIndicator(objectiveId: $id, input: $input) { id } }`;
const MEASURE = `mutation($tf: ID!, $input: RecordMeasurementInput!) { recordIndicatorMeasurement(taskForceId: $tf, input: $input) { id value } }`;
const ITEM = `mutation($tf: ID!, $input: CreateActionItemInput!) { createActionItem(taskForceId: $tf, input: $input) { id status dueOn ownerStaff { id } ownerContact { id } } }`;
const COMPLETE_FORUM = `mutation($id: ID!, $input: CompleteForumInput!) { completeForum(id: $id, input: $input) { id status } }`;

describe('Task forces over GraphQL', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(testConfig());
  });
  afterAll(() => t.close());

  async function setup() {
    const agency = await createAgency(t.dataSource, { neighbourhoods: ['Old Town', 'Northgate', 'Eastbrook'] });
    const officer = await createSignedInStaff(t.dataSource, t.graphql, agency.id, StaffRole.LIAISON_OFFICER);
    const tf = (
      await t.graphql.data(
        CREATE,
        { input: { name: `Human Trafficking JTF ${Math.random()}`, focusIssue: 'HUMAN_TRAFFICKING', leadOfficerId: officer.user.id, startsOn: '2026-01-05', neighbourhoods: ['old town'] } },
        officer.token,
      )
    ).createTaskForce;
    return { agency, officer, tf };
  }

  const count = async (table: string, where: string, params: unknown[]) =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params))[0].n as number;

  it('creates a task force in FORMING with the agency spelling of its neighbourhoods, and audits it', async () => {
    const { officer, tf } = await setup();
    expect(tf).toMatchObject({ status: 'FORMING', focusIssue: 'HUMAN_TRAFFICKING', neighbourhoods: ['Old Town'], startsOn: '2026-01-05', leadOfficer: { id: officer.user.id } });
    expect(await count('audit_log', `entity_id = $1 AND action = 'taskForce.create'`, [tf.id])).toBe(1);
  });

  it('refuses OTHER without text, an unknown neighbourhood and an end before the start, naming the field', async () => {
    const { officer } = await setup();
    const base = { name: 'Bad one', leadOfficerId: officer.user.id, startsOn: '2026-01-05' };
    const other = await t.graphql.request(CREATE, { input: { ...base, focusIssue: 'OTHER' } }, { token: officer.token });
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.focusIssueOther' });
    const place = await t.graphql.request(CREATE, { input: { ...base, focusIssue: 'HATE_CRIME', neighbourhoods: ['Atlantis'] } }, { token: officer.token });
    expect(place.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.neighbourhoods.0' });
    const ends = await t.graphql.request(CREATE, { input: { ...base, focusIssue: 'HATE_CRIME', endsOn: '2025-12-31' } }, { token: officer.token });
    expect(ends.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.endsOn' });
    const date = await t.graphql.request(CREATE, { input: { ...base, focusIssue: 'HATE_CRIME', startsOn: '2026-02-30' } }, { token: officer.token });
    expect(date.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const other2 = await t.graphql.request(CREATE, { input: { ...base, focusIssue: 'OTHER', focusIssueOther: 'Catalytic converter theft' } }, { token: officer.token });
    expect(other2.data?.createTaskForce).toMatchObject({ focusIssue: 'OTHER', focusIssueOther: 'Catalytic converter theft' });
  });

  it('allows only valid status transitions; others are a CONFLICT naming the current status', async () => {
    const { officer, tf } = await setup();
    const paused = await t.graphql.request(STATUS, { id: tf.id, status: 'PAUSED' }, { token: officer.token });
    expect(paused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'TASK_FORCE_INVALID_TRANSITION', currentStatus: 'FORMING' });
    expect(paused.errors?.[0].message).toContain('FORMING');
    for (const status of ['ACTIVE', 'PAUSED', 'ACTIVE', 'CLOSED']) {
      expect((await t.graphql.data(STATUS, { id: tf.id, status }, officer.token)).changeTaskForceStatus.status).toBe(status);
    }
    const reopen = await t.graphql.request(STATUS, { id: tf.id, status: 'ACTIVE' }, { token: officer.token });
    expect(reopen.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentStatus: 'CLOSED' });
    const problem = await t.graphql.request(PROBLEM, { tf: tf.id }, { token: officer.token });
    expect(problem.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'TASK_FORCE_CLOSED' });
  });

  it('keeps membership history: leaving sets leftOn, rejoining opens a new period, and members asOf a date tells the truth', async () => {
    const { agency, officer, tf } = await setup();
    const org = await createOrganisation(t.dataSource, agency.id, { name: `Safe Harbor ${Math.random()}` });
    const contact = await createContact(t.dataSource, org);
    const stranger = await createContact(t.dataSource, org, { organisationId: null });
    const wrongContact = await t.graphql.request(JOIN, { tf: tf.id, input: { organisationId: org.id, role: 'MEMBER', contactIds: [stranger.id], joinedOn: '2026-01-10' } }, { token: officer.token });
    expect(wrongContact.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.contactIds.0' });
    expect(await count('task_force_organisations', 'task_force_id = $1', [tf.id])).toBe(0);

    await t.graphql.data(JOIN, { tf: tf.id, input: { organisationId: org.id, role: 'LEAD_PARTNER', contactIds: [contact.id], joinedOn: '2026-01-10' } }, officer.token);
    const twice = await t.graphql.request(JOIN, { tf: tf.id, input: { organisationId: org.id, role: 'MEMBER', joinedOn: '2026-02-01' } }, { token: officer.token });
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'TASK_FORCE_ALREADY_MEMBER' });
    const early = await t.graphql.request(LEAVE, { tf: tf.id, org: org.id, leftOn: '2026-01-01' }, { token: officer.token });
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'leftOn' });
    expect((await t.graphql.data(LEAVE, { tf: tf.id, org: org.id, leftOn: '2026-03-01' }, officer.token)).removeTaskForceOrganisation).toMatchObject({ joinedOn: '2026-01-10', leftOn: '2026-03-01' });
    const overlapping = await t.graphql.request(JOIN, { tf: tf.id, input: { organisationId: org.id, role: 'MEMBER', joinedOn: '2026-02-15' } }, { token: officer.token });
    expect(overlapping.errors?.[0].extensions?.code).toBe('CONFLICT');
    await t.graphql.data(JOIN, { tf: tf.id, input: { organisationId: org.id, role: 'ADVISOR', contactIds: [contact.id], joinedOn: '2026-04-01' } }, officer.token);

    const asOf = async (date?: string) => (await t.graphql.data(MEMBERS, { id: tf.id, asOf: date }, officer.token)).taskForce.members;
    expect(await asOf('2026-01-09')).toEqual([]);
    expect(await asOf('2026-02-01')).toEqual([{ organisation: { id: org.id, name: org.name }, role: 'LEAD_PARTNER', joinedOn: '2026-01-10', leftOn: '2026-03-01', contacts: [{ id: contact.id }] }]);
    expect(await asOf('2026-03-15')).toEqual([]);
    expect((await asOf('2026-04-02')).map((m: { role: string }) => m.role)).toEqual(['ADVISOR']);
    // The same contact, designated in both periods, shows in each.
    expect((await asOf()).map((m: { role: string; leftOn: string | null; contacts: { id: string }[] }) => [m.role, m.leftOn, m.contacts])).toEqual([
      ['LEAD_PARTNER', '2026-03-01', [{ id: contact.id }]],
      ['ADVISOR', null, [{ id: contact.id }]],
    ]);
    expect(await count('audit_log', `entity_id = $1 AND action LIKE 'taskForce.member.%'`, [tf.id])).toBe(3);
    const badDate = await t.graphql.request(MEMBERS, { id: tf.id, asOf: '2026-13-01' }, { token: officer.token });
    expect(badDate.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lists the contacts to invite: designated contacts of current members, not opted out, not of organisations that left', async () => {
    const { agency, officer, tf } = await setup();
    const [a, b] = [await createOrganisation(t.dataSource, agency.id), await createOrganisation(t.dataSource, agency.id)];
    const keen = await createContact(t.dataSource, a, { name: 'Alma Keen' });
    const optedOut = await createContact(t.dataSource, a, { name: 'Bo Quiet', optedOutAt: new Date() });
    const departed = await createContact(t.dataSource, b, { name: 'Cy Gone' });
    await t.graphql.data(JOIN, { tf: tf.id, input: { organisationId: a.id, role: 'MEMBER', contactIds: [keen.id, optedOut.id], joinedOn: '2026-01-10' } }, officer.token);
    await t.graphql.data(JOIN, { tf: tf.id, input: { organisationId: b.id, role: 'MEMBER', contactIds: [departed.id], joinedOn: '2026-01-10' } }, officer.token);
    await t.graphql.data(LEAVE, { tf: tf.id, org: b.id, leftOn: '2026-02-01' }, officer.token);
    const res = await t.graphql.data(`query($id: ID!) { taskForceContactsToInvite(taskForceId: $id) { id name } }`, { id: tf.id }, officer.token);
    expect(res.taskForceContactsToInvite).toEqual([{ id: keen.id, name: 'Alma Keen' }]);
  });

  it('moves a problem through the SARA stages one at a time, keeps who moved it and when, and allows a new cycle after assessment', async () => {
    const { officer, tf } = await setup();
    const problem = (await t.graphql.data(PROBLEM, { tf: tf.id }, officer.token)).createTaskForceProblem;
    expect(problem.stage).toBe('SCANNING');
    const skip = await t.graphql.request(MOVE, { id: problem.id, stage: 'RESPONSE' }, { token: officer.token });
    expect(skip.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'TASK_FORCE_INVALID_STAGE_TRANSITION', currentStage: 'SCANNING' });
    for (const stage of ['ANALYSIS', 'RESPONSE', 'ASSESSMENT', 'ANALYSIS']) {
      expect((await t.graphql.data(MOVE, { id: problem.id, stage }, officer.token)).moveProblemStage.stage).toBe(stage);
    }
    const history = await t.graphql.data(
      `query($id: ID!) { taskForce(id: $id) { problems { stage stageHistory { fromStage toStage changedBy changedAt } } } }`,
      { id: tf.id },
      officer.token,
    );
    const [p] = history.taskForce.problems;
    expect(p.stage).toBe('ANALYSIS');
    expect(p.stageHistory.map((h: { fromStage: string | null; toStage: string }) => `${h.fromStage}>${h.toStage}`)).toEqual([
      'null>SCANNING',
      'SCANNING>ANALYSIS',
      'ANALYSIS>RESPONSE',
      'RESPONSE>ASSESSMENT',
      'ASSESSMENT>ANALYSIS',
    ]);
    expect(p.stageHistory.every((h: { changedBy: string }) => h.changedBy === officer.user.id)).toBe(true);
  });

  async function concernRaisedAt(agencyId: string): Promise<string> {
    const forum = await createForum(t.dataSource, agencyId, { status: 'COMPLETED' as never, startsAt: new Date(Date.now() - 5 * 86_400_000) });
    const [row] = await t.dataSource.query(
      `INSERT INTO community_concerns (agency_id, forum_id, topic, neighbourhood, description, priority, raised_at)
       VALUES ($1, $2, 'human trafficking', 'Old Town', 'Young people seen moved between motels at night', 'HIGH', $3) RETURNING id`,
      [agencyId, forum.id, forum.startsAt],
    );
    return row.id;
  }

  it('links a community concern raised at a forum to a problem once, and the concern shows who took it up', async () => {
    const { agency, officer, tf } = await setup();
    const problem = (await t.graphql.data(PROBLEM, { tf: tf.id }, officer.token)).createTaskForceProblem;
    const concernId = await concernRaisedAt(agency.id);
    const LINK = `mutation($p: ID!, $c: ID!) { linkConcernToProblem(problemId: $p, concernId: $c) { concernIds concerns { id topic forum { id } } } }`;
    await t.graphql.data(LINK, { p: problem.id, c: concernId }, officer.token);
    const linked = (await t.graphql.data(LINK, { p: problem.id, c: concernId }, officer.token)).linkConcernToProblem;
    expect(linked.concernIds).toEqual([concernId]);
    expect(linked.concerns).toEqual([{ id: concernId, topic: 'human trafficking', forum: { id: expect.any(String) } }]);
    expect(await count('audit_log', `entity_id = $1 AND action = 'taskForce.problem.concern.link'`, [problem.id])).toBe(1);
    const concerns = await t.graphql.data(`{ communityConcerns(first: 10) { edges { node { id takenUpBy { id title } } } } }`, {}, officer.token);
    expect(concerns.communityConcerns.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { id: concernId, takenUpBy: [{ id: problem.id, title: 'Trafficking through motels' }] },
    ]);
  });

  it("refuses to link another agency's concern (not found) and writes nothing", async () => {
    const { officer, tf } = await setup();
    const problem = (await t.graphql.data(PROBLEM, { tf: tf.id }, officer.token)).createTaskForceProblem;
    const elsewhere = await concernRaisedAt((await createAgency(t.dataSource)).id);
    const res = await t.graphql.request(`mutation($p: ID!, $c: ID!) { linkConcernToProblem(problemId: $p, concernId: $c) { id } }`, { p: problem.id, c: elsewhere }, { token: officer.token });
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await count('task_force_problem_concerns', 'problem_id = $1', [problem.id])).toBe(0);
  });

  it('computes indicator progress from baseline towards target, and refuses a measurement for another task force’s indicator', async () => {
    const { agency, officer, tf } = await setup();
    const problem = (await t.graphql.data(PROBLEM, { tf: tf.id }, officer.token)).createTaskForceProblem;
    const objective = (await t.graphql.data(OBJECTIVE, { tf: tf.id, problemId: problem.id }, officer.token)).createTaskForceObjective;
    const input = { metricName: 'Victims identified per month', unit: 'victims', baselineValue: 4, baselineOn: '2026-01-01', targetValue: 12, targetOn: '2026-12-31', direction: 'UP_IS_BETTER' };
    const backwards = await t.graphql.request(INDICATOR, { id: objective.id, input: { ...input, targetValue: 2 } }, { token: officer.token });
    expect(backwards.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.targetValue' });
    const indicator = (await t.graphql.data(INDICATOR, { id: objective.id, input }, officer.token)).addObjectiveIndicator;
    await t.graphql.data(MEASURE, { tf: tf.id, input: { indicatorId: indicator.id, measuredOn: '2026-02-01', value: 5, sourceNote: 'RMS query' } }, officer.token);
    await t.graphql.data(MEASURE, { tf: tf.id, input: { indicatorId: indicator.id, measuredOn: '2026-03-01', value: 8 } }, officer.token);
    const dup = await t.graphql.request(MEASURE, { tf: tf.id, input: { indicatorId: indicator.id, measuredOn: '2026-03-01', value: 9 } }, { token: officer.token });
    expect(dup.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'TASK_FORCE_MEASUREMENT_EXISTS' });

    const other = (
      await t.graphql.data(CREATE, { input: { name: `Other TF ${Math.random()}`, focusIssue: 'YOUTH_SAFETY', leadOfficerId: officer.user.id, startsOn: '2026-01-01' } }, officer.token)
    ).createTaskForce;
    const wrong = await t.graphql.request(MEASURE, { tf: other.id, input: { indicatorId: indicator.id, measuredOn: '2026-04-01', value: 10 } }, { token: officer.token });
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TASK_FORCE_WRONG_TASK_FORCE', field: 'input.indicatorId' });
    expect(await count('task_force_measurements', 'indicator_id = $1', [indicator.id])).toBe(2);

    const read = await t.graphql.data(
      `query($id: ID!) { taskForce(id: $id) { problems { objectives { indicators { measurements { measuredOn value sourceNote } progress { latestValue progress rawProgress status explanation } } } } } }`,
      { id: tf.id },
      officer.token,
    );
    const ind = read.taskForce.problems[0].objectives[0].indicators[0];
    expect(ind.measurements).toEqual([
      { measuredOn: '2026-02-01', value: 5, sourceNote: 'RMS query' },
      { measuredOn: '2026-03-01', value: 8, sourceNote: null },
    ]);
    expect(ind.progress).toMatchObject({ latestValue: 8, progress: 0.5, status: 'ON_TRACK' });
    expect(ind.progress.explanation).toContain('moved 4 of 8 victims');
    void agency;
  });

  it('refuses action items due before the task force started, owned by a non-member, or linked to another task force’s objective, writing nothing', async () => {
    const { agency, officer, tf } = await setup();
    const org = await createOrganisation(t.dataSource, agency.id);
    const member = await createContact(t.dataSource, org);
    const outsider = await createContact(t.dataSource, await createOrganisation(t.dataSource, agency.id));
    const colleague = await createStaff(t.dataSource, agency.id, StaffRole.LIAISON_OFFICER);
    await t.graphql.data(JOIN, { tf: tf.id, input: { organisationId: org.id, role: 'MEMBER', joinedOn: '2026-01-05' } }, officer.token);

    const early = await t.graphql.request(ITEM, { tf: tf.id, input: { title: 'Train motel staff', ownerContactId: member.id, dueOn: '2026-01-04' } }, { token: officer.token });
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TASK_FORCE_DUE_BEFORE_START', field: 'input.dueOn' });
    const stranger = await t.graphql.request(ITEM, { tf: tf.id, input: { title: 'Train motel staff', ownerContactId: outsider.id, dueOn: '2026-02-01' } }, { token: officer.token });
    expect(stranger.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TASK_FORCE_OWNER_NOT_MEMBER', field: 'input.owner' });
    const notStaffMember = await t.graphql.request(ITEM, { tf: tf.id, input: { title: 'Run checks', ownerStaffId: colleague.id, dueOn: '2026-02-01' } }, { token: officer.token });
    expect(notStaffMember.errors?.[0].extensions).toMatchObject({ reason: 'TASK_FORCE_OWNER_NOT_MEMBER' });
    const both = await t.graphql.request(ITEM, { tf: tf.id, input: { title: 'Both', ownerStaffId: officer.user.id, ownerContactId: member.id, dueOn: '2026-02-01' } }, { token: officer.token });
    expect(both.errors?.[0].extensions).toMatchObject({ field: 'input.owner' });

    const other = (await t.graphql.data(CREATE, { input: { name: `Other ${Math.random()}`, focusIssue: 'DRUG_ABUSE', leadOfficerId: officer.user.id, startsOn: '2026-01-01' } }, officer.token)).createTaskForce;
    const otherProblem = (await t.graphql.data(PROBLEM, { tf: other.id }, officer.token)).createTaskForceProblem;
    const otherObjective = (await t.graphql.data(OBJECTIVE, { tf: other.id, problemId: otherProblem.id }, officer.token)).createTaskForceObjective;
    const crossed = await t.graphql.request(ITEM, { tf: tf.id, input: { title: 'Crossed', ownerStaffId: officer.user.id, dueOn: '2026-02-01', objectiveId: otherObjective.id } }, { token: officer.token });
    expect(crossed.errors?.[0].extensions).toMatchObject({ reason: 'TASK_FORCE_WRONG_TASK_FORCE', field: 'input.objectiveId' });
    expect(await count('task_force_action_items', 'task_force_id = $1', [tf.id])).toBe(0);

    await t.graphql.data(`mutation($tf: ID!, $s: ID!) { addTaskForceStaff(taskForceId: $tf, staffUserId: $s, joinedOn: "2026-01-05") { id } }`, { tf: tf.id, s: colleague.id }, officer.token);
    const byColleague = (await t.graphql.data(ITEM, { tf: tf.id, input: { title: 'Run checks', ownerStaffId: colleague.id, dueOn: '2026-02-01' } }, officer.token)).createActionItem;
    expect(byColleague).toMatchObject({ status: 'OPEN', ownerStaff: { id: colleague.id }, ownerContact: null });
    const byContact = (await t.graphql.data(ITEM, { tf: tf.id, input: { title: 'Train motel staff', ownerContactId: member.id, dueOn: '2026-02-01' } }, officer.token)).createActionItem;
    expect(byContact.ownerContact).toEqual({ id: member.id });
  });

  it('records status changes with history; DONE stamps completedAt and an old due date shows as overdue until done', async () => {
    const { officer, tf } = await setup();
    const item = (await t.graphql.data(ITEM, { tf: tf.id, input: { title: 'Map motels', ownerStaffId: officer.user.id, dueOn: '2026-01-20' } }, officer.token)).createActionItem;
    const CHANGE = `mutation($id: ID!, $s: ActionItemStatus!, $n: String) { changeActionItemStatus(id: $id, status: $s, note: $n) { status completedAt overdue updates { fromStatus toStatus note actorType actorLabel } } }`;
    const blocked = (await t.graphql.data(CHANGE, { id: item.id, s: 'BLOCKED', n: 'Waiting for data' }, officer.token)).changeActionItemStatus;
    expect(blocked).toMatchObject({ status: 'BLOCKED', completedAt: null, overdue: true });
    const done = (await t.graphql.data(CHANGE, { id: item.id, s: 'DONE' }, officer.token)).changeActionItemStatus;
    expect(done.completedAt).not.toBeNull();
    expect(done.overdue).toBe(false);
    expect(done.updates).toEqual([
      { fromStatus: 'OPEN', toStatus: 'BLOCKED', note: 'Waiting for data', actorType: 'STAFF', actorLabel: officer.user.email },
      { fromStatus: 'BLOCKED', toStatus: 'DONE', note: null, actorType: 'STAFF', actorLabel: officer.user.email },
    ]);
  });

  it('links only TASK_FORCE_MEETING forums as meetings; attendance is the organisations the completed forum’s report names', async () => {
    const { agency, officer, tf } = await setup();
    const townHall = await createForum(t.dataSource, agency.id, { type: ForumType.TOWN_HALL });
    const LINK = `mutation($tf: ID!, $f: ID!) { linkTaskForceMeeting(taskForceId: $tf, forumId: $f) { forumId organisationIds } }`;
    const wrong = await t.graphql.request(LINK, { tf: tf.id, f: townHall.id }, { token: officer.token });
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TASK_FORCE_NOT_A_MEETING' });
    const past = await createForum(t.dataSource, agency.id, { type: ForumType.TASK_FORCE_MEETING, startsAt: new Date(Date.now() - 7 * 86_400_000) });
    await t.graphql.data(LINK, { tf: tf.id, f: past.id }, officer.token);
    const again = await t.graphql.request(LINK, { tf: tf.id, f: past.id }, { token: officer.token });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'TASK_FORCE_MEETING_TAKEN' });
    const MEETINGS = `query($id: ID!) { taskForce(id: $id) { meetings { forumId status organisationIds } } }`;
    expect((await t.graphql.data(MEETINGS, { id: tf.id }, officer.token)).taskForce.meetings).toEqual([{ forumId: past.id, status: 'PUBLISHED', organisationIds: [] }]);

    const org = await createOrganisation(t.dataSource, agency.id);
    await t.graphql.data(COMPLETE_FORUM, { id: past.id, input: { attendanceCount: 9, organisationIds: [org.id] } }, officer.token);
    expect((await t.graphql.data(MEETINGS, { id: tf.id }, officer.token)).taskForce.meetings).toEqual([{ forumId: past.id, status: 'COMPLETED', organisationIds: [org.id] }]);

    // A meeting completed before it was linked brings its attendance along.
    const earlier = await createForum(t.dataSource, agency.id, { type: ForumType.TASK_FORCE_MEETING, startsAt: new Date(Date.now() - 14 * 86_400_000) });
    await t.graphql.data(COMPLETE_FORUM, { id: earlier.id, input: { attendanceCount: 4, organisationIds: [org.id] } }, officer.token);
    expect((await t.graphql.data(LINK, { tf: tf.id, f: earlier.id }, officer.token)).linkTaskForceMeeting).toEqual({ forumId: earlier.id, organisationIds: [org.id] });
  });

  it('updates a task force (switching away from OTHER clears its text), audits the changed fields, and refuses a taken name', async () => {
    const { officer, tf } = await setup();
    const UPDATE = `mutation($id: ID!, $input: UpdateTaskForceInput!) { updateTaskForce(id: $id, input: $input) { name focusIssue focusIssueOther charter endsOn } }`;
    await t.graphql.data(UPDATE, { id: tf.id, input: { focusIssue: 'OTHER', focusIssueOther: 'Labour exploitation' } }, officer.token);
    const updated = (await t.graphql.data(UPDATE, { id: tf.id, input: { focusIssue: 'GANG_VIOLENCE', charter: 'Reduce gang recruitment', endsOn: '2027-12-31' } }, officer.token)).updateTaskForce;
    expect(updated).toMatchObject({ focusIssue: 'GANG_VIOLENCE', focusIssueOther: null, charter: 'Reduce gang recruitment', endsOn: '2027-12-31' });
    const other = (await t.graphql.data(CREATE, { input: { name: `Taken ${Math.random()}`, focusIssue: 'HATE_CRIME', leadOfficerId: officer.user.id, startsOn: '2026-01-01' } }, officer.token)).createTaskForce;
    const clash = await t.graphql.request(UPDATE, { id: tf.id, input: { name: other.name.toUpperCase() } }, { token: officer.token });
    expect(clash.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'TASK_FORCE_NAME_TAKEN', field: 'input.name' });
    const [audit] = await t.dataSource.query(`SELECT changes FROM audit_log WHERE entity_id = $1 AND action = 'taskForce.update' ORDER BY id DESC LIMIT 1`, [tf.id]);
    expect(Object.keys(audit.changes).sort()).toEqual(['charter', 'endsOn', 'focusIssue', 'focusIssueOther']);
  });

  it('changes designated contacts of the current membership only, and ends a staff membership with history', async () => {
    const { agency, officer, tf } = await setup();
    const org = await createOrganisation(t.dataSource, agency.id);
    const [first, second] = [await createContact(t.dataSource, org), await createContact(t.dataSource, org)];
    await t.graphql.data(JOIN, { tf: tf.id, input: { organisationId: org.id, role: 'MEMBER', contactIds: [first.id], joinedOn: '2026-01-10' } }, officer.token);
    const SET = `mutation($tf: ID!, $org: ID!, $ids: [ID!]!) { setTaskForceMemberContacts(taskForceId: $tf, organisationId: $org, contactIds: $ids) { contacts { id } } }`;
    expect((await t.graphql.data(SET, { tf: tf.id, org: org.id, ids: [second.id] }, officer.token)).setTaskForceMemberContacts.contacts).toEqual([{ id: second.id }]);
    const stranger = await createContact(t.dataSource, org, { organisationId: null });
    const wrong = await t.graphql.request(SET, { tf: tf.id, org: org.id, ids: [second.id, stranger.id] }, { token: officer.token });
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contactIds.1' });

    const colleague = await createStaff(t.dataSource, agency.id, StaffRole.LIAISON_OFFICER);
    await t.graphql.data(`mutation($tf: ID!, $s: ID!) { addTaskForceStaff(taskForceId: $tf, staffUserId: $s, joinedOn: "2026-01-10") { id } }`, { tf: tf.id, s: colleague.id }, officer.token);
    await t.graphql.data(`mutation($tf: ID!, $s: ID!) { removeTaskForceStaff(taskForceId: $tf, staffUserId: $s, leftOn: "2026-05-01") { leftOn } }`, { tf: tf.id, s: colleague.id }, officer.token);
    const read = await t.graphql.data(
      `query($id: ID!) { taskForce(id: $id) { now: staffMembers(asOf: "2026-06-01") { joinedOn } then: staffMembers(asOf: "2026-02-01") { staffUser { id } joinedOn leftOn } } }`,
      { id: tf.id },
      officer.token,
    );
    expect(read.taskForce).toEqual({ now: [], then: [{ staffUser: { id: colleague.id }, joinedOn: '2026-01-10', leftOn: '2026-05-01' }] });
  });

  it('reassigning an item to a contact emails them; moving the due date later re-arms the overdue reminder', async () => {
    const { agency, officer, tf } = await setup();
    const org = await createOrganisation(t.dataSource, agency.id);
    const contact = await createContact(t.dataSource, org);
    await t.graphql.data(JOIN, { tf: tf.id, input: { organisationId: org.id, role: 'MEMBER', joinedOn: '2026-01-05' } }, officer.token);
    const item = (await t.graphql.data(ITEM, { tf: tf.id, input: { title: 'Print leaflets', ownerStaffId: officer.user.id, dueOn: '2026-02-01' } }, officer.token)).createActionItem;
    await t.dataSource.query(`UPDATE task_force_action_items SET overdue_reminded_at = now() WHERE id = $1`, [item.id]);
    const UPDATE = `mutation($id: ID!, $input: UpdateActionItemInput!) { updateActionItem(id: $id, input: $input) { dueOn ownerStaff { id } ownerContact { id } } }`;
    const moved = (await t.graphql.data(UPDATE, { id: item.id, input: { ownerContactId: contact.id, ownerStaffId: null, dueOn: '2026-03-01' } }, officer.token)).updateActionItem;
    expect(moved).toEqual({ dueOn: '2026-03-01', ownerStaff: null, ownerContact: { id: contact.id } });
    const [row] = await t.dataSource.query(`SELECT overdue_reminded_at FROM task_force_action_items WHERE id = $1`, [item.id]);
    expect(row.overdue_reminded_at).toBeNull();
    expect(await count('outbound_emails', `to_address = $1 AND kind = 'task-force.action-item.assigned'`, [contact.email])).toBe(1);
    const early = await t.graphql.request(UPDATE, { id: item.id, input: { dueOn: '2025-12-01' } }, { token: officer.token });
    expect(early.errors?.[0].extensions).toMatchObject({ reason: 'TASK_FORCE_DUE_BEFORE_START' });
    const later = await t.graphql.request(`mutation($id: ID!) { updateTaskForce(id: $id, input: { startsOn: "2026-04-01" }) { startsOn } }`, { id: tf.id }, { token: officer.token });
    expect(later.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.startsOn' });
  });

  it("keeps agencies apart and lets analysts read but not write", async () => {
    const { tf } = await setup();
    const elsewhere = await createAgency(t.dataSource);
    const outsider = await createSignedInStaff(t.dataSource, t.graphql, elsewhere.id, StaffRole.ADMIN);
    const read = await t.graphql.request(`query($id: ID!) { taskForce(id: $id) { id } }`, { id: tf.id }, { token: outsider.token });
    expect(read.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const agencyId = (await t.dataSource.query(`SELECT agency_id FROM task_forces WHERE id = $1`, [tf.id]))[0].agency_id;
    const analyst = await createSignedInStaff(t.dataSource, t.graphql, agencyId, StaffRole.ANALYST);
    expect((await t.graphql.data(`query($id: ID!) { taskForce(id: $id) { id } }`, { id: tf.id }, analyst.token)).taskForce.id).toBe(tf.id);
    const write = await t.graphql.request(STATUS, { id: tf.id, status: 'ACTIVE' }, { token: analyst.token });
    expect(write.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
