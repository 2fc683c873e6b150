import { GraphQLSchemaHost } from '@nestjs/graphql';
import { graphql } from 'graphql';
import { StaffRole } from '@app/common';
import { QueryCounter } from '@app/database';
import {
  ActionItem,
  ActionItemStatus,
  FocusIssue,
  Indicator,
  IndicatorDirection,
  Measurement,
  MemberRole,
  Objective,
  Problem,
  ProblemStageChange,
  SaraStage,
  TaskForce,
  TaskForceMemberContact,
  TaskForceOrganisation,
  TaskForceStaffMember,
} from '@app/task-forces';
import { TestApp, createAgency, createContact, createOrganisation, createSignedInStaff, createTestApp, testConfig } from '@app/testing';
import { RequestLoaders } from '../apps/api/src/graphql/request-loaders';

const PAGE = `query($first: Int!) { taskForces(first: $first) { edges { node {
  name leadOfficer { name }
  members { role organisation { name } contacts { email } }
  staffMembers { staffUser { name } }
  problems { stage stageHistory { toStage } concernIds objectives { title indicators { metricName measurements { value } progress { status } } } }
  actionItems { title overdue ownerStaff { name } ownerContact { name } updates { note } }
  meetings { title }
} } } }`;

describe('Task force lists cost a constant number of SQL queries', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(testConfig());
  });
  afterAll(() => t.close());

  it('a page of 50 task forces with members, problems, indicators and items costs as many queries as a page of 5', async () => {
    const agency = await createAgency(t.dataSource);
    const officer = await createSignedInStaff(t.dataSource, t.graphql, agency.id, StaffRole.LIAISON_OFFICER);
    const m = t.dataSource.manager;
    for (let i = 0; i < 50; i++) {
      const tf = await m.save(m.create(TaskForce, { agencyId: agency.id, name: `TF ${i}`, focusIssue: FocusIssue.GANG_VIOLENCE, leadOfficerId: officer.user.id, startsOn: '2026-01-01' }));
      const org = await createOrganisation(t.dataSource, agency.id);
      const contact = await createContact(t.dataSource, org);
      const membership = await m.save(m.create(TaskForceOrganisation, { taskForceId: tf.id, agencyId: agency.id, organisationId: org.id, role: MemberRole.MEMBER, joinedOn: '2026-01-01' }));
      await m.insert(TaskForceMemberContact, { membershipId: membership.id, contactId: contact.id });
      await m.insert(TaskForceStaffMember, { taskForceId: tf.id, agencyId: agency.id, staffUserId: officer.user.id, joinedOn: '2026-01-01' });
      const problem = await m.save(m.create(Problem, { taskForceId: tf.id, agencyId: agency.id, title: 'Problem', stage: SaraStage.SCANNING }));
      await m.insert(ProblemStageChange, { problemId: problem.id, toStage: SaraStage.SCANNING });
      const objective = await m.save(m.create(Objective, { taskForceId: tf.id, problemId: problem.id, agencyId: agency.id, title: 'Objective' }));
      const indicator = await m.save(
        m.create(Indicator, { objectiveId: objective.id, taskForceId: tf.id, agencyId: agency.id, metricName: 'Metric', unit: 'u', baselineValue: 10, baselineOn: '2026-01-01', targetValue: 5, targetOn: '2026-12-31', direction: IndicatorDirection.DOWN_IS_BETTER }),
      );
      await m.insert(Measurement, { indicatorId: indicator.id, agencyId: agency.id, measuredOn: '2026-02-01', value: 9 });
      await m.insert(ActionItem, { taskForceId: tf.id, agencyId: agency.id, title: 'Staff item', ownerStaffId: officer.user.id, dueOn: '2026-03-01', status: ActionItemStatus.OPEN });
      await m.insert(ActionItem, { taskForceId: tf.id, agencyId: agency.id, title: 'Contact item', ownerContactId: contact.id, dueOn: '2026-03-01', status: ActionItemStatus.OPEN });
    }
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const run = (first: number) =>
      QueryCounter.measure(() =>
        graphql({
          schema,
          source: PAGE,
          variableValues: { first },
          contextValue: { req: { headers: { authorization: `Bearer ${officer.token}` }, ip: '127.0.0.1' }, res: {}, loaders: new RequestLoaders() },
        }),
      );
    const small = await run(5);
    const large = await run(50);
    expect(small.result.errors).toBeUndefined();
    expect(large.result.errors).toBeUndefined();
    const edges = (large.result.data as { taskForces: { edges: { node: { members: unknown[]; actionItems: unknown[] } }[] } }).taskForces.edges;
    expect(edges).toHaveLength(50);
    expect(edges.every((e) => e.node.members.length === 1 && e.node.actionItems.length === 2)).toBe(true);
    expect(small.queries).toBeGreaterThan(10);
    expect(large.queries).toBe(small.queries);
  });
});
