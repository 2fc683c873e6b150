import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { SurveyLanguage } from './survey.enums';

/**
 * A personal link. Only the token's hash is stored. `used` has no time on purpose:
 * for anonymous surveys nothing may tell when (or with which answers) it was used.
 */
@Entity('survey_invitations')
export class SurveyInvitation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'survey_id', type: 'uuid' })
  surveyId: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ name: 'contact_id', type: 'uuid', nullable: true })
  contactId: string | null;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  language: SurveyLanguage;

  @Column({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @Column({ name: 'outbound_email_id', type: 'uuid', nullable: true })
  outboundEmailId: string | null;

  @Column({ default: false })
  used: boolean;

  @Column({ name: 'use_settled', default: true })
  useSettled: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
