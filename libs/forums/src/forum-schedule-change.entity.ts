import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An earlier time of a rescheduled forum: the history behind its `sequence`. */
@Entity('forum_schedule_changes')
export class ForumScheduleChange {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'forum_id', type: 'uuid' })
  forumId: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  /** The sequence the forum had at these times. */
  @Column({ type: 'int' })
  sequence: number;

  @Column({ name: 'previous_starts_at', type: 'timestamptz' })
  previousStartsAt: Date;

  @Column({ name: 'previous_ends_at', type: 'timestamptz' })
  previousEndsAt: Date;

  @Column({ name: 'previous_time_zone', type: 'text' })
  previousTimeZone: string;

  @Column({ name: 'previous_venue_id', type: 'uuid', nullable: true })
  previousVenueId: string | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ name: 'changed_by', type: 'uuid', nullable: true })
  changedBy: string | null;

  @Column({ name: 'changed_at', type: 'timestamptz', default: () => 'now()' })
  changedAt: Date;
}
