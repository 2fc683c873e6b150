import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** What happened at a completed forum. One per forum. */
@Entity('forum_reports')
export class ForumReport {
  @PrimaryColumn({ name: 'forum_id', type: 'uuid' })
  forumId: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ name: 'attendance_count', type: 'int' })
  attendanceCount: number;

  @Column({ type: 'text', default: '' })
  summary: string;

  @Column({ type: 'text', nullable: true })
  minutes: string | null;

  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A partner organisation that was represented at a forum. */
@Entity('forum_report_organisations')
export class ForumReportOrganisation {
  @PrimaryColumn({ name: 'forum_id', type: 'uuid' })
  forumId: string;

  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;
}
