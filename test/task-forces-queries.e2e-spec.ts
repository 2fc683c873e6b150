import { GraphQLSchemaHost } from '@nestjs/graphql';
import { graphql } from 'graphql';
import { StaffRole } from '@app/common';
import { QueryCounter } from '@app/database';
import { createFullTaskForce } from '@app/task-forces/testing';
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
    for (let i = 0; i < 50; i++) {
      const org = await createOrganisation(t.dataSource, agency.id);
      const contact = await createContact(t.dataSource, org);
      await createFullTaskForce(t.dataSource, { agencyId: agency.id, name: `TF ${i}`, officerId: officer.user.id, organisationId: org.id, contactId: contact.id });
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
