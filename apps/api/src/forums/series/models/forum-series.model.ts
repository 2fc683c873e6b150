import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@app/common';
import { ForumFormat, ForumSeriesStatus, ForumType, ForumVisibility } from '@app/forums';
import { AgendaItemModel } from '../../models/forum.model';

@ObjectType('ForumSeriesTemplate', { description: 'The forum fields every new occurrence of a series starts from.' })
export class ForumSeriesTemplateModel {
  @Field()
  title: string;

  @Field(() => ForumType)
  type: ForumType;

  @Field()
  description: string;

  @Field(() => [String])
  topics: string[];

  @Field(() => String, { nullable: true })
  neighbourhood: string | null;

  @Field(() => ForumFormat)
  format: ForumFormat;

  @Field(() => String, { nullable: true })
  onlineUrl: string | null;

  @Field(() => Int, { nullable: true })
  capacityOverride: number | null;

  @Field(() => [String])
  languages: string[];

  @Field(() => [String])
  interpretationLanguages: string[];

  @Field()
  signLanguage: boolean;

  @Field(() => String, { nullable: true })
  accessibilityNotes: string | null;

  @Field(() => [ID])
  hostIds: string[];

  @Field(() => ForumVisibility)
  visibility: ForumVisibility;

  @Field(() => [AgendaItemModel])
  agenda: AgendaItemModel[];
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
