import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A forum of type TASK_FORCE_MEETING held by a task force. */
@Entity('task_force_meetings')
export class TaskForceMeeting {
  @PrimaryColumn({ name: 'forum_id', type: 'uuid' })
  forumId: string;

  @Column({ name: 'task_force_id', type: 'uuid' })
  taskForceId: string;

  @Column({ name: 'linked_at', type: 'timestamptz', default: () => 'now()' })
  linkedAt: Date;
}

/** One row per agency-week whose digest went out. */
@Entity('task_force_digest_runs')
export class DigestRun {
  @PrimaryColumn({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @PrimaryColumn({ name: 'week_start', type: 'date' })
  weekStart: string;

  @Column({ name: 'sent_at', type: 'timestamptz', default: () => 'now()' })
  sentAt: Date;

  @Column({ name: 'email_count', type: 'int', default: 0 })
  emailCount: number;
}
