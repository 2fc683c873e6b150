import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { SurveyLanguage, SurveyStatus } from './survey.enums';
import { LocalisedText } from './localised-text';

/**
 * A survey of residents, partners or officers. Accepting answers means PUBLISHED and
 * inside [opensAt, closesAt). Copies share `familyId` and count up `version`.
 */
@Entity('surveys')
export class Survey {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ name: 'family_id', type: 'uuid' })
  familyId: string;

  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ name: 'copied_from_id', type: 'uuid', nullable: true })
  copiedFromId: string | null;

  @Column({ type: 'text' })
  slug: string;

  @Column({ type: 'jsonb' })
  title: LocalisedText;

  @Column({ type: 'jsonb', default: {} })
  introduction: LocalisedText;

  @Column({ name: 'closing_message', type: 'jsonb', default: {} })
  closingMessage: LocalisedText;

  @Column({ type: 'text', array: true, default: ['en'] })
  languages: SurveyLanguage[];

  /** Set when published with missing translations: the page shows English for what is missing, and says so. */
  @Column({ name: 'fallback_to_english', default: false })
  fallbackToEnglish: boolean;

  @Column({ default: true })
  anonymous: boolean;

  @Column({ name: 'results_public', default: false })
  resultsPublic: boolean;

  @Column({ name: 'public_link', default: true })
  publicLink: boolean;

  @Column({ name: 'personal_invitations', default: false })
  personalInvitations: boolean;

  @Column({ name: 'forum_id', type: 'uuid', nullable: true })
  forumId: string | null;

  @Column({ name: 'opens_at', type: 'timestamptz', nullable: true })
  opensAt: Date | null;

  @Column({ name: 'closes_at', type: 'timestamptz', nullable: true })
  closesAt: Date | null;

  @Column({ type: 'text', default: SurveyStatus.DRAFT })
  status: SurveyStatus;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'results_dirty', default: false })
  resultsDirty: boolean;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

export type SurveyAvailability = 'OPEN' | 'NOT_YET_OPEN' | 'CLOSED' | 'DRAFT';

/** Whether the survey takes answers at `now`, and if not, why. */
export function availability(survey: Pick<Survey, 'status' | 'opensAt' | 'closesAt'>, now: Date): SurveyAvailability {
  if (survey.status === SurveyStatus.DRAFT) return 'DRAFT';
  if (survey.status === SurveyStatus.CLOSED) return 'CLOSED';
  if (survey.opensAt && survey.opensAt > now) return 'NOT_YET_OPEN';
  if (survey.closesAt && survey.closesAt <= now) return 'CLOSED';
  return 'OPEN';
}
