import { Field, Int, ObjectType } from '@nestjs/graphql';

/** A forum's answers at a glance; the invitation summary (the funnel) extends it. */
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

  @Field(() => Int)
  waitlisted: number;

  @Field(() => Int, { description: 'Waitlisted people holding a seat offer they have yet to confirm.' })
  offered: number;

  @Field(() => Int)
  noReply: number;

  @Field(() => Int, { description: 'People expected: attending answers counted with their parties.' })
  headcount: number;
}
