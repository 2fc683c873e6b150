import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsDate, IsEnum, IsNumber, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { ConditionOperator, QuestionType } from '@app/surveys';

@InputType({ description: 'The text in one language.' })
export class TranslationInput {
  @Field({ description: 'A language code Liaison ships: en, es, vi, zh-Hans, tl, ko or ar.' })
  @IsString()
  @MaxLength(20)
  language: string;

  @Field(() => String, { nullable: true, description: 'Empty or null removes the text in this language.' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  text?: string | null;
}

@InputType({ description: 'Text in each language the survey offers: English and Spanish as fields, any language in `translations` (which wins over the fields).' })
export class LocalisedTextInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  en?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  es?: string;

  @Field(() => [TranslationInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => TranslationInput)
  translations?: TranslationInput[];
}

@InputType()
export class SurveyOptionInput {
  @Field({ description: 'Stable key of the option, chosen by the author (letters, digits, - and _).' })
  @IsString()
  key: string;

  @Field(() => LocalisedTextInput)
  @ValidateNested()
  @Type(() => LocalisedTextInput)
  label: LocalisedTextInput;
}

@InputType({ description: 'Show the question only when the answer to an earlier question EQUALS (or INCLUDES) a value.' })
export class SurveyConditionInput {
  @Field()
  @IsString()
  questionKey: string;

  @Field(() => ConditionOperator)
  @IsEnum(ConditionOperator)
  operator: ConditionOperator;

  @Field({ description: 'An option key, YES or NO, a number, or a neighbourhood name.' })
  @IsString()
  @MaxLength(200)
  value: string;
}

@InputType()
export class SurveyQuestionInput {
  @Field({ description: 'Stable key of the question; edits match questions by it.' })
  @IsString()
  key: string;

  @Field(() => QuestionType)
  @IsEnum(QuestionType)
  type: QuestionType;

  @Field(() => LocalisedTextInput)
  @ValidateNested()
  @Type(() => LocalisedTextInput)
  prompt: LocalisedTextInput;

  @Field(() => LocalisedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalisedTextInput)
  helpText?: LocalisedTextInput;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  required?: boolean;

  @Field({ nullable: true, defaultValue: false, description: 'Multiple choice only: offer an "Other" answer with text.' })
  @IsOptional()
  @IsBoolean()
  allowOther?: boolean;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  minValue?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  maxValue?: number;

  @Field(() => LocalisedTextInput, { nullable: true, description: 'Rating and NPS: label of the lowest value.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalisedTextInput)
  lowLabel?: LocalisedTextInput;

  @Field(() => LocalisedTextInput, { nullable: true, description: 'Rating and NPS: label of the highest value.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalisedTextInput)
  highLabel?: LocalisedTextInput;

  @Field(() => [SurveyOptionInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => SurveyOptionInput)
  options?: SurveyOptionInput[];

  @Field(() => SurveyConditionInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SurveyConditionInput)
  condition?: SurveyConditionInput;
}

@InputType({ description: 'A whole survey: settings and every question in order.' })
export class SurveyInput {
  @Field(() => LocalisedTextInput)
  @ValidateNested()
  @Type(() => LocalisedTextInput)
  title: LocalisedTextInput;

  @Field(() => LocalisedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalisedTextInput)
  introduction?: LocalisedTextInput;

  @Field(() => LocalisedTextInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalisedTextInput)
  closingMessage?: LocalisedTextInput;

  @Field(() => [String], {
    nullable: true,
    description: "Languages offered, among the agency's enabled ones (en, es, vi, zh-Hans, tl, ko, ar); English is always offered, first.",
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  languages?: string[];

  @Field({ nullable: true, defaultValue: true })
  @IsOptional()
  @IsBoolean()
  anonymous?: boolean;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  resultsPublic?: boolean;

  @Field({ nullable: true, defaultValue: true })
  @IsOptional()
  @IsBoolean()
  publicLink?: boolean;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  personalInvitations?: boolean;

  @Field(() => ID, { nullable: true, description: 'The forum this survey follows up.' })
  @IsOptional()
  @IsUUID()
  forumId?: string;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  opensAt?: Date;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  closesAt?: Date;

  @Field(() => String, { nullable: true, description: 'The public link is /s/<slug>; made from the title when left out.' })
  @IsOptional()
  @IsString()
  slug?: string;

  @Field(() => [SurveyQuestionInput])
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => SurveyQuestionInput)
  questions: SurveyQuestionInput[];
}
