import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Clock, systemActor } from '@app/common';
import { UnitOfWork } from '@app/events';
import { AgenciesService } from '@app/agencies';
import { OutboxService, type OutboundEmail } from '@app/mail';
import { PartnerLookupService } from '@app/partners';
import { StaffDirectory, StaffStatus } from '@app/staff';
import { ActionItem } from './action-item.entities';
import { ActionItemRepository } from './action-item.repository';
import { TaskForce } from './task-force.entity';
import { TaskForceMailer } from './task-force-mailer';
import { todayIn } from './dates';

/**
 * When an action item becomes overdue (its due date has passed in the agency's time zone
 * and it is not done), its owner gets exactly one reminder. `overdue_reminded_at` is the
 * marker, set in the transaction that writes the email, and rows are claimed with SKIP
 * LOCKED, so repeated or concurrent runs never send a second one.
 */
@Injectable()
export class OverdueRemindersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mailer: TaskForceMailer,
    private readonly outbox: OutboxService,
    private readonly actionItems: ActionItemRepository,
    private readonly agencies: AgenciesService,
    private readonly staffDirectory: StaffDirectory,
    private readonly partners: PartnerLookupService,
    private readonly clock: Clock,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async sendDue(agencyId?: string, batch = 200): Promise<number> {
    const now = this.clock.now();
    let total = 0;
    // One agency at a time, each batch a unit of work acting for it: the marker and the
    // emails are written together, and the emails queued once they have committed.
    for (const agency of await this.agencies.all(agencyId)) {
      // The agency's today in its own time zone: an item due before it is overdue.
      const days = [{ agencyId: agency.id, today: todayIn(agency.timeZone, now) }];
      for (;;) {
        const count = await this.unitOfWork.run(systemActor(agency.id, 'overdue reminders'), async (tx) => {
          const manager = tx.manager;
          const ids = await this.actionItems.claimOverdueUnreminded(manager, days, batch);
          if (!ids.length) return 0;
          const items = await manager.findBy(ActionItem, { id: In(ids) });
          const taskForces = await manager.findBy(TaskForce, { id: In([...new Set(items.map((i) => i.taskForceId))]) });
          const staffIds = items.map((i) => i.ownerStaffId).filter((id): id is string => !!id);
          const staff = await this.staffDirectory.byIds(staffIds, { manager });
          const contactIds = items.filter((i) => i.ownerContactId).map((i) => i.ownerContactId!);
          const contacts = await this.partners.contacts(agency.id, contactIds, { manager });
          const mails: OutboundEmail[] = [];
          for (const item of items) {
            const taskForce = taskForces.find((t) => t.id === item.taskForceId)!;
            const user = staff.find((s) => s.id === item.ownerStaffId);
            const contact = contacts.find((c) => c.id === item.ownerContactId);
            // Deactivated staff and opted-out contacts, or those whose address bounced for good, are not
            // mailed; the marker is still set: the reminder is settled.
            if (user && user.status === StaffStatus.ACTIVE) mails.push(await this.mailer.overdueReminder(manager, agency, taskForce, item, { name: user.name, email: user.email, language: user.preferredLanguage }));
            else if (contact && !contact.optedOutAt && !contact.undeliverableAt) {
              mails.push(await this.mailer.overdueReminder(manager, agency, taskForce, item, { name: contact.name, email: contact.email, contactId: contact.id, language: contact.preferredLanguage }));
            }
          }
          await manager.update(ActionItem, { id: In(items.map((i) => i.id)) }, { overdueRemindedAt: now });
          this.outbox.dispatchAfterCommit(tx, mails);
          return items.length;
        });
        total += count;
        if (count < batch) break;
      }
    }
    return total;
  }
}
