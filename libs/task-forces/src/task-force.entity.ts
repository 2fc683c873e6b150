import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { FocusIssue, TaskForceStatus } from './task-force.enums';

/** A joint task force of the agency and partner organisations on one problem. Dates are `YYYY-MM-DD`. */
@Entity('task_forces')
export class TaskForce {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'focus_issue', type: 'text' })
  focusIssue: FocusIssue;

  @Column({ name: 'focus_issue_other', type: 'text', nullable: true })
  focusIssueOther: string | null;

  @Column({ type: 'text', default: '' })
  charter: string;

  @Column({ type: 'text', array: true, default: [] })
  neighbourhoods: string[];

  @Column({ name: 'lead_officer_id', type: 'uuid' })
  leadOfficerId: string;

  @Column({ type: 'text', default: TaskForceStatus.FORMING })
  status: TaskForceStatus;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
