import { graphql } from 'graphql';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { StaffRole } from '@app/common';
import { QueryCounter } from '@app/database';
import { ContactsService } from '@app/partners';
import { RequestLoaders } from '../apps/api/src/graphql/request-loaders';
import { TestApp, createAgency, createContact, createOrganisation, createSignedInStaff, createTestApp, testConfig } from '@app/testing';

const ORG_FIELDS = `id name type focusAreas neighbourhoods website phone notes status contacts { id name email optedOutAt }`;

describe('Partner organisations and contacts', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(testConfig());
  });
  afterAll(() => t.close());

  async function officerOfNewAgency(role = StaffRole.LIAISON_OFFICER) {
    const agency = await createAgency(t.dataSource);
    const staff = await createSignedInStaff(t.dataSource, t.graphql, agency.id, role);
    return { agency, token: staff.token, staff };
  }

  const create = (token: string, input: Record<string, unknown>) =>
    t.graphql.request(`mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { ${ORG_FIELDS} } }`, { input }, { token });

  it('an officer creates, updates, archives and restores an organisation, each change audited', async () => {
    const { token } = await officerOfNewAgency();
    const created = await create(token, {
      name: '  Northgate Youth Alliance ',
      type: 'NGO',
      focusAreas: ['Youth Safety', 'gangs', 'youth safety'],
      neighbourhoods: ['northgate'],
      website: 'nya.example.org',
      phone: '(555) 010-2000',
    });
    expect(created.errors).toBeUndefined();
    const org = created.data!.createOrganisation;
    expect(org).toMatchObject({
      name: 'Northgate Youth Alliance',
      focusAreas: ['youth safety', 'gangs'],
      neighbourhoods: ['Northgate'],
      website: 'https://nya.example.org',
      status: 'ACTIVE',
      contacts: [],
    });

    const updated = await t.graphql.data(
      `mutation($id: ID!) { updateOrganisation(id: $id, input: { notes: "Meets monthly", type: NEIGHBOURHOOD_ASSOCIATION }) { type notes name } }`,
      { id: org.id },
      token,
    );
    expect(updated.updateOrganisation).toEqual({ type: 'NEIGHBOURHOOD_ASSOCIATION', notes: 'Meets monthly', name: 'Northgate Youth Alliance' });

    const archived = await t.graphql.data(`mutation($id: ID!) { archiveOrganisation(id: $id) { status } }`, { id: org.id }, token);
    expect(archived.archiveOrganisation.status).toBe('ARCHIVED');
    const again = await t.graphql.request(`mutation($id: ID!) { archiveOrganisation(id: $id) { status } }`, { id: org.id }, { token });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentStatus: 'ARCHIVED' });
    const restored = await t.graphql.data(`mutation($id: ID!) { unarchiveOrganisation(id: $id) { status } }`, { id: org.id }, token);
    expect(restored.unarchiveOrganisation.status).toBe('ACTIVE');

    const audit = await t.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY created_at, id`, [org.id]);
    expect(audit.map((a: { action: string }) => a.action).sort()).toEqual(
      ['organisation.archive', 'organisation.create', 'organisation.unarchive', 'organisation.update'].sort(),
    );
  });

  it('refuses a second organisation with the same name (any letter case) as a CONFLICT naming input.name', async () => {
    const { token } = await officerOfNewAgency();
    expect((await create(token, { name: 'Safe Harbor', type: 'VICTIM_SERVICES' })).errors).toBeUndefined();
    const dup = await create(token, { name: 'SAFE HARBOR', type: 'NGO' });
    expect(dup.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.name' });
  });

  it('names the field for bad input: unknown neighbourhood, bad website, too-long name', async () => {
    const { token } = await officerOfNewAgency();
    const hood = await create(token, { name: 'A', type: 'NGO', neighbourhoods: ['Atlantis'] });
    expect(hood.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.neighbourhoods' });
    const site = await create(token, { name: 'B', type: 'NGO', website: 'ftp://files.example.org' });
    expect(site.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.website' });
    const long = await create(token, { name: 'x'.repeat(201), type: 'NGO' });
    expect(long.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
  });

  it('searches by name text and filters by type, focus area, neighbourhood and status, paginated', async () => {
    const { agency, token } = await officerOfNewAgency();
    const a = await createOrganisation(t.dataSource, agency.id, { name: 'Northgate High School', type: 'SCHOOL' as never, focusAreas: ['youth safety'], neighbourhoods: ['Northgate'] });
    const b = await createOrganisation(t.dataSource, agency.id, { name: 'Eastbrook Elementary School', type: 'SCHOOL' as never, focusAreas: ['traffic safety'], neighbourhoods: ['Eastbrook'] });
    const c = await createOrganisation(t.dataSource, agency.id, { name: 'Old Town 100% Mutual Aid', type: 'NGO' as never, focusAreas: ['youth safety'], neighbourhoods: ['Old Town'], status: 'ARCHIVED' as never });
    const list = async (filter: Record<string, unknown>, first = 20, after?: string) =>
      (
        await t.graphql.data(
          `query($filter: OrganisationFilterInput, $first: Int, $after: String) { organisations(filter: $filter, first: $first, after: $after) { totalCount edges { node { id name } } pageInfo { hasNextPage endCursor } } }`,
          { filter, first, after },
          token,
        )
      ).organisations;
    const ids = (conn: { edges: { node: { id: string } }[] }) => conn.edges.map((e) => e.node.id);

    expect(ids(await list({ text: 'school' }))).toEqual([b.id, a.id]);
    expect(ids(await list({ text: '100%' }))).toEqual([c.id]);
    expect(ids(await list({ text: '%' }))).toEqual([c.id]);
    expect(ids(await list({ type: 'NGO' }))).toEqual([c.id]);
    expect(ids(await list({ focusArea: 'Youth Safety' }))).toEqual([a.id, c.id]);
    expect(ids(await list({ neighbourhood: 'eastbrook' }))).toEqual([b.id]);
    expect(ids(await list({ status: 'ACTIVE' }))).toEqual([b.id, a.id]);
    expect(ids(await list({ status: 'ACTIVE', focusArea: 'youth safety' }))).toEqual([a.id]);

    const first = await list({}, 2);
    expect(first.totalCount).toBe(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await list({}, 2, first.pageInfo.endCursor);
    expect([...ids(first), ...ids(second)]).toEqual([b.id, a.id, c.id]);

    const bad = await t.graphql.request(`{ organisations(filter: { neighbourhood: "Atlantis" }) { totalCount } }`, {}, { token });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.neighbourhood' });
  });

  it('adds contacts with a normalised email, refuses a duplicate email in the agency (CONFLICT naming input.email), and lists them on the organisation', async () => {
    const { agency, token } = await officerOfNewAgency();
    const org = await createOrganisation(t.dataSource, agency.id);
    const other = await createOrganisation(t.dataSource, agency.id);
    const add = (organisationId: string, input: Record<string, unknown>) =>
      t.graphql.request(
        `mutation($o: ID!, $input: ContactInput!) { addContact(organisationId: $o, input: $input) { id email preferredLanguage roleTitle phone } }`,
        { o: organisationId, input },
        { token },
      );
    const added = await add(org.id, { name: 'Ana Ruiz', email: '  Ana.Ruiz@Example.ORG ', preferredLanguage: 'ES', roleTitle: 'Director', phone: '+1 555 010 3000' });
    expect(added.errors).toBeUndefined();
    expect(added.data!.addContact).toMatchObject({ email: 'ana.ruiz@example.org', preferredLanguage: 'es', roleTitle: 'Director' });

    const dup = await add(other.id, { name: 'Someone Else', email: 'ANA.RUIZ@example.org' });
    expect(dup.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.email' });
    const bad = await add(org.id, { name: 'No Email', email: 'not-an-email' });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.email' });

    const read = await t.graphql.data(`query($id: ID!) { organisation(id: $id) { contacts { email } } }`, { id: org.id }, token);
    expect(read.organisation.contacts).toEqual([{ email: 'ana.ruiz@example.org' }]);
  });

  it('two officers adding the same email at the same moment: one succeeds, the other gets CONFLICT (not a database error)', async () => {
    const { agency, token } = await officerOfNewAgency();
    const org = await createOrganisation(t.dataSource, agency.id);
    const results = await Promise.all(
      [1, 2, 3, 4].map((n) =>
        t.graphql.request(`mutation($o: ID!) { addContact(organisationId: $o, input: { name: "Racer ${n}", email: "race@example.org" }) { id } }`, { o: org.id }, { token }),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    for (const r of results.filter((r) => r.errors)) expect(r.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.email' });
  });

  it('an opt-out recorded by staff is audited and survives later edits by staff', async () => {
    const { agency, token } = await officerOfNewAgency();
    const org = await createOrganisation(t.dataSource, agency.id);
    const contact = await createContact(t.dataSource, org);
    const out = await t.graphql.data(
      `mutation($id: ID!) { recordContactOptOut(id: $id, reason: "asked by phone") { optedOut optedOutAt optOutSource } }`,
      { id: contact.id },
      token,
    );
    expect(out.recordContactOptOut.optedOut).toBe(true);
    expect(out.recordContactOptOut.optedOutAt).not.toBeNull();
    expect(out.recordContactOptOut.optOutSource).toBe('staff: asked by phone');
    const edited = await t.graphql.data(
      `mutation($id: ID!) { updateContact(id: $id, input: { name: "Renamed", roleTitle: "Chair", email: "new-address@example.org" }) { name email optedOut optedOutAt } }`,
      { id: contact.id },
      token,
    );
    expect(edited.updateContact).toMatchObject({ name: 'Renamed', email: 'new-address@example.org', optedOut: true });
    expect(edited.updateContact.optedOutAt).toBe(out.recordContactOptOut.optedOutAt);
    const audit = await t.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1 AND action = 'contact.opt_out'`, [contact.id]);
    expect(audit).toHaveLength(1);
  });

  it('mailableContacts never returns an opted-out contact; only the contact opting in makes them mailable again', async () => {
    const agency = await createAgency(t.dataSource);
    const org = await createOrganisation(t.dataSource, agency.id);
    const [keep, leave] = [await createContact(t.dataSource, org), await createContact(t.dataSource, org)];
    const contacts = t.app.get(ContactsService);
    await contacts.optOut(agency.id, leave.id, 'unsubscribe link');
    const mailable = async () => (await contacts.mailableContacts(t.dataSource.manager, agency.id).getMany()).map((c) => c.id).sort();
    expect(await mailable()).toEqual([keep.id]);
    await contacts.optIn(agency.id, leave.id);
    expect(await mailable()).toEqual([keep.id, leave.id].sort());
    const actions = await t.dataSource.query(`SELECT action, actor_type FROM audit_log WHERE entity_id = $1 ORDER BY created_at`, [leave.id]);
    expect(actions).toEqual([
      { action: 'contact.opt_out', actor_type: 'CONTACT' },
      { action: 'contact.opt_in', actor_type: 'CONTACT' },
    ]);
  });

  it('a page of 50 organisations with their contacts costs as many SQL queries as a page of 5 (per-request loader)', async () => {
    const { agency, token } = await officerOfNewAgency(StaffRole.ANALYST);
    for (let i = 0; i < 50; i++) {
      const org = await createOrganisation(t.dataSource, agency.id, { name: `Org ${String(i).padStart(2, '0')}` });
      await createContact(t.dataSource, org);
      await createContact(t.dataSource, org);
    }
    const { schema } = t.app.get(GraphQLSchemaHost);
    // Executed in-process (same resolvers, guard and context shape as over HTTP) so the counter sees every query.
    const page = async (first: number) =>
      QueryCounter.measure(() =>
        graphql({
          schema,
          source: `query($first: Int) { organisations(first: $first) { edges { node { name contacts { email } } } } }`,
          variableValues: { first },
          contextValue: { req: { headers: { authorization: `Bearer ${token}` } }, loaders: new RequestLoaders() },
        }),
      );
    const small = await page(5);
    const large = await page(50);
    expect(small.result.errors).toBeUndefined();
    expect(large.result.errors).toBeUndefined();
    const edges = (large.result.data as { organisations: { edges: { node: { contacts: unknown[] } }[] } }).organisations.edges;
    expect(edges).toHaveLength(50);
    expect(edges.every((e) => e.node.contacts.length === 2)).toBe(true);
    expect(small.queries).toBeGreaterThanOrEqual(3); // the counter sees the list, its count and the contacts
    expect(large.queries).toBe(small.queries);
  });

  it('refuses to remove a contact that something refers to (CONFLICT), keeping it', async () => {
    const { agency, token } = await officerOfNewAgency();
    const org = await createOrganisation(t.dataSource, agency.id);
    const contact = await createContact(t.dataSource, org);
    // Stands in for invitations, which will reference contacts.
    const table = `refs_${contact.id.replace(/-/g, '')}`;
    await t.dataSource.query(`CREATE TABLE ${table} (contact_id uuid NOT NULL REFERENCES contacts(id))`);
    try {
      await t.dataSource.query(`INSERT INTO ${table} VALUES ($1)`, [contact.id]);
      const res = await t.graphql.request(`mutation($id: ID!) { removeContact(id: $id) { id } }`, { id: contact.id }, { token });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'PARTNERS_CONTACT_IN_USE' });
      expect(await t.dataSource.query(`SELECT 1 FROM contacts WHERE id = $1`, [contact.id])).toHaveLength(1);
    } finally {
      await t.dataSource.query(`DROP TABLE ${table}`);
    }
  });

  it('removes a contact nothing refers to, audited', async () => {
    const { agency, token } = await officerOfNewAgency();
    const org = await createOrganisation(t.dataSource, agency.id);
    const contact = await createContact(t.dataSource, org);
    const removed = await t.graphql.data(`mutation($id: ID!) { removeContact(id: $id) { id email } }`, { id: contact.id }, token);
    expect(removed.removeContact.id).toBe(contact.id);
    expect(await t.dataSource.query(`SELECT 1 FROM contacts WHERE id = $1`, [contact.id])).toEqual([]);
    expect(await t.dataSource.query(`SELECT 1 FROM audit_log WHERE entity_id = $1 AND action = 'contact.remove'`, [contact.id])).toHaveLength(1);
  });

  it("another agency's organisations and contacts are not found, cannot be changed and never listed", async () => {
    const mine = await officerOfNewAgency();
    const theirs = await createAgency(t.dataSource);
    const org = await createOrganisation(t.dataSource, theirs.id, { name: 'Their Partner' });
    const contact = await createContact(t.dataSource, org);
    const notFound = async (query: string, vars: Record<string, unknown>) => {
      const res = await t.graphql.request(query, vars, { token: mine.token });
      expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    };
    await notFound(`query($id: ID!) { organisation(id: $id) { id } }`, { id: org.id });
    await notFound(`query($id: ID!) { contact(id: $id) { id } }`, { id: contact.id });
    await notFound(`mutation($id: ID!) { updateOrganisation(id: $id, input: { name: "Mine now" }) { id } }`, { id: org.id });
    await notFound(`mutation($id: ID!) { archiveOrganisation(id: $id) { id } }`, { id: org.id });
    await notFound(`mutation($id: ID!) { addContact(organisationId: $id, input: { name: "X", email: "x@example.org" }) { id } }`, { id: org.id });
    await notFound(`mutation($id: ID!) { updateContact(id: $id, input: { name: "X" }) { id } }`, { id: contact.id });
    await notFound(`mutation($id: ID!) { removeContact(id: $id) { id } }`, { id: contact.id });
    await notFound(`mutation($id: ID!) { recordContactOptOut(id: $id) { id } }`, { id: contact.id });
    const list = await t.graphql.data(`{ organisations(filter: { text: "Their" }) { totalCount } }`, {}, mine.token);
    expect(list.organisations.totalCount).toBe(0);
    expect(await t.dataSource.query(`SELECT name, status FROM organisations WHERE id = $1`, [org.id])).toEqual([{ name: 'Their Partner', status: 'ACTIVE' }]);
    expect(await t.dataSource.query(`SELECT 1 FROM contacts WHERE id = $1 AND opted_out_at IS NULL`, [contact.id])).toHaveLength(1);
    // The same email may exist in two agencies: uniqueness is per agency.
    const mineOrg = await createOrganisation(t.dataSource, mine.agency.id);
    const same = await t.graphql.request(
      `mutation($o: ID!, $e: String!) { addContact(organisationId: $o, input: { name: "Same Person", email: $e }) { id } }`,
      { o: mineOrg.id, e: contact.email },
      { token: mine.token },
    );
    expect(same.errors).toBeUndefined();
  });

  it('analysts read the directory but cannot change it', async () => {
    const { agency, token } = await officerOfNewAgency(StaffRole.ANALYST);
    const org = await createOrganisation(t.dataSource, agency.id);
    expect((await t.graphql.data(`query($id: ID!) { organisation(id: $id) { id } }`, { id: org.id }, token)).organisation.id).toBe(org.id);
    const res = await create(token, { name: 'Nope', type: 'NGO' });
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const contact = await createContact(t.dataSource, org);
    const optOut = await t.graphql.request(`mutation($id: ID!) { recordContactOptOut(id: $id) { id } }`, { id: contact.id }, { token });
    expect(optOut.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
