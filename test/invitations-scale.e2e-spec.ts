import { StaffRole } from '@app/common';
import { JobsService, QueueName } from '@app/queue';
import { OrganisationType } from '@app/partners';
import { TestApp, createAgency, createContacts, createForum, createOrganisation, createSignedInStaff, createTestApp, testConfig } from '@app/testing';
import { INVITE } from './support/rsvp-helpers';

/** Large audiences are set-based: one mutation writes 10,000 invitations and their emails together. */
describe('Inviting a large audience', () => {
  let t: TestApp;

  const agencies: string[] = [];

  // No worker here: the mails stay queued, which is what this test inspects.
  beforeAll(async () => {
    t = await createTestApp(testConfig());
  });
  // The run's database is shared: 10,000 pending rows left behind would be swept into the
  // next suite's worker. They were only ever meant to be counted.
  afterAll(async () => {
    await t.dataSource.query(`UPDATE outbound_emails SET status = 'CANCELLED' WHERE agency_id = ANY($1::uuid[]) AND status = 'PENDING'`, [agencies]);
    await t.close();
  });

  it('one invite mutation writes 10,000 invitations, 10,000 outbox rows with distinct Message-IDs, and queues 10,000 send jobs', async () => {
    const agency = await createAgency(t.dataSource);
    agencies.push(agency.id);
    const officer = await createSignedInStaff(t.dataSource, t.graphql, agency.id, StaffRole.LIAISON_OFFICER);
    const forum = await createForum(t.dataSource, agency.id);
    const org = await createOrganisation(t.dataSource, agency.id, { type: OrganisationType.NEIGHBOURHOOD_ASSOCIATION, neighbourhoods: ['Eastbrook'] });
    await createContacts(t.dataSource, agency.id, 10_000, org.id);

    const result = await t.graphql.data<{ inviteToForum: { invited: number } }>(
      INVITE,
      { forumId: forum.id, input: { audience: { neighbourhoods: ['Eastbrook'] } } },
      officer.token,
    );
    expect(result.inviteToForum.invited).toBe(10_000);

    const [counts] = await t.dataSource.query(
      `SELECT count(*)::int AS invitations, count(DISTINCT e.message_id)::int AS message_ids, count(*) FILTER (WHERE e.status = 'PENDING')::int AS pending
         FROM invitations i JOIN outbound_emails e ON e.id = i.email_id WHERE i.forum_id = $1`,
      [forum.id],
    );
    expect(counts).toEqual({ invitations: 10_000, message_ids: 10_000, pending: 10_000 });
    const queued = await t.app.get(JobsService).queue(QueueName.MAIL).getJobCounts('waiting', 'delayed', 'prioritized');
    expect(queued.waiting + queued.delayed + queued.prioritized).toBe(10_000);

    const again = await t.graphql.data<{ inviteToForum: { invited: number; alreadyInvited: number } }>(
      INVITE,
      { forumId: forum.id, input: { audience: { neighbourhoods: ['Eastbrook'] } } },
      officer.token,
    );
    expect(again.inviteToForum).toMatchObject({ invited: 0, alreadyInvited: 10_000 });
  });
});
