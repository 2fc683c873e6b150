import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum OperatorStatus {
  ACTIVE = 'ACTIVE',
  DEACTIVATED = 'DEACTIVATED',
}

/**
 * A platform operator's account: signs in like staff (same `login`), belongs to no agency.
 * Its own table, so no agency-scoped query over staff can ever return one.
 */
@Entity('platform_operators')
export class PlatformOperator {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  /** Lower-case, and never a staff member's address too (a trigger checks both tables). */
  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text', default: 'ACTIVE' })
  status: OperatorStatus;

  @Column({ name: 'password_hash', type: 'text', select: false })
  passwordHash: string;

  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
