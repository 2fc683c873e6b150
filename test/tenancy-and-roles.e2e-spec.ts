// Where @Query/@Mutation record themselves (see @nestjs/graphql's graphql.constants).
const RESOLVER_TYPE_METADATA = 'graphql:resolver_type';
import { DiscoveryService, MetadataScanner, ModulesContainer } from '@nestjs/core';
import { StaffRole } from '@app/common';
import { ACCESS_RULE } from '@app/auth';
import { TestApp, createAgency, createSignedInStaff, createStaff, createTestApp, testConfig } from '@app/testing';

describe('Tenancy and roles', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(testConfig());
  });
  afterAll(() => t.close());

  it("an officer of agency A can neither read nor change agency B's rows, even by guessing ids", async () => {
    const [agencyA, agencyB] = [await createAgency(t.dataSource), await createAgency(t.dataSource)];
    const adminA = await createSignedInStaff(t.dataSource, t.graphql, agencyA.id, StaffRole.ADMIN);
    const officerB = await createStaff(t.dataSource, agencyB.id, StaffRole.LIAISON_OFFICER);

    const read = await t.graphql.request(`query($id: ID!) { staffUser(id: $id) { email } }`, { id: officerB.id }, { token: adminA.token });
    expect(read.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const change = await t.graphql.request(
      `mutation($id: ID!) { changeStaffRole(id: $id, role: ADMIN) { role } }`,
      { id: officerB.id },
      { token: adminA.token },
    );
    expect(change.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const deactivate = await t.graphql.request(`mutation($id: ID!) { deactivateStaff(id: $id) { status } }`, { id: officerB.id }, { token: adminA.token });
    expect(deactivate.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const unchanged = await t.dataSource.query(`SELECT role, status FROM staff_users WHERE id = $1`, [officerB.id]);
    expect(unchanged).toEqual([{ role: 'LIAISON_OFFICER', status: 'ACTIVE' }]);

    const list = await t.graphql.data(`{ staffUsers(first: 100) { totalCount edges { node { id } } } }`, {}, adminA.token);
    const ids = list.staffUsers.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(ids).toContain(adminA.user.id);
    expect(ids).not.toContain(officerB.id);
    expect((await t.graphql.data(`{ agency { id } }`, {}, adminA.token)).agency.id).toBe(agencyA.id);
  });

  it('analysts read; only admins manage staff and agency settings', async () => {
    const agency = await createAgency(t.dataSource);
    const analyst = await createSignedInStaff(t.dataSource, t.graphql, agency.id, StaffRole.ANALYST);
    const officer = await createSignedInStaff(t.dataSource, t.graphql, agency.id, StaffRole.LIAISON_OFFICER);
    const admin = await createSignedInStaff(t.dataSource, t.graphql, agency.id, StaffRole.ADMIN);

    expect((await t.graphql.data(`{ staffUsers { totalCount } }`, {}, analyst.token)).staffUsers.totalCount).toBe(3);
    const invite = `mutation { inviteStaff(input: { name: "New Person", email: "new-${Date.now()}@test.example", role: ANALYST }) { id } }`;
    for (const caller of [analyst, officer]) {
      const res = await t.graphql.request(invite, {}, { token: caller.token });
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const settings = await t.graphql.request(`mutation { updateAgencySettings(input: { name: "Renamed" }) { name } }`, {}, { token: caller.token });
      expect(settings.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const audit = await t.graphql.request(`{ auditLog { totalCount } }`, {}, { token: caller.token });
      expect(audit.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const updated = await t.graphql.data(
      `mutation { updateAgencySettings(input: { name: "Renamed PD", timeZone: "Europe/London", neighbourhoods: ["Docklands", "Soho"] }) { name timeZone neighbourhoods } }`,
      {},
      admin.token,
    );
    expect(updated.updateAgencySettings).toEqual({ name: 'Renamed PD', timeZone: 'Europe/London', neighbourhoods: ['Docklands', 'Soho'] });
  });

  it('a role change applies to open sessions at once', async () => {
    const agency = await createAgency(t.dataSource);
    const admin = await createSignedInStaff(t.dataSource, t.graphql, agency.id, StaffRole.ADMIN);
    const other = await createSignedInStaff(t.dataSource, t.graphql, agency.id, StaffRole.ADMIN);
    await t.graphql.data(`mutation($id: ID!) { changeStaffRole(id: $id, role: ANALYST) { role } }`, { id: other.user.id }, admin.token);
    const res = await t.graphql.request(`{ auditLog { totalCount } }`, {}, { token: other.token });
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps at least one active admin', async () => {
    const agency = await createAgency(t.dataSource);
    const admin = await createSignedInStaff(t.dataSource, t.graphql, agency.id, StaffRole.ADMIN);
    const res = await t.graphql.request(`mutation($id: ID!) { changeStaffRole(id: $id, role: ANALYST) { role } }`, { id: admin.user.id }, { token: admin.token });
    expect(res.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(res.errors?.[0].extensions?.reason).toBe('STAFF_LAST_ADMIN');
  });

  it('deactivating someone ends their sessions', async () => {
    const agency = await createAgency(t.dataSource);
    const admin = await createSignedInStaff(t.dataSource, t.graphql, agency.id, StaffRole.ADMIN);
    const officer = await createSignedInStaff(t.dataSource, t.graphql, agency.id, StaffRole.LIAISON_OFFICER);
    await t.graphql.data(`mutation($id: ID!) { deactivateStaff(id: $id) { status } }`, { id: officer.user.id }, admin.token);
    const res = await t.graphql.request(`{ me { id } }`, {}, { token: officer.token });
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('every query and mutation declares who may call it', () => {
    const discovery = new DiscoveryService(t.app.get(ModulesContainer));
    const scanner = new MetadataScanner();
    const undeclared: string[] = [];
    let checked = 0;
    for (const wrapper of discovery.getProviders()) {
      const instance = wrapper.instance;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance);
      for (const method of scanner.getAllMethodNames(prototype)) {
        const type = Reflect.getMetadata(RESOLVER_TYPE_METADATA, prototype[method]);
        if (type !== 'Query' && type !== 'Mutation') continue;
        checked++;
        const rule = Reflect.getMetadata(ACCESS_RULE, prototype[method]) ?? Reflect.getMetadata(ACCESS_RULE, prototype.constructor);
        if (!rule) undeclared.push(`${prototype.constructor.name}.${method}`);
      }
    }
    expect(checked).toBeGreaterThan(10);
    expect(undeclared).toEqual([]);
  });
});
