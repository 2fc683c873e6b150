import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('RsvpCounts', { description: "A forum's answers at a glance; `invitationSummary` has the full funnel." })
export class RsvpCountsModel {
  @Field(() => Int)
  invited: number;

  @Field(() => Int)
  attending: number;

  @Field(() => Int)
  maybe: number;

  @Field(() => Int)
  declined: number;

  @Field(() => Int, { description: 'On the waitlist, including those holding an offer.' })
  waitlisted: number;

  @Field(() => Int)
  noReply: number;

  @Field(() => Int, { description: 'People expected: attending answers with their parties.' })
  headcount: number;
}
