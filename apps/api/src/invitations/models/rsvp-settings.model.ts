import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PromotionMode } from '@app/invitations';

@ObjectType('ForumRsvpSettings')
export class ForumRsvpSettingsModel {
  @Field(() => ID)
  forumId: string;

  @Field(() => PromotionMode)
  promotionMode: PromotionMode;

  @Field(() => Int, { description: 'How long an offered seat is held for confirmation (OFFER mode).' })
  offerWindowMinutes: number;

  @Field(() => [Int], { description: 'Reminders to attending and maybe, in minutes before the start.' })
  reminderOffsetsMinutes: number[];

  @Field(() => Int, { description: 'The nudge to those who have not answered, in minutes before the RSVP deadline.' })
  nudgeBeforeDeadlineMinutes: number;
}
