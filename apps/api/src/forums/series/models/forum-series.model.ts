import { Field, ID, Int, ObjectType, PickType } from '@nestjs/graphql';
import { Connection } from '@app/common';
import { ForumSeriesStatus } from '@app/forums';
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
