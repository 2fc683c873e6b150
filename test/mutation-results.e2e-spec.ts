import { GraphQLSchemaHost } from '@nestjs/graphql';
import { StaffRole } from '@app/common';
import { TestApp, createAgency, createContact, createForum, createOrganisation, createSignedInStaff, createTestApp, createVenue, testConfig } from '@app/testing';
import { actionItemForContact } from './support/action-items';
import { everyField } from './support/selection';

/** A mutation answers with the whole changed thing, whichever of its fields the change touched. */
describe('What update mutations answer with', () => {
  let t: TestApp;
  let select: (typeName: string) => string;

  beforeAll(async () => {
    t = await createTestApp(testConfig());
    const { schema } = t.app.get(GraphQLSchemaHost);
    select = (typeName) => everyField(schema, typeName);
  });
  afterAll(() => t.close());

  async function adminOfNewAgency() {
    const agency = await createAgency(t.dataSource);
    return { agency, token: (await createSignedInStaff(t.dataSource, t.graphql, agency.id, StaffRole.ADMIN)).token };
  }

  const SETTINGS: Record<string, unknown>[] = [
    { name: 'Lakeside Police' },
    { slug: `lakeside-${Date.now().toString(36)}` },
    { timeZone: 'America/Denver' },
    { neighbourhoods: ['Harbour', 'Old Town'] },
    { branding: { primaryColor: '#112233' } },
    { mailSenderName: 'Lakeside Community Team' },
    { mailSenderEmail: 'community@lakeside.example' },
  ];

  it.each(SETTINGS)('updateAgencySettings(%j) answers with the whole saved agency', async (input) => {
    const { token } = await adminOfNewAgency();
    const res = await t.graphql.request(`mutation($input: UpdateAgencySettingsInput!) { updateAgencySettings(input: $input) { ${select('Agency')} } }`, { input }, { token });
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateAgencySettings).toMatchObject(input);
    const stored = await t.graphql.data(`{ agency { ${select('Agency')} } }`, {}, token);
    expect(res.data!.updateAgencySettings).toEqual(stored.agency);
  });

  it('the other update mutations answer with the whole entity after a one-field change', async () => {
    const { agency, token } = await adminOfNewAgency();
    const organisation = await createOrganisation(t.dataSource, agency.id);
    const contact = await createContact(t.dataSource, organisation);
    const venue = await createVenue(t.dataSource, agency.id);
    const forum = await createForum(t.dataSource, agency.id);
    const cases = [
      { mutation: 'updateOrganisation', type: 'Organisation', id: organisation.id, input: { notes: 'Meets monthly' }, read: 'organisation' },
      { mutation: 'updateContact', type: 'Contact', id: contact.id, input: { roleTitle: 'Chair' }, read: 'contact' },
      { mutation: 'updateVenue', type: 'Venue', id: venue.id, input: { notes: 'Side entrance' }, read: 'venue' },
      { mutation: 'updateForum', type: 'Forum', id: forum.id, input: { accessibilityNotes: 'Ramp at the back' }, read: 'forum' },
    ];
    await expectWholeAnswers(cases, token);
  });

  it('so do the task-force ones', async () => {
    const { officer, itemId } = await actionItemForContact(t);
    const { actionItem } = await t.graphql.data(`query($id: ID!) { actionItem(id: $id) { taskForceId } }`, { id: itemId }, officer.token);
    await expectWholeAnswers(
      [
        { mutation: 'updateTaskForce', type: 'TaskForce', id: actionItem.taskForceId, input: { charter: 'Meets fortnightly' }, read: 'taskForce' },
        { mutation: 'updateActionItem', type: 'ActionItem', id: itemId, input: { notes: 'Use the state curriculum' }, read: 'actionItem' },
      ],
      officer.token,
    );
  });

  /** Each `mutation(id, input)` answers with every field of `type`, as `read(id)` then shows it. */
  async function expectWholeAnswers(cases: { mutation: string; type: string; id: string; input: Record<string, unknown>; read: string }[], token: string) {
    for (const c of cases) {
      const res = await t.graphql.request(`mutation($id: ID!, $input: Update${c.type}Input!) { ${c.mutation}(id: $id, input: $input) { ${select(c.type)} } }`, c, { token });
      expect({ mutation: c.mutation, errors: res.errors }).toEqual({ mutation: c.mutation, errors: undefined });
      expect(res.data![c.mutation]).toMatchObject(c.input);
      const stored = await t.graphql.data(`query($id: ID!) { ${c.read}(id: $id) { ${select(c.type)} } }`, { id: c.id }, token);
      expect(res.data![c.mutation]).toEqual(stored[c.read]);
    }
  }
});
