// Where @Query/@Mutation record themselves and their field name (see @nestjs/graphql's graphql.constants).
const RESOLVER_TYPE_METADATA = 'graphql:resolver_type';
const RESOLVER_NAME_METADATA = 'graphql:resolver_name';
import { randomUUID } from 'node:crypto';
import { DiscoveryService, MetadataScanner, ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  GraphQLField,
  GraphQLInputType,
  GraphQLObjectType,
  GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { StaffRole } from '@app/common';
import { ACCESS_RULE, AccessRule } from '@app/auth';
import { TestApp, createAgency, createSignedInOperator, createSignedInStaff, createStaff, createTestApp, testConfig } from '@app/testing';

/** Every root query and mutation, by field name, with the rule its resolver declares. */
function declaredRules(t: TestApp): { field: string; operation: 'Query' | 'Mutation'; rule: AccessRule | undefined; where: string }[] {
  const discovery = new DiscoveryService(t.app.get(ModulesContainer));
  const scanner = new MetadataScanner();
  const found: { field: string; operation: 'Query' | 'Mutation'; rule: AccessRule | undefined; where: string }[] = [];
  for (const wrapper of discovery.getProviders()) {
    const instance = wrapper.instance;
    if (!instance || typeof instance !== 'object') continue;
    const prototype = Object.getPrototypeOf(instance);
    for (const method of scanner.getAllMethodNames(prototype)) {
      const operation = Reflect.getMetadata(RESOLVER_TYPE_METADATA, prototype[method]);
      if (operation !== 'Query' && operation !== 'Mutation') continue;
      const rule = Reflect.getMetadata(ACCESS_RULE, prototype[method]) ?? Reflect.getMetadata(ACCESS_RULE, prototype.constructor);
      const field = Reflect.getMetadata(RESOLVER_NAME_METADATA, prototype[method]) ?? method;
      found.push({ field, operation, rule, where: `${prototype.constructor.name}.${method}` });
    }
  }
  return found;
}

/** A value GraphQL accepts for an input type (only required input fields are filled). */
function sampleValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return Object.fromEntries(fields.map((f) => [f.name, sampleValue(f.type)]));
  }
  if (isScalarType(type)) {
    const samples: Record<string, unknown> = { ID: randomUUID(), String: 'x', Int: 1, Float: 1, Boolean: false, DateTime: '2030-01-01T00:00:00Z', JSONObject: {} };
    if (!(type.name in samples)) throw new Error(`no sample for scalar ${type.name}`);
    return samples[type.name];
  }
  throw new Error(`no sample for ${String(type)}`);
}

function rootField(schema: GraphQLSchema, operation: 'Query' | 'Mutation', name: string): GraphQLField<unknown, unknown> {
  return ((operation === 'Query' ? schema.getQueryType() : schema.getMutationType()) as GraphQLObjectType).getFields()[name];
}

/** A call of one root field with its required arguments (and any given in `values`), selecting only __typename. */
function callOf(schema: GraphQLSchema, operation: 'Query' | 'Mutation', name: string, values: Record<string, unknown> = {}): { query: string; variables: Record<string, unknown> } {
  const field = rootField(schema, operation, name);
  const passed = field.args.filter((a) => a.name in values || (isNonNullType(a.type) && a.defaultValue === undefined));
  const declarations = passed.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = passed.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isScalarType(getNamedType(field.type)) || isEnumType(getNamedType(field.type)) ? '' : ' { __typename }';
  const query = `${operation.toLowerCase()}${declarations ? `(${declarations})` : ''} { ${name}${args ? `(${args})` : ''}${selection} }`;
  return { query, variables: Object.fromEntries(passed.map((a) => [a.name, a.name in values ? values[a.name] : sampleValue(a.type)])) };
}

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
    const rules = declaredRules(t);
    expect(rules.length).toBeGreaterThan(10);
    expect(rules.filter((r) => !r.rule).map((r) => r.where)).toEqual([]);
  });

  it('the platform operator is refused every agency-scoped query and mutation', async () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const { token } = await createSignedInOperator(t.dataSource, t.graphql);
    const scoped = declaredRules(t).filter((r) => r.rule?.kind === 'staff');
    expect(scoped.length).toBeGreaterThan(80);
    const answers: Record<string, unknown> = {};
    for (const { field, operation } of scoped) {
      const { query, variables } = callOf(schema, operation, field);
      const res = await t.graphql.request(query, variables, { token });
      answers[field] = res.errors?.[0].extensions?.reason ?? res.errors?.[0].message ?? 'ANSWERED';
    }
    expect(Object.entries(answers).filter(([, reason]) => reason !== 'AGENCY_STAFF_ONLY')).toEqual([]);
    // Only what concerns its own session or agencies as a whole is open to it.
    const open = declaredRules(t).filter((r) => r.rule?.kind !== 'staff').map((r) => `${r.field}:${r.rule?.kind}`);
    expect(open.sort()).toEqual(
      [
        'acceptStaffInvitation:public',
        'createAgency:operator',
        'currentOperator:operator',
        'login:public',
        'logout:signed-in',
        'platformAgencies:operator',
        'platformAgency:operator',
        'reinstateAgency:operator',
        'refreshSession:public',
        'suspendAgency:operator',
      ].sort(),
    );
  });

  it("no agency's staff, admins included, may call an operator operation", async () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const agency = await createAgency(t.dataSource);
    const operatorOnly = declaredRules(t).filter((r) => r.rule?.kind === 'operator');
    expect(operatorOnly.length).toBeGreaterThan(3);
    for (const role of [StaffRole.ADMIN, StaffRole.ANALYST]) {
      const staff = await createSignedInStaff(t.dataSource, t.graphql, agency.id, role);
      for (const { field, operation } of operatorOnly) {
        const { query, variables } = callOf(schema, operation, field);
        const res = await t.graphql.request(query, variables, { token: staff.token });
        expect({ role, field, reason: res.errors?.[0].extensions?.reason }).toEqual({ role, field, reason: 'OPERATOR_ONLY' });
      }
    }
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM agencies WHERE slug = 'x'`)).toEqual([{ n: 0 }]);
  });

  it('an ID argument that is not an ID is refused naming the argument, by every query and mutation, never as an internal error', async () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const agency = await createAgency(t.dataSource);
    const admin = await createSignedInStaff(t.dataSource, t.graphql, agency.id, StaffRole.ADMIN);
    const answers: string[] = [];
    let checked = 0;
    for (const { field, operation } of declaredRules(t).filter((r) => r.rule?.kind === 'staff')) {
      for (const arg of rootField(schema, operation, field).args) {
        if (getNamedType(arg.type).name !== 'ID') continue;
        const wrong = isListType(isNonNullType(arg.type) ? arg.type.ofType : arg.type) ? ['not-an-id'] : 'not-an-id';
        const { query, variables } = callOf(schema, operation, field, { [arg.name]: wrong });
        const error = (await t.graphql.request(query, variables, { token: admin.token })).errors?.[0];
        checked++;
        const answer = `${field}(${arg.name}): ${error?.extensions?.code ?? 'ANSWERED'} ${String((error?.extensions?.field as string) ?? '')}`;
        if (error?.extensions?.code !== 'BAD_USER_INPUT' || error.extensions.field !== arg.name) answers.push(answer);
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(answers).toEqual([]);
  });
});
