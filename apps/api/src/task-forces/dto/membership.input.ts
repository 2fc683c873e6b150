import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { MemberRole } from '@app/task-forces';
import { IsIsoDate } from './is-iso-date';

@InputType()
export class AddTaskForceOrganisationInput {
  @Field(() => ID)
  @IsUUID()
  organisationId: string;

  @Field(() => MemberRole)
  @IsEnum(MemberRole)
  role: MemberRole;

  @Field(() => [ID], { nullable: true, description: "Designated contacts, from the organisation's contacts." })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  contactIds?: string[];

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD; today in the agency's time zone when left out." })
  @IsOptional()
  @IsIsoDate()
  joinedOn?: string;
}
