import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { SaraStage } from './task-force.enums';

@Entity('task_force_problems')
export class Problem {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'task_force_id', type: 'uuid' })
  taskForceId: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  statement: string;

  @Column({ name: 'analysis_notes', type: 'text', default: '' })
  analysisNotes: string;

  @Column({ type: 'text', default: SaraStage.SCANNING })
  stage: SaraStage;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** Who moved a problem to which SARA stage, and when (the first row has no `fromStage`). */
@Entity('task_force_problem_stages')
export class ProblemStageChange {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'problem_id', type: 'uuid' })
  problemId: string;

  @Column({ name: 'from_stage', type: 'text', nullable: true })
  fromStage: SaraStage | null;

  @Column({ name: 'to_stage', type: 'text' })
  toStage: SaraStage;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'changed_by', type: 'uuid', nullable: true })
  changedBy: string | null;

  @Column({ name: 'changed_at', type: 'timestamptz', default: () => 'now()' })
  changedAt: Date;
}

/** A community concern taken up by a problem (no FK to concerns yet: see the migration). */
@Entity('task_force_problem_concerns')
export class ProblemConcern {
  @PrimaryColumn({ name: 'problem_id', type: 'uuid' })
  problemId: string;

  @PrimaryColumn({ name: 'concern_id', type: 'uuid' })
  concernId: string;

  @Column({ name: 'linked_by', type: 'uuid', nullable: true })
  linkedBy: string | null;

  @Column({ name: 'linked_at', type: 'timestamptz', default: () => 'now()' })
  linkedAt: Date;
}
