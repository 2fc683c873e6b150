import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ActionItemStatus } from './task-force.enums';

/** A task owned by a staff member or a member organisation's contact (exactly one of the two). */
@Entity('task_force_action_items')
export class ActionItem {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'task_force_id', type: 'uuid' })
  taskForceId: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'owner_staff_id', type: 'uuid', nullable: true })
  ownerStaffId: string | null;

  @Column({ name: 'owner_contact_id', type: 'uuid', nullable: true })
  ownerContactId: string | null;

  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  @Column({ type: 'text', default: ActionItemStatus.OPEN })
  status: ActionItemStatus;

  @Column({ type: 'text', default: '' })
  notes: string;

  @Column({ name: 'objective_id', type: 'uuid', nullable: true })
  objectiveId: string | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  /** Set when the one overdue reminder went out; cleared if the due date moves later. */
  @Column({ name: 'overdue_reminded_at', type: 'timestamptz', nullable: true })
  overdueRemindedAt: Date | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** The history of an item's status: who (staff or partner contact) changed it, when, and why. */
@Entity('task_force_action_item_updates')
export class ActionItemUpdate {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'action_item_id', type: 'uuid' })
  actionItemId: string;

  @Column({ name: 'from_status', type: 'text' })
  fromStatus: ActionItemStatus;

  @Column({ name: 'to_status', type: 'text' })
  toStatus: ActionItemStatus;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'actor_type', type: 'text' })
  actorType: 'STAFF' | 'CONTACT' | 'SYSTEM';

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ name: 'actor_label', type: 'text' })
  actorLabel: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
