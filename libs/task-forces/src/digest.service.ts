import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Not } from 'typeorm';
import { DateTime } from 'luxon';
import { Clock, systemActor } from '@app/common';
import { UnitOfWork } from '@app/events';
import { AgenciesService, type Agency } from '@app/agencies';
import { OutboxService, type OutboundEmail } from '@app/mail';
import { PartnerLookupService, type Contact } from '@app/partners';
import { StaffDirectory, StaffStatus } from '@app/staff';
import { ActionItem } from './action-item.entities';
import { TaskForce } from './task-force.entity';
import { ActionItemStatus, TaskForceStatus } from './task-force.enums';
import { MembershipsService } from './memberships.service';
import { MeetingsService, meetingUpcoming } from './meetings.service';
import { ReportsService } from './reports.service';
import { DigestContent, DigestItem, Recipient, TaskForceMailer } from './task-force-mailer';
import { IsoDate, addDays } from './dates';
import { DigestRunRepository } from './digest-run.repository';

/** The digest goes out from Monday 08:00 in the agency's time zone (any run on that Monday from then on sends it once). */
export const DIGEST_WEEKDAY = 1;
export const DIGEST_HOUR = 8;
const UPCOMING_DAYS = 14;

/**
 * The weekly task-force digest: for each open task force, to its lead officer and its
 * member organisations' designated contacts (never opted-out ones): overdue and upcoming
 * action items, latest indicator values, next meeting. A row per agency-week, written in
 * the transaction that writes the emails, makes double runs and restarts harmless.
 */
@Injectable()
export class DigestService {
  private readonly logger = new Logger(DigestService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly memberships: MembershipsService,
    private readonly meetings: MeetingsService,
    private readonly reports: ReportsService,
    private readonly mailer: TaskForceMailer,
    private readonly outbox: OutboxService,
    private readonly runs: DigestRunRepository,
    private readonly agencies: AgenciesService,
    private readonly staff: StaffDirectory,
    private readonly partners: PartnerLookupService,
    private readonly clock: Clock,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  /** Sends every agency's digest (or one agency's) that is due now (by the clock) and not yet sent; returns the emails written. */
  async sendDue(agencyId?: string): Promise<number> {
    const now = this.clock.now();
    const agencies = await this.agencies.all(agencyId);
    let sent = 0;
    for (const agency of agencies) {
      const local = DateTime.fromJSDate(now, { zone: agency.timeZone });
      if (local.weekday !== DIGEST_WEEKDAY || local.hour < DIGEST_HOUR) continue;
      try {
        sent += await this.sendForAgency(agency, local.toISODate()!, now);
      } catch (error) {
        // One agency's failure must not hold back the others; the next run retries it.
        this.logger.error(`Digest for agency ${agency.id} failed: ${error}`);
      }
    }
    return sent;
  }

  private async sendForAgency(agency: Agency, weekStart: IsoDate, now: Date): Promise<number> {
    return this.unitOfWork.run(systemActor(agency.id, 'digest'), async (tx) => {
      const manager = tx.manager;
      if (!(await this.runs.claim(manager, agency.id, weekStart))) return 0;
      const taskForces = await manager.find(TaskForce, {
        where: { agencyId: agency.id, status: Not(In([TaskForceStatus.CLOSED, TaskForceStatus.PAUSED])) },
        order: { name: 'ASC' },
      });
      const mails: OutboundEmail[] = [];
      for (const taskForce of taskForces) mails.push(...(await this.digestFor(manager, agency, taskForce, weekStart, now)));
      await this.runs.recordEmailCount(manager, agency.id, weekStart, mails.length);
      this.outbox.dispatchAfterCommit(tx, mails);
      return mails.length;
    });
  }

  private async digestFor(manager: EntityManager, agency: Agency, taskForce: TaskForce, today: IsoDate, now: Date): Promise<OutboundEmail[]> {
    const lead = await this.staff.byId(taskForce.leadOfficerId, { manager });
    const contacts: Contact[] = await this.memberships.currentContacts(manager, agency.id, taskForce.id, today);
    const recipients: Recipient[] = [
      ...(lead && lead.status === StaffStatus.ACTIVE ? [{ name: lead.name, email: lead.email, language: lead.preferredLanguage }] : []),
      ...contacts.map((c) => ({ name: c.name, email: c.email, contactId: c.id, language: c.preferredLanguage })),
    ];
    if (!recipients.length) return [];
    const items = await manager
      .createQueryBuilder(ActionItem, 'i')
      .where('i.taskForceId = :id AND i.status <> :done AND i.dueOn <= :horizon', { id: taskForce.id, done: ActionItemStatus.DONE, horizon: addDays(today, UPCOMING_DAYS) })
      .orderBy('i.dueOn', 'ASC')
      .getMany();
    const owners = await this.ownerNames(manager, taskForce, items);
    const trends = await this.reports.trends(agency.id, [taskForce.id]);
    const meetings = await this.meetings.meetingsFor(agency.id, [taskForce.id]);
    const next = meetings.find((m) => meetingUpcoming(m.forum, now))?.forum;
    const item = (i: ActionItem): DigestItem => ({ id: i.id, title: i.title, dueOn: i.dueOn, status: i.status, owner: owners.get(i.id) ?? '', ownerContactId: i.ownerContactId });
    const content: DigestContent = {
      taskForceName: taskForce.name,
      weekOf: today,
      overdue: items.filter((i) => i.dueOn < today).map(item),
      upcoming: items.filter((i) => i.dueOn >= today).map(item),
      indicators: trends.map((t) => ({
        metric: t.indicator.metricName,
        unit: t.indicator.unit,
        latestValue: t.progress.latestValue,
        latestOn: t.progress.latestOn,
        targetValue: t.indicator.targetValue,
        targetOn: t.indicator.targetOn,
        status: t.progress.status,
      })),
      nextMeeting: next ? { title: next.title, startsAt: next.startsAt, timeZone: next.timeZone } : null,
    };
    const mails: OutboundEmail[] = [];
    for (const person of recipients) mails.push(await this.mailer.digest(manager, agency, person, content));
    return mails;
  }

  private async ownerNames(manager: EntityManager, taskForce: TaskForce, items: ActionItem[]): Promise<Map<string, string>> {
    const staffIds = items.map((i) => i.ownerStaffId).filter((id): id is string => !!id);
    const contactIds = items.map((i) => i.ownerContactId).filter((id): id is string => !!id);
    const staff = await this.staff.byIds(staffIds, { agencyId: taskForce.agencyId, manager });
    const contacts = await this.partners.contacts(taskForce.agencyId, contactIds, { manager });
    return new Map(items.map((i) => [i.id, staff.find((s) => s.id === i.ownerStaffId)?.name ?? contacts.find((c) => c.id === i.ownerContactId)?.name ?? '']));
  }
}
