import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('InviteResult')
export class InviteResultModel {
  @Field(() => Int, { description: 'New invitations written (and mailed).' })
  invited: number;

  @Field(() => Int, { description: 'Contacts reached who already had an invitation to this forum.' })
  alreadyInvited: number;

  @Field(() => Int, { description: 'Contacts skipped because they opted out of mail.' })
  skippedOptedOut: number;

  @Field(() => Int)
  organisations: number;
}
