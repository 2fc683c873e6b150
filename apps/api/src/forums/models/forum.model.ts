import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@app/common';
import { ForumFormat, ForumStatus, ForumType, ForumVisibility } from '@app/forums';

@ObjectType('AgendaItem')
export class AgendaItemModel {
  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  speaker: string | null;

  @Field(() => Int, { nullable: true })
  durationMinutes: number | null;

  @Field(() => String, { nullable: true })
  notes: string | null;
}

@ObjectType('AgendaItemTranslation', { description: "One agenda item's text in another language (null falls back to English)." })
export class AgendaItemTranslationModel {
  @Field(() => String, { nullable: true })
  title: string | null;

  @Field(() => String, { nullable: true })
  notes: string | null;
}

@ObjectType('ForumTranslation', { description: "The forum's text in one language other than English; null falls back to English." })
export class ForumTranslationModel {
  @Field()
  language: string;

  @Field(() => String, { nullable: true })
  title: string | null;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true })
  accessibilityNotes: string | null;

  @Field(() => [AgendaItemTranslationModel], { description: "By position, matching the forum's agenda." })
  agenda: AgendaItemTranslationModel[];
}

@ObjectType('ForumMissingTranslation', { description: "A text of the forum lacking one of the agency's enabled languages (readers of it see English)." })
export class ForumMissingTranslationModel {
  @Field()
  language: string;

  @Field({ description: 'Where, as in the forum input: title, description, accessibilityNotes, agenda.1.title, agenda.1.notes.' })
  field: string;

  @Field({ description: 'Names the part and the language, for people.' })
  message: string;
}

@ObjectType('Forum', {
  description:
    'A scheduled forum. startsAt/endsAt are UTC instants; startsAtLocal/endsAtLocal are the wall-clock times in timeZone, where the forum is held.',
})
export class ForumModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => ForumType)
  type: ForumType;

  @Field()
  description: string;

  @Field(() => [String], { description: 'Lower-case tags, e.g. "mental health".' })
  topics: string[];

  @Field(() => String, { nullable: true })
  neighbourhood: string | null;

  @Field()
  startsAt: Date;

  @Field()
  endsAt: Date;

  @Field({ description: 'IANA time zone, e.g. America/Chicago.' })
  timeZone: string;

  @Field(() => ForumFormat)
  format: ForumFormat;

  @Field(() => String, { nullable: true })
  onlineUrl: string | null;

  @Field(() => Int, { nullable: true, description: "Set on the forum; when null the venue's capacity applies (see capacity)." })
  capacityOverride: number | null;

  @Field(() => Date, { nullable: true })
  rsvpDeadline: Date | null;

  @Field(() => [String], { description: 'Languages the forum is held in (BCP 47 tags).' })
  languages: string[];

  @Field(() => [String], { description: 'Spoken-language interpretation offered (BCP 47 tags).' })
  interpretationLanguages: string[];

  @Field()
  signLanguage: boolean;

  @Field(() => String, { nullable: true })
  accessibilityNotes: string | null;

  @Field(() => ForumVisibility)
  visibility: ForumVisibility;

  @Field(() => ForumStatus)
  status: ForumStatus;

  @Field(() => String, { nullable: true })
  cancelReason: string | null;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;

  @Field(() => Date, { nullable: true })
  cancelledAt: Date | null;

  @Field(() => Int, { description: 'Rises with every reschedule of a published forum, and when it is cancelled (the iCalendar SEQUENCE).' })
  sequence: number;

  @Field(() => [AgendaItemModel])
  agenda: AgendaItemModel[];

  @Field(() => String, { nullable: true, description: 'Why a venue or host conflict was knowingly overridden.' })
  conflictOverrideReason: string | null;

  @Field(() => String, { nullable: true, description: 'For an occurrence of a series: the local date its rule gave it (kept when it is moved).' })
  seriesOccurrenceKey: string | null;

  @Field({ description: 'An occurrence moved or edited on its own: series-wide edits leave it alone.' })
  seriesDetached: boolean;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

@ObjectType()
export class ForumConnection extends Connection(ForumModel) {}

@ObjectType('ForumScheduleChange', { description: 'An earlier time of a rescheduled forum.' })
export class ForumScheduleChangeModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'The sequence the forum had at these times.' })
  sequence: number;

  @Field()
  previousStartsAt: Date;

  @Field()
  previousEndsAt: Date;

  @Field()
  previousTimeZone: string;

  @Field(() => ID, { nullable: true })
  previousVenueId: string | null;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field()
  changedAt: Date;
}
