import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { FocusIssue, TaskForceStatus } from '@app/task-forces';
import { IsIsoDate } from './is-iso-date';
import { IsOmittable, UpdateInputOf } from '../../graphql/update-input';

@InputType()
export class CreateTaskForceInput {
  @Field()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field(() => FocusIssue)
  @IsEnum(FocusIssue)
  focusIssue: FocusIssue;

  @Field(() => String, { nullable: true, description: 'Required when focusIssue is OTHER.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  focusIssueOther?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  charter?: string;

  @Field(() => [String], { nullable: true, description: "From the agency's neighbourhoods." })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  neighbourhoods?: string[];

  @Field(() => ID)
  @IsUUID()
  leadOfficerId: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsIsoDate()
  startsOn: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsIsoDate()
  endsOn?: string | null;
}

@InputType()
export class UpdateTaskForceInput extends UpdateInputOf(CreateTaskForceInput) {}

@InputType()
export class TaskForceFilterInput {
  @Field(() => TaskForceStatus, { nullable: true })
  @IsOptional()
  @IsEnum(TaskForceStatus)
  status?: TaskForceStatus;
}
