import { Clock, SettableClock, StaffRole } from '@app/common';
import { ForumType } from '@app/forums';
import { JobsService } from '@app/queue';
import { formatCalendarDate, translate } from '@app/i18n';
import { DigestService, OverdueRemindersService } from '@app/task-forces';
import {
  MailTestStack,
  SmtpSink,
  TestApp,
  createAgency,
  createForum,
  createContact,
  createOrganisation,
  createSignedInStaff,
  createMailTestStack,
  waitForJobToFinish,
} from '@app/testing';

// Monday 30 November 2026 in Chicago (UTC−6): 07:30 is before the digest hour, 08:05 and 09:05 after it.
const SUNDAY_EVENING = new Date('2026-11-30T03:00:00Z');
const MONDAY_0730 = new Date('2026-11-30T13:30:00Z');
const MONDAY_0805 = new Date('2026-11-30T14:05:00Z');
const MONDAY_0905 = new Date('2026-11-30T15:05:00Z');

describe('Task force mail from the worker: weekly digest and overdue reminders', () => {
  let stack: MailTestStack;
  let t: TestApp;
  let sink: SmtpSink;

  beforeAll(async () => {
    stack = await createMailTestStack();
    ({ t, sink } = stack);
  });
  afterAll(() => stack.close());

  async function digestTo(email: string) {
    for (let count = 1; ; count++) {
      const found = (await sink.waitFor(email, count)).find((m) => m.parsed.subject?.includes('your week of'));
      if (found) return found;
    }
  }

  async function activeTaskForce() {
    const agency = await createAgency(t.dataSource, { name: 'Lakeside PD', timeZone: 'America/Chicago' });
    const lead = await createSignedInStaff(t.dataSource, t.graphql, agency.id, StaffRole.LIAISON_OFFICER);
    const gql = (q: string, v: Record<string, unknown>) => t.graphql.data(q, v, lead.token);
    const tf = (
      await gql(`mutation($input: CreateTaskForceInput!) { createTaskForce(input: $input) { id } }`, {
        input: { name: 'Human Trafficking Joint Task Force', focusIssue: 'HUMAN_TRAFFICKING', leadOfficerId: lead.user.id, startsOn: '2026-01-05' },
      })
    ).createTaskForce;
    await gql(`mutation($id: ID!) { changeTaskForceStatus(id: $id, status: ACTIVE) { id } }`, { id: tf.id });
    const org = await createOrganisation(t.dataSource, agency.id, { name: 'Safe Harbor Shelter' });
    const contact = await createContact(t.dataSource, org, { name: 'Maria Lopez' });
    const quiet = await createContact(t.dataSource, org, { name: 'Opted Out', optedOutAt: new Date() });
    await gql(`mutation($tf: ID!, $input: AddTaskForceOrganisationInput!) { addTaskForceOrganisation(taskForceId: $tf, input: $input) { id } }`, {
      tf: tf.id,
      input: { organisationId: org.id, role: 'LEAD_PARTNER', contactIds: [contact.id, quiet.id], joinedOn: '2026-01-05' },
    });
    const item = async (title: string, dueOn: string, owner: Record<string, string>) =>
      (await gql(`mutation($tf: ID!, $input: CreateActionItemInput!) { createActionItem(taskForceId: $tf, input: $input) { id } }`, { tf: tf.id, input: { title, dueOn, ...owner } })).createActionItem.id as string;
    return { agency, lead, tf, contact, quiet, gql, item };
  }

  it('sends each task force’s digest to its lead and member contacts once, from Monday 08:00 in the agency’s time zone, never to opted-out contacts', async () => {
    const { agency, lead, tf, contact, quiet, gql, item } = await activeTaskForce();
    await item('Train motel front-desk staff', '2026-11-20', { ownerContactId: contact.id });
    await item('Brief patrol on indicators', '2026-12-04', { ownerStaffId: lead.user.id });
    const problem = (await gql(`mutation($tf: ID!) { createTaskForceProblem(taskForceId: $tf, input: { title: "Motels" }) { id } }`, { tf: tf.id })).createTaskForceProblem;
    const objective = (await gql(`mutation($tf: ID!, $p: ID!) { createTaskForceObjective(taskForceId: $tf, input: { problemId: $p, title: "Identify victims" }) { id } }`, { tf: tf.id, p: problem.id })).createTaskForceObjective;
    const indicator = (
      await gql(`mutation($o: ID!, $input: AddIndicatorInput!) { addObjectiveIndicator(objectiveId: $o, input: $input) { id } }`, {
        o: objective.id,
        input: { metricName: 'Victims referred to services', unit: 'referrals', baselineValue: 3, baselineOn: '2026-01-01', targetValue: 12, targetOn: '2026-12-31', direction: 'UP_IS_BETTER' },
      })
    ).addObjectiveIndicator;
    await gql(`mutation($tf: ID!, $input: RecordMeasurementInput!) { recordIndicatorMeasurement(taskForceId: $tf, input: $input) { id } }`, {
      tf: tf.id,
      input: { indicatorId: indicator.id, measuredOn: '2026-11-01', value: 9 },
    });
    const meeting = await createForum(t.dataSource, agency.id, { type: ForumType.TASK_FORCE_MEETING, title: 'December task force meeting', startsAt: new Date('2026-12-08T18:00:00Z') });
    await gql(`mutation($tf: ID!, $f: ID!) { linkTaskForceMeeting(taskForceId: $tf, forumId: $f) { forumId } }`, { tf: tf.id, f: meeting.id });

    const digests = stack.worker.get(DigestService);
    // The worker's clock, stopped at each instant in turn (the digest decides by it).
    const clock = stack.worker.get(Clock) as SettableClock;
    clock.set(SUNDAY_EVENING);
    expect(await digests.sendDue(agency.id)).toBe(0);
    clock.set(MONDAY_0730);
    expect(await digests.sendDue(agency.id)).toBe(0);

    // Through the real job, as the hourly scheduler runs it.
    clock.set(MONDAY_0805);
    await t.app.get(JobsService).enqueue('task-forces.digest', { agencyId: agency.id });
    const toContact = await digestTo(contact.email);
    const toLead = await digestTo(lead.user.email);
    expect(toContact.parsed.subject).toBe('Human Trafficking Joint Task Force: your week of November 30, 2026');
    const text = toContact.parsed.text ?? '';
    expect(text).toMatch(/OVERDUE ACTION ITEMS\n- Train motel front-desk staff – due November 20, 2026, open \(Maria Lopez\)\n {2}Update the status: http\S+\/action-items\//);
    expect(text).toContain('- Brief patrol on indicators – due December 4, 2026, open');
    expect(text).toContain('Victims referred to services: 9 referrals on November 1, 2026 (target 12 referrals by December 31, 2026; off track)');
    expect(text).toContain('December task force meeting, Tuesday, December 8, 2026 at 12:00 PM CST');
    // The lead sees the items but gets no partner status link.
    expect(toLead.parsed.text).toContain('Train motel front-desk staff');
    expect(toLead.parsed.text).not.toContain('/action-items/');

    // Later runs the same Monday, and two at once, send nothing more.
    clock.set(MONDAY_0905);
    expect(await Promise.all([digests.sendDue(agency.id), digests.sendDue(agency.id)])).toEqual([0, 0]);
    clock.reset();
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM outbound_emails WHERE agency_id = $1 AND kind = 'task-force.digest'`, [agency.id]);
    expect(n).toBe(2);
    expect(await t.dataSource.query(`SELECT week_start::text AS week, email_count FROM task_force_digest_runs WHERE agency_id = $1`, [agency.id])).toEqual([{ week: '2026-11-30', email_count: 2 }]);
    expect(sink.to(quiet.email)).toEqual([]);
  });

  it('reminds the owner of an overdue item exactly once, with the status link for a contact, however often it runs; never to an opted-out contact', async () => {
    const { agency, lead, contact, quiet, item } = await activeTaskForce();
    const quietItem = await item('Send the shelter rota', '2026-02-03', { ownerContactId: quiet.id });
    const overdueForContact = await item('Collect shelter intake numbers', '2026-02-01', { ownerContactId: contact.id });
    await item('Audit the hotline log', '2026-02-02', { ownerStaffId: lead.user.id });
    await item('Plan the spring campaign', '2099-03-01', { ownerStaffId: lead.user.id });
    await sink.waitFor(contact.email); // the assignment email
    const reminders = stack.worker.get(OverdueRemindersService);

    const counts = await Promise.all([reminders.sendDue(agency.id), reminders.sendDue(agency.id)]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(3);
    expect(await reminders.sendDue(agency.id)).toBe(0);
    const job = await t.app.get(JobsService).enqueue('task-forces.overdue-reminders', { agencyId: agency.id });

    const mails = await sink.waitFor(contact.email, 2);
    const reminder = mails.find((m) => m.parsed.subject?.startsWith('Overdue:'))!;
    expect(reminder.parsed.subject).toBe('Overdue: Collect shelter intake numbers (Human Trafficking Joint Task Force)');
    const link = /https?:\/\/\S+\/action-items\/[\w.-]+/.exec(reminder.parsed.text ?? '')![0];
    expect((await fetch(`${t.url}${new URL(link).pathname}`)).status).toBe(200);
    const [toLead] = await sink.waitFor(lead.user.email);
    expect(toLead.parsed.subject).toBe('Overdue: Audit the hotline log (Human Trafficking Joint Task Force)');
    expect(toLead.parsed.text).not.toContain('/action-items/');

    // Once the queued job has run: still exactly one reminder each.
    await waitForJobToFinish(t.app, 'task-forces.overdue-reminders', job.id!);
    expect(await job.getState()).toBe('completed');
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM outbound_emails WHERE agency_id = $1 AND kind = 'task-force.action-item.overdue'`, [agency.id]);
    expect(n).toBe(2);
    const marked = await t.dataSource.query(`SELECT count(*)::int AS n FROM task_force_action_items WHERE id = ANY($1) AND overdue_reminded_at IS NOT NULL`, [[overdueForContact, quietItem]]);
    expect(marked[0].n).toBe(2);
    // An opt-out stops outreach (the overdue reminder), not the operational mail giving the owner their status link.
    const toQuiet = await sink.waitFor(quiet.email);
    expect(toQuiet).toHaveLength(1);
    expect(toQuiet[0].parsed.subject).not.toMatch(/^Overdue:/);
    expect(toQuiet[0].parsed.headers.get('list-unsubscribe')).toBeUndefined();

    // An address that bounced for good gets no overdue reminder either (the item is still settled).
    await t.dataSource.query(`UPDATE contacts SET undeliverable_at = now() WHERE id = $1`, [contact.id]);
    const bouncedItem = await item('Share the hotline poster', '2026-02-04', { ownerContactId: contact.id });
    expect(await reminders.sendDue(agency.id)).toBe(1);
    const [after] = await t.dataSource.query(`SELECT count(*)::int AS n FROM outbound_emails WHERE agency_id = $1 AND kind = 'task-force.action-item.overdue'`, [agency.id]);
    expect(after.n).toBe(2);
    expect((await t.dataSource.query(`SELECT overdue_reminded_at FROM task_force_action_items WHERE id = $1`, [bouncedItem]))[0].overdue_reminded_at).not.toBeNull();
  });

  it('writes each reader’s mail in their own language: a Vietnamese-preferring contact gets the digest and the overdue reminder in Vietnamese, dates included', async () => {
    const { agency, contact, item } = await activeTaskForce();
    await t.dataSource.query(`UPDATE contacts SET preferred_language = 'vi' WHERE id = $1`, [contact.id]);
    await item('Collect shelter intake numbers', '2026-11-20', { ownerContactId: contact.id });
    const assigned = (await sink.waitFor(contact.email))[0];
    expect(assigned.parsed.subject).toBe(translate('vi', 'mail.taskForce.actionItem.subject', { taskForce: 'Human Trafficking Joint Task Force', due: formatCalendarDate('2026-11-20', 'vi') }));
    expect(String(assigned.parsed.html)).toContain('lang="vi"');

    const clock = stack.worker.get(Clock) as SettableClock;
    clock.set(MONDAY_0805);
    try {
      expect(await stack.worker.get(DigestService).sendDue(agency.id)).toBeGreaterThan(0);
      expect(await stack.worker.get(OverdueRemindersService).sendDue(agency.id)).toBe(1);
    } finally {
      clock.reset();
    }
    const mails = await sink.waitFor(contact.email, 3);
    const digest = mails.find((m) => m.parsed.subject === translate('vi', 'mail.taskForce.digest.subject', { taskForce: 'Human Trafficking Joint Task Force', weekOf: formatCalendarDate('2026-11-30', 'vi') }))!;
    expect(digest).toBeDefined();
    const text = digest.parsed.text ?? '';
    expect(text).toContain(translate('vi', 'mail.taskForce.digest.overdueHeading').toLocaleUpperCase('vi'));
    expect(text).toContain(translate('vi', 'mail.taskForce.digest.item', { title: 'Collect shelter intake numbers', due: formatCalendarDate('2026-11-20', 'vi'), status: translate('vi', 'mail.taskForce.itemStatus.OPEN') }));
    expect(text).not.toContain('OVERDUE ACTION ITEMS');
    expect(String(digest.parsed.html)).toContain('lang="vi"');
    const reminder = mails.find((m) => m.parsed.subject === translate('vi', 'mail.taskForce.overdue.subject', { title: 'Collect shelter intake numbers', taskForce: 'Human Trafficking Joint Task Force' }));
    expect(reminder).toBeDefined();
  });
});
