import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsNotEmpty, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IndicatorDirection } from '@app/task-forces';
import { IsIsoDate } from './is-iso-date';
import { UpdateInputOf } from '../../graphql/update-input';

/** An indicator's values stay within ± a trillion, so progress and chart arithmetic on them never overflows to Infinity or NaN. */
const INDICATOR_LIMIT = 1e12;

@InputType()
export class CreateProblemInput {
  @Field()
  @IsNotEmpty()
  @MaxLength(300)
  title: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  statement?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(50_000)
  analysisNotes?: string;
}

@InputType()
export class UpdateProblemInput extends UpdateInputOf(CreateProblemInput) {}

@InputType()
export class CreateObjectiveInput {
  @Field(() => ID)
  @IsUUID()
  problemId: string;

  @Field()
  @IsNotEmpty()
  @MaxLength(300)
  title: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5_000)
  description?: string;
}

@InputType()
export class AddIndicatorInput {
  @Field()
  @IsNotEmpty()
  @MaxLength(200)
  metricName: string;

  @Field({ description: 'e.g. "reports", "%", "referrals"' })
  @IsString()
  @MaxLength(50)
  unit: string;

  @Field()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-INDICATOR_LIMIT)
  @Max(INDICATOR_LIMIT)
  baselineValue: number;

  @Field()
  @IsIsoDate()
  baselineOn: string;

  @Field()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-INDICATOR_LIMIT)
  @Max(INDICATOR_LIMIT)
  targetValue: number;

  @Field()
  @IsIsoDate()
  targetOn: string;

  @Field(() => IndicatorDirection)
  @IsEnum(IndicatorDirection)
  direction: IndicatorDirection;
}

@InputType()
export class RecordMeasurementInput {
  @Field(() => ID)
  @IsUUID()
  indicatorId: string;

  @Field()
  @IsIsoDate()
  measuredOn: string;

  @Field()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-INDICATOR_LIMIT)
  @Max(INDICATOR_LIMIT)
  value: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1_000)
  sourceNote?: string | null;
}
