import { Field, ID, InputType, Int, OmitType, PickType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min, IsUUID } from 'class-validator';
import { ForumSeriesStatus, MAX_HORIZON_DAYS } from '@app/forums';
import { CreateForumInput } from '../../dto/forum.input';
import { UpdateInputOf } from '../../../graphql/update-input';

@InputType({ description: 'A recurring forum: the forum fields (no times) plus when it recurs. Its translations go to every occurrence.' })
export class CreateForumSeriesInput extends OmitType(CreateForumInput, ['start', 'end', 'rsvpDeadline'] as const) {
  @Field({ description: 'RFC 5545 RRULE without DTSTART, at most daily, e.g. "FREQ=MONTHLY;BYDAY=2TU" or with COUNT=10 / UNTIL=20271231 (a local date).' })
  @IsString()
  @MaxLength(500)
  recurrenceRule: string;

  @Field({ description: 'First local date the rule is read from, e.g. "2027-01-01".' })
  @IsString()
  startDate: string;

  @Field({ description: 'Local start time of every occurrence, e.g. "18:00".' })
  @IsString()
  startTime: string;

  @Field(() => Int)
  @IsInt()
  durationMinutes: number;

  @Field(() => Int, { nullable: true, description: `Days ahead occurrences exist as forums; default 180, at most ${MAX_HORIZON_DAYS}.` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_HORIZON_DAYS)
  horizonDays?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Create occurrences PUBLISHED (default: DRAFT).' })
  @IsOptional()
  @IsBoolean()
  publishOccurrences?: boolean | null;
}

@InputType({ description: 'Whole-series changes that are not about time; upcoming occurrences not moved or edited alone follow.' })
export class UpdateForumSeriesInput extends UpdateInputOf(
  OmitType(CreateForumSeriesInput, ['recurrenceRule', 'startDate', 'startTime', 'durationMinutes', 'timeZone'] as const),
) {}

@InputType({ description: '"This and following": the series ends before the occurrence and a new one carries on from it with these changes.' })
export class UpdateSeriesFromInput extends UpdateInputOf(OmitType(CreateForumSeriesInput, ['startDate', 'horizonDays', 'publishOccurrences'] as const)) {
  @Field(() => String, { nullable: true, description: 'Told to attendees of rescheduled occurrences.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string | null;
}

@InputType()
export class ForumSeriesFilterInput {
  @Field(() => ForumSeriesStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ForumSeriesStatus)
  status?: ForumSeriesStatus;
}

@InputType({ description: 'What a series would be: its timing, and the venue and hosts to check for conflicts.' })
export class ForumSeriesPreviewInput extends PickType(CreateForumSeriesInput, [
  'recurrenceRule',
  'startDate',
  'startTime',
  'durationMinutes',
  'timeZone',
  'venueId',
  'hostIds',
  'horizonDays',
] as const) {
  @Field(() => ID, { nullable: true, description: "Previewing a change to this series (e.g. \"this and following\"): its own occurrences are not in the way." })
  @IsOptional()
  @IsUUID()
  seriesId?: string | null;

  @Field(() => Int, { nullable: true, description: 'How many dates to show, 1 to 50; default 10.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(50)
  limit?: number | null;
}
