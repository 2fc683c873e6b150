import { StaffRole } from '@app/common';
import { TestApp, createAgency, createSignedInStaff, createTestApp, testConfig } from '@app/testing';

describe('Health and the audit log', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(testConfig());
  });
  afterAll(() => t.close());

  it('reports live and ready with PostgreSQL and Redis checked', async () => {
    expect(await (await fetch(`${t.url}/health/live`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${t.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', checks: { postgres: 'up', redis: 'up' } });
  });

  it('records every mutation with actor, action, entity and changes; admins filter and page it', async () => {
    const agency = await createAgency(t.dataSource);
    const admin = await createSignedInStaff(t.dataSource, t.graphql, agency.id, StaffRole.ADMIN);
    await t.graphql.data(`mutation { updateAgencySettings(input: { name: "Audit PD" }) { id } }`, {}, admin.token);
    for (let i = 0; i < 3; i++) {
      await t.graphql.data(`mutation($e: String!) { inviteStaff(input: { name: "P${i}", email: $e, role: ANALYST }) { id } }`, { e: `audit-${i}-${Date.now()}@test.example` }, admin.token);
    }
    const settings = await t.graphql.data(
      `{ auditLog(filter: { action: "agency.settings.update" }) { totalCount edges { node { actorType actorId actorLabel entityType entityId changes requestId createdAt } } } }`,
      {},
      admin.token,
    );
    expect(settings.auditLog.totalCount).toBe(1);
    expect(settings.auditLog.edges[0].node).toMatchObject({
      actorType: 'STAFF',
      actorId: admin.user.id,
      actorLabel: admin.user.email,
      entityType: 'Agency',
      entityId: agency.id,
      changes: { name: { from: agency.name, to: 'Audit PD' } },
    });
    expect(settings.auditLog.edges[0].node.requestId).toBeTruthy();

    const page1 = await t.graphql.data(`{ auditLog(first: 2, filter: { entityType: "StaffUser" }) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`, {}, admin.token);
    expect(page1.auditLog.totalCount).toBe(3);
    expect(page1.auditLog.pageInfo.hasNextPage).toBe(true);
    const page2 = await t.graphql.data(
      `query($after: String) { auditLog(first: 2, after: $after, filter: { entityType: "StaffUser" }) { pageInfo { hasNextPage } edges { node { id } } } }`,
      { after: page1.auditLog.pageInfo.endCursor },
      admin.token,
    );
    expect(page2.auditLog.edges).toHaveLength(1);
    expect(page2.auditLog.pageInfo.hasNextPage).toBe(false);
    const ids = [...page1.auditLog.edges, ...page2.auditLog.edges].map((e: { node: { id: string } }) => e.node.id);
    expect(new Set(ids).size).toBe(3);
  });

  it('the audit table refuses edits and deletions', async () => {
    const agency = await createAgency(t.dataSource);
    const admin = await createSignedInStaff(t.dataSource, t.graphql, agency.id, StaffRole.ADMIN);
    await t.graphql.data(`mutation { updateAgencySettings(input: { name: "Immutable PD" }) { id } }`, {}, admin.token);
    await expect(t.dataSource.query(`UPDATE audit_log SET summary = 'edited' WHERE agency_id = $1`, [agency.id])).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`DELETE FROM audit_log WHERE agency_id = $1`, [agency.id])).rejects.toThrow(/append-only/);
  });

  it('a bad cursor is a named input error', async () => {
    const agency = await createAgency(t.dataSource);
    const admin = await createSignedInStaff(t.dataSource, t.graphql, agency.id, StaffRole.ADMIN);
    const res = await t.graphql.request(`{ auditLog(after: "garbage") { totalCount } }`, {}, { token: admin.token });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
