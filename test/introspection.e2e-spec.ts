import { StaffRole } from '@app/common';
import { TestApp, createAgency, createSignedInOperator, createSignedInStaff, createTestApp, testConfig } from '@app/testing';

const SCHEMA = `{ __schema { queryType { name } } }`;
const TYPE = `{ __type(name: "Forum") { name } }`;

describe('Introspection in production', () => {
  let t: TestApp;

  beforeAll(async () => {
    // Production refuses mail from a local-only domain (liaison.local, the test default).
    t = await createTestApp(testConfig({ NODE_ENV: 'production', MAIL_DOMAIN: 'liaison.example.org' }));
  });
  afterAll(() => t.close());

  it('gives anonymous callers no map of the API, however the question is put', async () => {
    const hidden = `query { ...F } fragment F on Query { __schema { types { name } } }`;
    for (const query of [SCHEMA, TYPE, hidden]) {
      const res = await t.graphql.request(query);
      expect({ query, data: res.data ?? null, code: res.errors?.[0].extensions?.code }).toEqual({ query, data: null, code: 'UNAUTHENTICATED' });
    }
    const forged = await t.graphql.request(SCHEMA, {}, { token: 'not-a-token' });
    expect(forged.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // __typename is not introspection.
    expect((await t.graphql.request(`{ __typename }`)).data).toEqual({ __typename: 'Query' });
  });

  it('answers signed-in staff of any role and the platform operator (the console explorer needs it)', async () => {
    const agency = await createAgency(t.dataSource);
    const analyst = await createSignedInStaff(t.dataSource, t.graphql, agency.id, StaffRole.ANALYST);
    const { token: operator } = await createSignedInOperator(t.dataSource, t.graphql);
    for (const token of [analyst.token, operator]) {
      expect((await t.graphql.data(SCHEMA, {}, token)).__schema.queryType.name).toBe('Query');
      expect((await t.graphql.data(TYPE, {}, token)).__type.name).toBe('Forum');
    }
  });
});

describe('Introspection outside production', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(testConfig());
  });
  afterAll(() => t.close());

  it('stays open for local development and tests', async () => {
    expect((await t.graphql.data(SCHEMA)).__schema.queryType.name).toBe('Query');
  });
});
