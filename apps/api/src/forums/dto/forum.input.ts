import { Field, ID, InputType, Int, OmitType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ForumFormat, ForumStatus, ForumType, ForumVisibility } from '@app/forums';
import { IsOmittable, UpdateInputOf } from '../../graphql/update-input';

const LOCAL_TIME = 'Local wall-clock time in the forum\'s time zone, without offset, e.g. "2027-03-14T18:00".';

@InputType()
export class AgendaItemInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  speaker?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  durationMinutes?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string | null;
}

@InputType({ description: "One agenda item's text in another language, by its position in the agenda." })
export class AgendaItemTranslationInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string | null;
}

@InputType({ description: "The forum's text in one of the agency's enabled languages other than English (English is the forum's own fields). Blank text falls back to English." })
export class ForumTranslationInput {
  @Field({ description: 'A language code the agency has enabled: es, vi, zh-Hans, tl, ko or ar.' })
  @IsString()
  @MaxLength(20)
  language: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  description?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  accessibilityNotes?: string | null;

  @Field(() => [AgendaItemTranslationInput], { nullable: true, description: "By position, matching the forum's agenda." })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => AgendaItemTranslationInput)
  agenda?: AgendaItemTranslationInput[] | null;
}

@InputType({ description: 'Book despite a venue or host conflict; the reason is kept on the forum and in the audit log.' })
export class ConflictOverrideInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}

@InputType()
export class CreateForumInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title: string;

  @Field(() => ForumType)
  @IsEnum(ForumType)
  type: ForumType;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  description?: string;

  @Field(() => [String], { nullable: true, description: 'Tags such as "mental health"; stored lower-case.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  topics?: string[];

  @Field(() => String, { nullable: true, description: "One of the agency's neighbourhoods." })
  @IsOptional()
  @IsString()
  neighbourhood?: string | null;

  @Field({ description: LOCAL_TIME })
  @IsString()
  start: string;

  @Field({ description: LOCAL_TIME })
  @IsString()
  end: string;

  @Field({ description: 'IANA time zone, e.g. America/Chicago.' })
  @IsString()
  timeZone: string;

  @Field(() => ForumFormat)
  @IsEnum(ForumFormat)
  format: ForumFormat;

  @Field(() => ID, { nullable: true, description: 'Required for IN_PERSON and HYBRID forums.' })
  @IsOptional()
  @IsUUID()
  venueId?: string | null;

  @Field(() => String, { nullable: true, description: 'Required for ONLINE and HYBRID forums.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  onlineUrl?: string | null;

  @Field(() => Int, { nullable: true, description: "Overrides the venue's capacity." })
  @IsOptional()
  @IsInt()
  @Min(0)
  capacityOverride?: number | null;

  @Field(() => String, { nullable: true, description: `${LOCAL_TIME} Not after the end.` })
  @IsOptional()
  @IsString()
  rsvpDeadline?: string | null;

  @Field(() => [String], { nullable: true, description: 'BCP 47 tags; defaults to ["en"].' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(35, { each: true })
  languages?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(35, { each: true })
  interpretationLanguages?: string[];

  @Field({ nullable: true })
  @IsOmittable()
  @IsBoolean()
  signLanguage?: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  accessibilityNotes?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Active liaison officers or admins of the agency.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  hostIds?: string[];

  @Field(() => ForumVisibility, { nullable: true })
  @IsOptional()
  @IsEnum(ForumVisibility)
  visibility?: ForumVisibility;

  @Field(() => [AgendaItemInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => AgendaItemInput)
  agenda?: AgendaItemInput[];

  @Field(() => [ForumTranslationInput], { nullable: true, description: 'Title, description, agenda and accessibility notes in other enabled languages; given, it replaces every translation.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ForumTranslationInput)
  translations?: ForumTranslationInput[] | null;

  @Field(() => ConflictOverrideInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConflictOverrideInput)
  conflictOverride?: ConflictOverrideInput | null;
}

@InputType({ description: 'Anything but the times (use rescheduleForum for those).' })
export class UpdateForumInput extends UpdateInputOf(OmitType(CreateForumInput, ['start', 'end', 'timeZone'] as const)) {}

@InputType()
export class RescheduleForumInput {
  @Field({ description: LOCAL_TIME })
  @IsString()
  start: string;

  @Field({ description: LOCAL_TIME })
  @IsString()
  end: string;

  @Field(() => String, { nullable: true, description: "Defaults to the forum's time zone." })
  @IsOptional()
  @IsString()
  timeZone?: string | null;

  @Field(() => ID, { nullable: true, description: 'Moves the forum to this venue as well.' })
  @IsOptional()
  @IsUUID()
  venueId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string | null;

  @Field(() => ConflictOverrideInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConflictOverrideInput)
  conflictOverride?: ConflictOverrideInput | null;
}

@InputType()
export class ForumFilterInput {
  @Field({ nullable: true, description: 'Forums starting at or after this instant.' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field({ nullable: true, description: 'Forums starting before this instant.' })
  @IsOptional()
  @IsDate()
  to?: Date;

  @Field(() => ForumType, { nullable: true })
  @IsOptional()
  @IsEnum(ForumType)
  type?: ForumType;

  @Field(() => ForumStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ForumStatus)
  status?: ForumStatus;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  neighbourhood?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  topic?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  hostId?: string;

  @Field({ nullable: true, description: 'Words in the title or description.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  text?: string;

  @Field({ nullable: true, description: 'Only published forums that have ended and still wait for their completion report.' })
  @IsOptional()
  @IsBoolean()
  awaitingReport?: boolean;
}
