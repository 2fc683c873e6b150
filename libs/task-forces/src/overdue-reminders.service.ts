import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Agency } from '@app/agencies';
import { OutboundEmail, OutboxService } from '@app/mail';
import { Contact } from '@app/partners';
import { StaffStatus, StaffUser } from '@app/staff';
import { ActionItem } from './action-item.entities';
import { TaskForce } from './task-force.entity';
import { TaskForceMailer } from './task-force-mailer';

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
  ) {}

  async sendDue(now: Date = new Date(), agencyId?: string, batch = 200): Promise<number> {
    let total = 0;
    for (;;) {
      const { count, mails } = await this.dataSource.transaction(async (manager) => {
        const ids: { id: string }[] = await manager.query(
          `SELECT i.id FROM task_force_action_items i
             JOIN agencies a ON a.id = i.agency_id
             JOIN task_forces tf ON tf.id = i.task_force_id
            WHERE i.status <> 'DONE' AND i.overdue_reminded_at IS NULL AND tf.status <> 'CLOSED'
              AND i.due_on < ($1::timestamptz AT TIME ZONE a.time_zone)::date
              AND ($3::uuid IS NULL OR i.agency_id = $3)
            ORDER BY i.due_on, i.id
            LIMIT $2
            FOR UPDATE OF i SKIP LOCKED`,
          [now.toISOString(), batch, agencyId ?? null],
        );
        if (!ids.length) return { count: 0, mails: [] as OutboundEmail[] };
        const items = await manager.findBy(ActionItem, { id: In(ids.map((r) => r.id)) });
        const taskForces = await manager.findBy(TaskForce, { id: In([...new Set(items.map((i) => i.taskForceId))]) });
        const agencies = await manager.findBy(Agency, { id: In([...new Set(items.map((i) => i.agencyId))]) });
        const staffIds = items.map((i) => i.ownerStaffId).filter((id): id is string => !!id);
        const contactIds = items.map((i) => i.ownerContactId).filter((id): id is string => !!id);
        const staff = staffIds.length ? await manager.findBy(StaffUser, { id: In(staffIds) }) : [];
        const contacts = contactIds.length ? await manager.findBy(Contact, { id: In(contactIds) }) : [];
        const mails: OutboundEmail[] = [];
        for (const item of items) {
          const taskForce = taskForces.find((t) => t.id === item.taskForceId)!;
          const agency = agencies.find((a) => a.id === item.agencyId)!;
          const user = staff.find((s) => s.id === item.ownerStaffId);
          const contact = contacts.find((c) => c.id === item.ownerContactId);
          // Deactivated staff and opted-out contacts are not mailed; the marker is still set: the reminder is settled.
          if (user && user.status === StaffStatus.ACTIVE) mails.push(await this.mailer.overdueReminder(manager, agency, taskForce, item, { name: user.name, email: user.email }));
          else if (contact && !contact.optedOutAt) {
            mails.push(await this.mailer.overdueReminder(manager, agency, taskForce, item, { name: contact.name, email: contact.email, contactId: contact.id }));
          }
        }
        await manager.update(ActionItem, { id: In(items.map((i) => i.id)) }, { overdueRemindedAt: now });
        return { count: items.length, mails };
      });
      if (mails.length) await this.outbox.dispatch(mails);
      total += count;
      if (count < batch) return total;
    }
  }
}
