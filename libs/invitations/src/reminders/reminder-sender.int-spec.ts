import { Clock, SettableClock } from '@app/common';
import { JobsService } from '@app/queue';
import { LibTestModule, createContacts, createForum, createLibTestModule, createStaffActor } from '@app/testing';
import { InvitationsModule } from '../invitations.module';
import { InvitationsService } from '../inviting/invitations.service';
import { ReminderSender } from './reminder-sender.service';

/** The invitations module alone against this run's PostgreSQL and Redis: a due reminder, sent once, by the clock. */
describe('Reminder sender (real PostgreSQL and Redis)', () => {
  let lib: LibTestModule;
  let clock: SettableClock;

  beforeAll(async () => {
    lib = await createLibTestModule({ imports: [InvitationsModule] });
    clock = lib.module.get(Clock) as SettableClock;
  });
  afterEach(() => {
    clock.reset();
    jest.restoreAllMocks();
  });
  afterAll(() => lib.close());

  it('mails the attending once the clock reaches "3 days before", queues the mail after commit, and never sends it twice', async () => {
    const actor = await createStaffActor(lib.dataSource);
    const forum = await createForum(lib.dataSource, actor.agencyId);
    const contactIds = await createContacts(lib.dataSource, actor.agencyId, 3);
    await lib.get(InvitationsService).invite(actor, forum.id, { contactIds });
    await lib.dataSource.query(`UPDATE invitations SET response = 'ATTENDING', party_size = 1 WHERE forum_id = $1 AND contact_id = ANY($2)`, [forum.id, contactIds.slice(0, 2)]);
    const [reminder] = await lib.dataSource.query(`SELECT id, due_at FROM forum_reminders WHERE forum_id = $1 AND kind = 'REMINDER' AND offset_minutes = 4320`, [forum.id]);
    const sender = lib.get(ReminderSender);
    const queued = jest.spyOn(lib.get(JobsService), 'enqueueMany');

    expect(await sender.send(reminder.id)).toBe(0);
    expect(queued).not.toHaveBeenCalled();

    clock.set(new Date(new Date(reminder.due_at).getTime() + 60_000));
    expect(await sender.send(reminder.id)).toBe(2);
    expect(queued.mock.calls.map(([name, jobs]) => [name, jobs.length])).toEqual([['mail.send', 2]]);
    expect(await sender.send(reminder.id)).toBe(0);
  });
});
