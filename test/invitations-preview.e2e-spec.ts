import { DataSource } from 'typeorm';
import { StaffRole } from '@app/common';
import { OrganisationType } from '@app/partners';
import { TestApp, createAgency, createContact, createForum, createOrganisation, createSignedInStaff, createTestApp, testConfig } from '@app/testing';
import { INVITE } from './support/rsvp-helpers';

const PREVIEW = `query($forumId: ID!, $input: InviteToForumInput!) {
  invitationPreview(forumId: $forumId, input: $input) { invited alreadyInvited skippedOptedOut organisations skipped { contactName email reason } }
}`;

const LIST = `query($forumId: ID!, $filter: InvitationFilterInput) {
  forumInvitations(forumId: $forumId, filter: $filter, first: 10) { totalCount edges { node { contactName } } }
}`;

/** The audience builder's preview: the counts inviteToForum will give, before anything is written or mailed. */
describe('Previewing an invitation before sending it', () => {
  let t: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    t = await createTestApp(testConfig());
    db = t.dataSource;
  });
  afterAll(() => t.close());

  async function setup() {
    const agency = await createAgency(db);
    const officer = await createSignedInStaff(db, t.graphql, agency.id, StaffRole.LIAISON_OFFICER);
    const forum = await createForum(db, agency.id);
    return { agency, officer, forum };
  }

  it('counts and names who would be invited and who skipped (opted out, already invited) exactly as the send then does, writing nothing', async () => {
    const { agency, officer, forum } = await setup();
    const clinic = await createOrganisation(db, agency.id, { type: OrganisationType.MENTAL_HEALTH_AGENCY });
    const school = await createOrganisation(db, agency.id, { type: OrganisationType.SCHOOL, neighbourhoods: ['Old Town'] });
    await createContact(db, clinic, { name: 'Clinic Ana' });
    await createContact(db, school, { name: 'Teacher Ben' });
    const optedOut = await createContact(db, school, { name: 'Opted Olga', optedOutAt: new Date(), optOutSource: 'test' });
    const earlier = await createContact(db, agency.id, { name: 'Earlier Eve' });
    await t.graphql.data(INVITE, { forumId: forum.id, input: { contactIds: [earlier.id] } }, officer.token);

    const input = {
      contactIds: [earlier.id],
      organisations: [{ organisationId: clinic.id, seats: 2 }],
      audience: { organisationTypes: ['SCHOOL'], neighbourhoods: ['Old Town'] },
    };
    const { invitationPreview } = await t.graphql.data<{ invitationPreview: Record<string, unknown> }>(PREVIEW, { forumId: forum.id, input }, officer.token);
    expect(invitationPreview).toEqual({
      invited: 2,
      alreadyInvited: 1,
      skippedOptedOut: 1,
      organisations: 1,
      skipped: [
        { contactName: 'Earlier Eve', email: earlier.email, reason: 'ALREADY_INVITED' },
        { contactName: 'Opted Olga', email: optedOut.email, reason: 'OPTED_OUT' },
      ],
    });
    // Nothing written: no new invitations, no organisation seats.
    expect(await db.query(`SELECT count(*)::int AS n FROM invitations WHERE forum_id = $1`, [forum.id])).toEqual([{ n: 1 }]);
    expect(await db.query(`SELECT count(*)::int AS n FROM forum_organisation_invitations WHERE forum_id = $1`, [forum.id])).toEqual([{ n: 0 }]);

    const { inviteToForum } = await t.graphql.data<{ inviteToForum: Record<string, unknown> }>(INVITE, { forumId: forum.id, input }, officer.token);
    const { skipped, ...counts } = invitationPreview;
    expect(skipped).toHaveLength(2);
    expect(inviteToForum).toEqual(counts);
  });

  it('refuses what the send refuses, by field: an empty audience, a forum not open for invitations', async () => {
    const { agency, officer, forum } = await setup();
    const empty = await t.graphql.request(PREVIEW, { forumId: forum.id, input: { audience: {} } }, { token: officer.token });
    expect(empty.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.audience' });
    const draft = await createForum(db, agency.id, { status: 'DRAFT' as never, publishedAt: null });
    const contact = await createContact(db, agency.id);
    const closed = await t.graphql.request(PREVIEW, { forumId: draft.id, input: { contactIds: [contact.id] } }, { token: officer.token });
    expect(closed.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'forumId' });
    expect(closed.errors![0].message).toMatch(/publish/i);
  });

  it('the invitation list searches by part of a name or email (the door list)', async () => {
    const { agency, officer, forum } = await setup();
    const people = await Promise.all(['Maria Lopez', 'Mario Rossi', 'Sam Chen'].map((name) => createContact(db, agency.id, { name })));
    await t.graphql.data(INVITE, { forumId: forum.id, input: { contactIds: people.map((p) => p.id) } }, officer.token);
    const search = async (text: string) =>
      (await t.graphql.data<{ forumInvitations: { totalCount: number; edges: { node: { contactName: string } }[] } }>(LIST, { forumId: forum.id, filter: { text } }, officer.token))
        .forumInvitations;
    expect((await search('mari')).edges.map((e) => e.node.contactName).sort()).toEqual(['Maria Lopez', 'Mario Rossi']);
    expect((await search(people[2].email.slice(0, 12))).edges.map((e) => e.node.contactName)).toEqual(['Sam Chen']);
    expect((await search('%')).totalCount).toBe(0);
  });
});
