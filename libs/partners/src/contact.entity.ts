import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * A person at a partner organisation (or, with no organisation, an individual partner).
 * Email is normalised (trimmed, lower-case) and unique per agency. Opting out is kept
 * through edits and re-imports: only the contact's own action clears it.
 */
@Entity('contacts')
export class Contact {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ name: 'role_title', type: 'text', nullable: true })
  roleTitle: string | null;

  /** BCP 47 tag, e.g. `en`, `es`. */
  @Column({ name: 'preferred_language', type: 'text', default: 'en' })
  preferredLanguage: string;

  /** Set when the contact opted out of outreach; sent only operational mail while set. */
  @Column({ name: 'opted_out_at', type: 'timestamptz', nullable: true })
  optedOutAt: Date | null;

  @Column({ name: 'opt_out_source', type: 'text', nullable: true })
  optOutSource: string | null;

  /** Set when mail to this address bounced for good (or was refused): never mailed until the address is edited. */
  @Column({ name: 'undeliverable_at', type: 'timestamptz', nullable: true })
  undeliverableAt: Date | null;

  @Column({ name: 'undeliverable_reason', type: 'text', nullable: true })
  undeliverableReason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
