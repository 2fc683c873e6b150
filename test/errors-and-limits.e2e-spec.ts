import { StaffRole } from '@app/common';
import { TestApp, createAgency, createSignedInStaff, createTestApp, testConfig } from '@app/testing';

describe('Bad input and limits', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await createTestApp(testConfig({ BODY_LIMIT: '20kb', PUBLIC_RATE_LIMIT: '5' }));
    const agency = await createAgency(t.dataSource);
    token = (await createSignedInStaff(t.dataSource, t.graphql, agency.id, StaffRole.ADMIN)).token;
  });
  afterAll(() => t.close());

  it('malformed GraphQL gets a parse error', async () => {
    const res = await t.graphql.request(`{ me { id `, {}, { token });
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('an unknown field is named', async () => {
    const res = await t.graphql.request(`{ me { id shoeSize } }`, {}, { token });
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0].message).toContain('shoeSize');
  });

  it('a wrong type is named', async () => {
    const res = await t.graphql.request(`mutation($role: StaffRole!) { inviteStaff(input: { name: "A", email: "a@b.example", role: $role }) { id } }`, {
      role: 'SHERIFF',
    }, { token });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toContain('$role');
  });

  it('validation errors name the field by its input path and write nothing', async () => {
    const res = await t.graphql.request(`mutation { inviteStaff(input: { name: "", email: "not-an-email", role: ANALYST }) { id } }`, {}, { token });
    const error = res.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.fields.map((f: { field: string }) => f.field).sort()).toEqual(['input.email', 'input.name']);
    expect(error?.message).toContain('input.email: must be a valid email address');
    const rows = await t.dataSource.query(`SELECT 1 FROM staff_users WHERE email = 'not-an-email'`);
    expect(rows).toHaveLength(0);
  });

  it('a domain rule names its field too (unknown time zone)', async () => {
    const res = await t.graphql.request(`mutation { updateAgencySettings(input: { timeZone: "Mars/Olympus" }) { id } }`, {}, { token });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.timeZone' });
  });

  it('an id that is not one of ours is a named input error, not a database error', async () => {
    const res = await t.graphql.request(`{ staffUser(id: "1 OR 1=1") { id } }`, {}, { token });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('an oversized body is refused with 413 before any work', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ me { id } }`, variables: { padding: 'x'.repeat(30_000) } }),
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('a malformed JSON body gets 400 with a clear message', async () => {
    const res = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).errors[0].message).toMatch(/Malformed request body/);
  });

  it('too many aliases or too many tokens are refused before execution', async () => {
    const aliases = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    const tokens = `{ me { ${Array.from({ length: 2_100 }, () => `id`).join(' ')} } }`;
    for (const [query, message] of [
      [aliases, /Aliases limit of 15 exceeded/],
      [tokens, /more than 2000 tokens/],
    ] as const) {
      const res = await t.graphql.request(query, {}, { token });
      expect(res.status).toBe(400);
      expect(res.errors?.[0].message).toMatch(message);
      expect(res.data ?? null).toBeNull();
    }
  });

  it('public routes are rate-limited per client, across API replicas', async () => {
    const replica = await createTestApp({ ...t.config }); // same Redis prefix: a second API process
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) statuses.push((await fetch(`${(i % 2 ? replica : t).url}/staff/invitation/some-token`)).status);
      expect(statuses.slice(0, 5).every((s) => s === 200)).toBe(true);
      expect(statuses[5]).toBe(429);
      expect(statuses[6]).toBe(429);
    } finally {
      await replica.close();
    }
  });

  it('every response carries a request id, and a sane caller id is kept', async () => {
    const res = await fetch(`${t.url}/health/live`, { headers: { 'x-request-id': 'trace-abc-12345' } });
    expect(res.headers.get('x-request-id')).toBe('trace-abc-12345');
    const other = await fetch(`${t.url}/health/live`);
    expect(other.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
