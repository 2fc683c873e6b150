import { Field, ID, Int, ObjectType, PickType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@app/common';
import { ForumSeriesStatus, PreviewOutcome } from '@app/forums';
import { ForumModel } from '../../models/forum.model';

const TEMPLATE_FIELDS = [
  'title',
  'type',
  'description',
  'topics',
  'neighbourhood',
  'format',
  'onlineUrl',
  'capacityOverride',
  'languages',
  'interpretationLanguages',
  'signLanguage',
  'accessibilityNotes',
  'visibility',
  'agenda',
] as const;

@ObjectType('ForumSeriesTemplate', { description: 'The forum fields every new occurrence of a series starts from.' })
export class ForumSeriesTemplateModel extends PickType(ForumModel, TEMPLATE_FIELDS, ObjectType) {
  @Field(() => [ID])
  hostIds: string[];
}

registerEnumType(PreviewOutcome, {
  name: 'SeriesPreviewOutcome',
  valuesMap: {
    SCHEDULED: { description: 'Created as a forum when the series is saved.' },
    LATER: { description: 'Beyond the horizon: the daily job creates it when the horizon reaches it.' },
    PAST: { description: 'Already started or over: never created.' },
    CONFLICT: { description: 'A venue or host is taken then: saving is refused unless overridden; the daily job would skip it.' },
  },
});

@ObjectType('SeriesSkipReason', { description: 'Why an occurrence date was (or would be) left out.' })
export class SeriesSkipReasonModel {
  @Field({ description: 'The refusal\'s code, e.g. FORUM_VENUE_CONFLICT, FORUM_HOST_CONFLICT, VENUE_ARCHIVED; UNKNOWN for dates skipped before codes were kept.' })
  code: string;

  @Field()
  message: string;

  @Field(() => ID, { nullable: true, description: 'The forum in the way, for a conflict.' })
  conflictingForumId: string | null;

  @Field(() => String, { nullable: true })
  conflictingForumTitle: string | null;
}

@ObjectType('SkippedSeriesDate', { description: 'An occurrence date the horizon job could not book, and why.' })
export class SkippedSeriesDateModel {
  @Field({ description: 'The local date, YYYY-MM-DD.' })
  date: string;

  @Field(() => SeriesSkipReasonModel, { nullable: true, description: 'Null for dates skipped before reasons were kept.' })
  reason: SeriesSkipReasonModel | null;
}

@ObjectType('SeriesPreviewOccurrence')
export class SeriesPreviewOccurrenceModel {
  @Field({ description: 'The local date the rule gives, YYYY-MM-DD.' })
  date: string;

  @Field()
  startsAt: Date;

  @Field()
  endsAt: Date;

  @Field({ description: 'Wall-clock start in the series\' zone, e.g. 2027-03-14T18:00.' })
  startsAtLocal: string;

  @Field()
  endsAtLocal: string;

  @Field(() => PreviewOutcome)
  outcome: PreviewOutcome;

  @Field(() => SeriesSkipReasonModel, { nullable: true, description: 'For a CONFLICT: what is in the way.' })
  reason: SeriesSkipReasonModel | null;
}

@ObjectType('ForumSeriesPreview', { description: 'The next occurrences a series would have, computed as saving it would, nothing written.' })
export class ForumSeriesPreviewModel {
  @Field({ description: 'The rule normalised as it would be stored.' })
  recurrenceRule: string;

  @Field()
  timeZone: string;

  @Field({ description: 'Occurrences through this local date are created at once; later ones by the daily job.' })
  horizonEnd: string;

  @Field(() => [SeriesPreviewOccurrenceModel])
  occurrences: SeriesPreviewOccurrenceModel[];

  @Field({ description: 'The rule gives more dates after the last one shown.' })
  hasMore: boolean;
}

@ObjectType('ForumSeries', {
  description:
    'A recurring forum: an RFC 5545 rule evaluated on local dates in timeZone, each occurrence at startTime local for durationMinutes. ' +
    'Occurrences are forums, materialised horizonDays ahead (a daily job extends the horizon).',
})
export class ForumSeriesModel {
  @Field(() => ID)
  id: string;

  @Field(() => ForumSeriesStatus)
  status: ForumSeriesStatus;

  @Field({ description: 'Normalised RRULE, e.g. FREQ=MONTHLY;BYDAY=2TU (UNTIL is an inclusive local date).' })
  recurrenceRule: string;

  @Field({ description: 'IANA time zone the rule and times are read in.' })
  timeZone: string;

  @Field({ description: 'First local date, YYYY-MM-DD.' })
  startDate: string;

  @Field({ description: 'Local start time of every occurrence, HH:mm.' })
  startTime: string;

  @Field(() => Int)
  durationMinutes: number;

  @Field(() => Int, { description: 'How many days ahead occurrences exist as forums.' })
  horizonDays: number;

  @Field({ description: 'Occurrences are created PUBLISHED when true, DRAFT otherwise.' })
  publishOccurrences: boolean;

  @Field(() => ForumSeriesTemplateModel)
  template: ForumSeriesTemplateModel;

  @Field(() => ID, { nullable: true })
  venueId: string | null;

  @Field(() => [String], { description: 'Occurrence dates the horizon job could not book (a conflict, an archived venue); never retried.' })
  skippedDates: string[];

  @Field(() => String, { nullable: true, description: 'The last local date occurrences have been created through.' })
  materialisedThrough: string | null;

  @Field(() => ID, { nullable: true, description: 'The series this one continues after a "this and following" edit.' })
  previousSeriesId: string | null;

  @Field(() => String, { nullable: true })
  endReason: string | null;

  @Field(() => Date, { nullable: true })
  endedAt: Date | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

@ObjectType()
export class ForumSeriesConnection extends Connection(ForumSeriesModel) {}
