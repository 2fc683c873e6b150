import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ActionItemStatus } from '@app/task-forces';
import { IsIsoDate } from './is-iso-date';
import { UpdateInputOf } from '../../graphql/update-input';

@InputType()
export class CreateActionItemInput {
  @Field()
  @IsNotEmpty()
  @MaxLength(300)
  title: string;

  @Field(() => ID, { nullable: true, description: 'A staff member of the task force (or its lead officer). Exactly one owner.' })
  @IsOptional()
  @IsUUID()
  ownerStaffId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A contact of a current member organisation. Exactly one owner.' })
  @IsOptional()
  @IsUUID()
  ownerContactId?: string | null;

  @Field({ description: 'YYYY-MM-DD, not before the task force started.' })
  @IsIsoDate()
  dueOn: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  notes?: string;

  @Field(() => ID, { nullable: true, description: 'An objective of the same task force.' })
  @IsOptional()
  @IsUUID()
  objectiveId?: string | null;
}

@InputType()
export class UpdateActionItemInput extends UpdateInputOf(CreateActionItemInput) {}

@InputType()
export class ActionItemFilterInput {
  @Field(() => ActionItemStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ActionItemStatus)
  status?: ActionItemStatus;
}
