import { AuditService } from '@app/audit';
import { StaffActor, StaffRole } from '@app/common';
import { InvitationsModule, InvitationsService } from '@app/invitations';
import { JobsService } from '@app/queue';
import { StaffService } from '@app/staff';
import { LibTestModule, createContacts, createForum, createLibTestModule, createStaffActor } from '@app/testing';

/**
 * Mail and jobs a change owes are queued by the unit of work once its transaction has
 * committed: a change that rolls back after writing its outbox rows leaves nothing queued.
 */
describe('After commit, never before (real PostgreSQL and Redis)', () => {
  let lib: LibTestModule;
  let jobs: JobsService;

  beforeAll(async () => {
    lib = await createLibTestModule({ imports: [InvitationsModule] });
    jobs = lib.get(JobsService);
  });
  afterAll(() => lib.close());
  afterEach(() => jest.restoreAllMocks());

  /** The names of the jobs queued from now on (single and bulk). */
  function watchQueues(): () => string[] {
    const one = jest.spyOn(jobs, 'enqueue');
    const many = jest.spyOn(jobs, 'enqueueMany');
    return () => [...one.mock.calls.map(([name]) => name), ...many.mock.calls.filter(([, queued]) => queued.length > 0).map(([name]) => name)];
  }

  const outboxRows = async (agencyId: string): Promise<number> =>
    (await lib.dataSource.query(`SELECT count(*)::int AS n FROM outbound_emails WHERE agency_id = $1`, [agencyId]))[0].n;

  it('forum invitations: a rolled-back invite queues no mail and no reminder; the same invite committed queues both', async () => {
    const actor = await createStaffActor(lib.dataSource);
    const forum = await createForum(lib.dataSource, actor.agencyId);
    const contactIds = await createContacts(lib.dataSource, actor.agencyId, 3);
    const invitations = lib.get(InvitationsService);
    const queued = watchQueues();

    // `alsoIn` runs in the inviting transaction after the invitations, outbox rows and reminders are written.
    const refuse = async () => {
      throw new Error('refused after the writes');
    };
    await expect(invitations.invite(actor, forum.id, { contactIds }, refuse)).rejects.toThrow('refused after the writes');
    expect(await outboxRows(actor.agencyId)).toBe(0);
    expect(queued()).toEqual([]);

    await expect(invitations.invite(actor, forum.id, { contactIds })).resolves.toMatchObject({ invited: 3 });
    expect(await outboxRows(actor.agencyId)).toBe(3);
    expect(queued().sort()).toEqual(['invitations.reminder', 'mail.send']);
  });

  it('staff invitations: a rolled-back invite queues no mail; the same invite committed queues it', async () => {
    const admin: StaffActor = await createStaffActor(lib.dataSource, StaffRole.ADMIN);
    const staff = lib.get(StaffService);
    const invite = { name: 'Rosa Diaz', email: `rosa.${admin.agencyId.slice(0, 8)}@example.test`, role: StaffRole.ANALYST };
    const queued = watchQueues();

    // The audit entry is written after the invitation email's outbox row: failing it rolls both back.
    jest.spyOn(lib.get(AuditService), 'record').mockRejectedValueOnce(new Error('audit refused'));
    await expect(staff.invite(admin, invite)).rejects.toThrow('audit refused');
    expect(await outboxRows(admin.agencyId)).toBe(0);
    expect(queued()).toEqual([]);

    await expect(staff.invite(admin, invite)).resolves.toMatchObject({ email: invite.email });
    expect(await outboxRows(admin.agencyId)).toBe(1);
    expect(queued()).toEqual(['mail.send']);
  });
});
