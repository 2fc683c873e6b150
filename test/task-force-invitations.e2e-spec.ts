import { DataSource } from 'typeorm';
import { StaffRole } from '@app/common';
import { ForumType } from '@app/forums';
import { MailTestStack, createAgency, createContact, createForum, createMailTestStack, createOrganisation, createSignedInStaff, waitForIdleQueues } from '@app/testing';
import { tokenOf } from './support/rsvp-helpers';

const DAY = 24 * 3_600_000;
const CREATE = `mutation($input: CreateTaskForceInput!) { createTaskForce(input: $input) { id } }`;
const JOIN = `mutation($tf: ID!, $input: AddTaskForceOrganisationInput!) { addTaskForceOrganisation(taskForceId: $tf, input: $input) { id } }`;
const LINK = `mutation($tf: ID!, $forum: ID!) { linkTaskForceMeeting(taskForceId: $tf, forumId: $forum) { __typename } }`;
const INVITE_MEMBERS = `mutation($tf: ID!, $forum: ID!) { inviteTaskForceMembersToMeeting(taskForceId: $tf, forumId: $forum) { invited alreadyInvited skippedOptedOut } }`;

/** Issue 6: "invite all members" of a task force to one of its meetings, through the invitation pipeline. */
describe('Inviting a task force to its meeting', () => {
  let stack: MailTestStack;
  let db: DataSource;

  beforeAll(async () => {
    stack = await createMailTestStack({ PUBLIC_RATE_LIMIT: '10000' });
    db = stack.t.dataSource;
  });
  afterAll(() => stack.close());

  async function setup() {
    const agency = await createAgency(db);
    const officer = await createSignedInStaff(db, stack.t.graphql, agency.id, StaffRole.LIAISON_OFFICER);
    const tf = (
      await stack.t.graphql.data<{ createTaskForce: { id: string } }>(
        CREATE,
        { input: { name: `Youth safety JTF ${Math.random()}`, focusIssue: 'YOUTH_SAFETY', leadOfficerId: officer.user.id, startsOn: '2026-01-05' } },
        officer.token,
      )
    ).createTaskForce;
    const [shelter, school] = await Promise.all([createOrganisation(db, agency.id), createOrganisation(db, agency.id)]);
    const [ana, ben, gone, notDesignated] = await Promise.all([
      createContact(db, shelter, { name: 'Ana' }),
      createContact(db, school, { name: 'Ben' }),
      createContact(db, school, { name: 'Gone' }),
      createContact(db, school, { name: 'Not designated' }),
    ]);
    await stack.t.graphql.data(JOIN, { tf: tf.id, input: { organisationId: shelter.id, role: 'LEAD_PARTNER', contactIds: [ana.id], joinedOn: '2026-01-10' } }, officer.token);
    await stack.t.graphql.data(JOIN, { tf: tf.id, input: { organisationId: school.id, role: 'MEMBER', contactIds: [ben.id, gone.id], joinedOn: '2026-01-10' } }, officer.token);
    await db.query(`UPDATE contacts SET opted_out_at = now(), opt_out_source = 'test' WHERE id = $1`, [gone.id]);
    const meeting = await createForum(db, agency.id, { type: ForumType.TASK_FORCE_MEETING, startsAt: new Date(Date.now() + 7 * DAY) });
    await stack.t.graphql.data(LINK, { tf: tf.id, forum: meeting.id }, officer.token);
    return { agency, officer, tf, meeting, ana, ben, gone, notDesignated };
  }

  it("invites the member organisations' designated contacts (not the opted-out, not the undesignated) with the usual invitation mail, audited; again adds nobody", async () => {
    const { officer, tf, meeting, ana, ben, gone, notDesignated } = await setup();
    const { inviteTaskForceMembersToMeeting: first } = await stack.t.graphql.data<{ inviteTaskForceMembersToMeeting: Record<string, number> }>(
      INVITE_MEMBERS,
      { tf: tf.id, forum: meeting.id },
      officer.token,
    );
    expect(first).toEqual({ invited: 2, alreadyInvited: 0, skippedOptedOut: 0 });
    for (const person of [ana, ben]) {
      const mail = (await stack.sink.waitFor(person.email))[0];
      expect(mail.parsed.subject).toContain(meeting.title);
      expect(tokenOf(mail)).toMatch(/^[a-f0-9]{40}$/);
    }
    const again = await stack.t.graphql.data<{ inviteTaskForceMembersToMeeting: Record<string, number> }>(INVITE_MEMBERS, { tf: tf.id, forum: meeting.id }, officer.token);
    expect(again.inviteTaskForceMembersToMeeting).toMatchObject({ invited: 0, alreadyInvited: 2 });
    await waitForIdleQueues(stack.worker);
    expect(stack.sink.to(ana.email)).toHaveLength(1);
    expect(stack.sink.to(gone.email)).toHaveLength(0);
    expect(stack.sink.to(notDesignated.email)).toHaveLength(0);
    const audit = await db.query(`SELECT action FROM audit_log WHERE entity_id = $1 AND action = 'taskForce.meeting.invite_members'`, [tf.id]);
    expect(audit).toHaveLength(2);
    expect(await db.query(`SELECT 1 FROM invitations WHERE forum_id = $1`, [meeting.id])).toHaveLength(2);
  });

  it("refuses a forum that is not this task force's meeting, naming forumId, and writes nothing", async () => {
    const { agency, officer, tf } = await setup();
    const unlinked = await createForum(db, agency.id, { type: ForumType.TASK_FORCE_MEETING, startsAt: new Date(Date.now() + 7 * DAY) });
    const townHall = await createForum(db, agency.id, { startsAt: new Date(Date.now() + 7 * DAY) });
    for (const forum of [unlinked, townHall]) {
      const res = await stack.t.graphql.request(INVITE_MEMBERS, { tf: tf.id, forum: forum.id }, { token: officer.token });
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'forumId' });
      expect(await db.query(`SELECT 1 FROM invitations WHERE forum_id = $1`, [forum.id])).toHaveLength(0);
    }
  });
});
