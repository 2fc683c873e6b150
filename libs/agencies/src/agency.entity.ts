import type { LanguageCode } from '@app/common';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export interface AgencyBranding {
  primaryColor?: string;
  logoUrl?: string;
}

/** A police department: the tenant every other row belongs to. */
@Entity('agencies')
export class Agency {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  slug: string;

  @Column({ name: 'time_zone', type: 'text', default: 'UTC' })
  timeZone: string;

  @Column({ type: 'jsonb', default: {} })
  branding: AgencyBranding;

  @Column({ name: 'mail_sender_name', type: 'text', nullable: true })
  mailSenderName: string | null;

  @Column({ name: 'mail_sender_email', type: 'text', nullable: true })
  mailSenderEmail: string | null;

  @Column({ type: 'text', array: true, default: [] })
  neighbourhoods: string[];

  /**
   * Languages the agency offers residents and contacts (codes from `LANGUAGE_CODES`), English
   * first and always present; content (surveys, forums) can be given in each.
   */
  @Column({ name: 'enabled_languages', type: 'text', array: true, default: ['en', 'es'] })
  enabledLanguages: LanguageCode[];

  /** Set by a platform operator: staff cannot sign in or use links, public pages are not found. */
  @Column({ name: 'suspended_at', type: 'timestamptz', nullable: true })
  suspendedAt: Date | null;

  @Column({ name: 'suspension_reason', type: 'text', nullable: true })
  suspensionReason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
