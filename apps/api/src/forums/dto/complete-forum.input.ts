import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDate, IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';
import { ConcernPriority } from '@app/forums';

@InputType()
export class CommunityConcernInput {
  @Field({ description: 'E.g. "traffic safety"; stored lower-case.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  topic: string;

  @Field(() => String, { nullable: true, description: "One of the agency's neighbourhoods." })
  @IsOptional()
  @IsString()
  neighbourhood?: string | null;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  description: string;

  @Field(() => ConcernPriority)
  @IsEnum(ConcernPriority)
  priority: ConcernPriority;
}

@InputType({ description: 'The completion report.' })
export class CompleteForumInput {
  @Field(() => Int)
  @IsInt()
  @Min(0)
  attendanceCount: number;

  @Field(() => [ID], { nullable: true, description: 'Organisations of the agency that were represented.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  organisationIds?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  summary?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100_000)
  minutes?: string | null;

  @Field(() => [CommunityConcernInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => CommunityConcernInput)
  concerns?: CommunityConcernInput[];
}

@InputType()
export class CommunityConcernFilterInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  topic?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  neighbourhood?: string;

  @Field(() => ConcernPriority, { nullable: true })
  @IsOptional()
  @IsEnum(ConcernPriority)
  priority?: ConcernPriority;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  forumId?: string;

  @Field({ nullable: true, description: 'Raised at forums starting at or after this instant.' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field({ nullable: true, description: 'Raised at forums starting before this instant.' })
  @IsOptional()
  @IsDate()
  to?: Date;

  @Field({ nullable: true, description: 'Words in the topic or description.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  text?: string;
}
