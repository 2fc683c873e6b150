import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { SurveyStatus } from '@app/surveys';

@InputType()
export class SurveyFilterInput {
  @Field(() => SurveyStatus, { nullable: true })
  @IsOptional()
  @IsEnum(SurveyStatus)
  status?: SurveyStatus;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  forumId?: string;
}
