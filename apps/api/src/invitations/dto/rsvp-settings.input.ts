import { Field, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { PromotionMode } from '@app/invitations';

@InputType()
export class ForumRsvpSettingsInput {
  @Field(() => PromotionMode, { nullable: true })
  @IsOptional()
  @IsEnum(PromotionMode)
  promotionMode?: PromotionMode;

  @Field(() => Int, { nullable: true, description: '5 minutes to 14 days.' })
  @IsOptional()
  @IsInt()
  @Min(5)
  @Max(20_160)
  offerWindowMinutes?: number;

  @Field(() => [Int], { nullable: true, description: 'Up to 5, each 1 minute to 60 days before the start.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(86_400, { each: true })
  reminderOffsetsMinutes?: number[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(20_160)
  nudgeBeforeDeadlineMinutes?: number;
}
