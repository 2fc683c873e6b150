import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { registerEnumType } from '@nestjs/graphql';
import { AgendaItem, ForumTranslations } from '../forum.entity';
import { ForumFormat, ForumType, ForumVisibility } from '../forum.enums';

/** ACTIVE series grow with their horizon; an ENDED one (ended, or split) creates nothing more. */
export enum ForumSeriesStatus {
  ACTIVE = 'ACTIVE',
  ENDED = 'ENDED',
}
registerEnumType(ForumSeriesStatus, { name: 'ForumSeriesStatus' });

/** node-postgres reads a date[] as Date objects at local midnight; the series works with `YYYY-MM-DD`. */
function localDates(values: (Date | string)[] | null): string[] {
  return (values ?? []).map((value) =>
    typeof value === 'string'
      ? value
      : `${value.getFullYear()}-${String(value.getMonth() + 1).padStart(2, '0')}-${String(value.getDate()).padStart(2, '0')}`,
  );
}

/** Why one occurrence date was left out: the refusal's code and message, and the forum in the way if any. */
export interface SkipReason {
  code: string;
  message: string;
  conflictingForumId: string | null;
  conflictingForumTitle: string | null;
}

/** The forum fields every occurrence starts from (everything createForum takes except times). */
export interface SeriesTemplate {
  title: string;
  type: ForumType;
  description: string;
  topics: string[];
  neighbourhood: string | null;
  format: ForumFormat;
  onlineUrl: string | null;
  capacityOverride: number | null;
  languages: string[];
  interpretationLanguages: string[];
  signLanguage: boolean;
  accessibilityNotes: string | null;
  hostIds: string[];
  visibility: ForumVisibility;
  agenda: AgendaItem[];
  /** Title, description, agenda and notes in other languages, by language, as a forum keeps them. */
  translations: ForumTranslations;
}

/**
 * A recurring forum: an RFC 5545 rule (without DTSTART; at most daily) evaluated on local
 * dates in `timeZone` from `startDate`, each occurrence at `startTime` local for
 * `durationMinutes` of wall-clock time. Occurrences are forums materialised up to
 * `horizonDays` ahead.
 */
@Entity('forum_series')
export class ForumSeries {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ type: 'text', default: ForumSeriesStatus.ACTIVE })
  status: ForumSeriesStatus;

  /** Normalised, e.g. `FREQ=MONTHLY;BYDAY=+2TU` (UNTIL as a local date, inclusive). */
  @Column({ name: 'recurrence_rule', type: 'text' })
  recurrenceRule: string;

  @Column({ name: 'time_zone', type: 'text' })
  timeZone: string;

  /** `YYYY-MM-DD`, local. */
  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  /** `HH:mm`, local. */
  @Column({ name: 'start_time', type: 'text' })
  startTime: string;

  @Column({ name: 'duration_minutes', type: 'int' })
  durationMinutes: number;

  @Column({ name: 'horizon_days', type: 'int', default: 180 })
  horizonDays: number;

  /** Occurrences are created PUBLISHED when set, DRAFT otherwise. */
  @Column({ name: 'publish_occurrences', default: false })
  publishOccurrences: boolean;

  @Column({ type: 'jsonb' })
  template: SeriesTemplate;

  @Column({ name: 'venue_id', type: 'uuid', nullable: true })
  venueId: string | null;

  @Column({ name: 'conflict_override_reason', type: 'text', nullable: true })
  conflictOverrideReason: string | null;

  /** Occurrence dates the horizon extension could not book (conflict); never retried. */
  @Column({ name: 'skipped_dates', type: 'date', array: true, default: [], transformer: { to: (dates: string[]) => dates, from: localDates } })
  skippedDates: string[];

  /** Why each skipped date was left out, keyed by date (dates skipped before reasons were kept have none). */
  @Column({ name: 'skip_reasons', type: 'jsonb', default: {} })
  skipReasons: Record<string, SkipReason>;

  /** The last local date the horizon has been materialised through. */
  @Column({ name: 'materialised_through', type: 'date', nullable: true })
  materialisedThrough: string | null;

  /** The series this one continues after a "this and following" edit. */
  @Column({ name: 'previous_series_id', type: 'uuid', nullable: true })
  previousSeriesId: string | null;

  @Column({ name: 'end_reason', type: 'text', nullable: true })
  endReason: string | null;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
