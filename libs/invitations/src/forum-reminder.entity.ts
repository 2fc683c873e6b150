import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type ReminderKind = 'REMINDER' | 'NUDGE';

/**
 * A reminder owed for a forum: REMINDER (to attending/maybe, `offsetMinutes` before the
 * start) or NUDGE (to those who have not answered, before the RSVP deadline). The row is
 * the truth; a delayed job and a periodic sweep only wake the worker up for it.
 */
@Entity('forum_reminders')
export class ForumReminder {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ name: 'forum_id', type: 'uuid' })
  forumId: string;

  @Column({ type: 'text' })
  kind: ReminderKind;

  @Column({ name: 'offset_minutes', type: 'int' })
  offsetMinutes: number;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ type: 'int', nullable: true })
  recipients: number | null;

  /** REDIS_PREFIX of the deployment that scheduled it: only that deployment's sweep sends it (NULL: any). */
  @Column({ name: 'queue_prefix', type: 'text', nullable: true })
  queuePrefix: string | null;
}
