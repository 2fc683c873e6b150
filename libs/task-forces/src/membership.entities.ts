import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { MemberRole } from './task-force.enums';

/** One period of an organisation's membership; `leftOn` null while it lasts (the left day is not a member day). */
@Entity('task_force_organisations')
export class TaskForceOrganisation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'task_force_id', type: 'uuid' })
  taskForceId: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ type: 'text' })
  role: MemberRole;

  @Column({ name: 'joined_on', type: 'date' })
  joinedOn: string;

  @Column({ name: 'left_on', type: 'date', nullable: true })
  leftOn: string | null;
}

/** A contact an organisation designated for one membership period. */
@Entity('task_force_member_contacts')
export class TaskForceMemberContact {
  @PrimaryColumn({ name: 'membership_id', type: 'uuid' })
  membershipId: string;

  @PrimaryColumn({ name: 'contact_id', type: 'uuid' })
  contactId: string;
}

/** One period of a staff member's membership. */
@Entity('task_force_staff')
export class TaskForceStaffMember {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'task_force_id', type: 'uuid' })
  taskForceId: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ name: 'staff_user_id', type: 'uuid' })
  staffUserId: string;

  @Column({ name: 'joined_on', type: 'date' })
  joinedOn: string;

  @Column({ name: 'left_on', type: 'date', nullable: true })
  leftOn: string | null;
}
