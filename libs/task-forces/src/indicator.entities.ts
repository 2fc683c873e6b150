import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { IndicatorDirection } from './task-force.enums';

@Entity('task_force_objectives')
export class Objective {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'task_force_id', type: 'uuid' })
  taskForceId: string;

  @Column({ name: 'problem_id', type: 'uuid' })
  problemId: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A measurable sign of an objective: from baseline (value, date) to target (value, date). */
@Entity('task_force_indicators')
export class Indicator {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'objective_id', type: 'uuid' })
  objectiveId: string;

  @Column({ name: 'task_force_id', type: 'uuid' })
  taskForceId: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ name: 'metric_name', type: 'text' })
  metricName: string;

  @Column({ type: 'text' })
  unit: string;

  @Column({ name: 'baseline_value', type: 'double precision' })
  baselineValue: number;

  @Column({ name: 'baseline_on', type: 'date' })
  baselineOn: string;

  @Column({ name: 'target_value', type: 'double precision' })
  targetValue: number;

  @Column({ name: 'target_on', type: 'date' })
  targetOn: string;

  @Column({ type: 'text' })
  direction: IndicatorDirection;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@Entity('task_force_measurements')
export class Measurement {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'indicator_id', type: 'uuid' })
  indicatorId: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ name: 'measured_on', type: 'date' })
  measuredOn: string;

  @Column({ type: 'double precision' })
  value: number;

  @Column({ name: 'source_note', type: 'text', nullable: true })
  sourceNote: string | null;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
