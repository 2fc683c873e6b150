import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ForumFormat, ForumStatus, ForumType, ForumVisibility } from './forum.enums';
import type { LanguageCode } from '@app/common';

/** A forum's text in one language other than English (English is the forum's own fields). */
export interface ForumTranslation {
  title?: string | null;
  description?: string | null;
  accessibilityNotes?: string | null;
  /** By position, matching the forum's agenda. */
  agenda?: { title?: string | null; notes?: string | null }[] | null;
}

/** Every translation a forum has, by language (never `en`). */
export type ForumTranslations = Partial<Record<LanguageCode, ForumTranslation>>;

/** One item of a forum's agenda, in order. */
export interface AgendaItem {
  title: string;
  speaker?: string | null;
  durationMinutes?: number | null;
  notes?: string | null;
}

/**
 * A scheduled forum. Instants are UTC; `timeZone` is the IANA zone it is held in and
 * rendered in. `sequence` rises on every reschedule and on cancellation (it is the iCalendar SEQUENCE).
 * The database refuses two live forums at one venue at once (`forums_venue_overlap`)
 * unless `conflictOverrideReason` is set.
 */
@Entity('forums')
export class Forum {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  type: ForumType;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'text', array: true, default: [] })
  topics: string[];

  @Column({ type: 'text', nullable: true })
  neighbourhood: string | null;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ name: 'time_zone', type: 'text' })
  timeZone: string;

  @Column({ type: 'text' })
  format: ForumFormat;

  @Column({ name: 'venue_id', type: 'uuid', nullable: true })
  venueId: string | null;

  @Column({ name: 'online_url', type: 'text', nullable: true })
  onlineUrl: string | null;

  /** Overrides the venue's capacity; null means "the venue's". */
  @Column({ name: 'capacity_override', type: 'int', nullable: true })
  capacityOverride: number | null;

  @Column({ name: 'rsvp_deadline', type: 'timestamptz', nullable: true })
  rsvpDeadline: Date | null;

  /** Languages the forum is held in (BCP 47 tags). */
  @Column({ type: 'text', array: true, default: ['en'] })
  languages: string[];

  /** Spoken-language interpretation offered (BCP 47 tags). */
  @Column({ name: 'interpretation_languages', type: 'text', array: true, default: [] })
  interpretationLanguages: string[];

  @Column({ name: 'sign_language', default: false })
  signLanguage: boolean;

  @Column({ name: 'accessibility_notes', type: 'text', nullable: true })
  accessibilityNotes: string | null;

  @Column({ type: 'text', default: ForumVisibility.PUBLIC })
  visibility: ForumVisibility;

  @Column({ type: 'text', default: ForumStatus.DRAFT })
  status: ForumStatus;

  /** Why it was cancelled, as recorded and shown to staff. */
  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason: string | null;

  /** Why it was cancelled, as invitees and the public calendar are told: the officer's words, or none (see `ForumLifecycleService.cancelIn`). */
  @Column({ name: 'public_cancel_reason', type: 'text', nullable: true })
  publicCancelReason: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ type: 'int', default: 0 })
  sequence: number;

  @Column({ type: 'jsonb', default: [] })
  agenda: AgendaItem[];

  /** Title, description, agenda and accessibility notes in the agency's other languages (English is the fields above). */
  @Column({ type: 'jsonb', default: {} })
  translations: ForumTranslations;

  @Column({ name: 'conflict_override_reason', type: 'text', nullable: true })
  conflictOverrideReason: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  /** The recurring series this forum is an occurrence of. */
  @Column({ name: 'series_id', type: 'uuid', nullable: true })
  seriesId: string | null;

  /** The local date the series rule gave this occurrence (`YYYY-MM-DD`), even after it moved. */
  @Column({ name: 'series_occurrence_key', type: 'date', nullable: true })
  seriesOccurrenceKey: string | null;

  /** Moved or edited on its own: series-wide edits leave it alone. */
  @Column({ name: 'series_detached', default: false })
  seriesDetached: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
