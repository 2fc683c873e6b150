import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('FailedEmail', { description: 'An email the mail server refused for good, with its reason.' })
export class FailedEmailModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'What the email was for, e.g. forum-invitation, staff-invitation.' })
  kind: string;

  @Field({ name: 'to' })
  toAddress: string;

  @Field()
  subject: string;

  @Field(() => String, { name: 'reason', nullable: true })
  lastError: string | null;

  @Field(() => Int)
  attempts: number;

  @Field()
  createdAt: Date;
}

@ObjectType('AgencyDelivery', { description: "The caller's agency's mail: waiting, sent and failed for good, with the latest failures." })
export class AgencyDeliveryModel {
  @Field(() => Int)
  pending: number;

  @Field(() => Int)
  sent: number;

  @Field(() => Int)
  failed: number;

  @Field(() => [FailedEmailModel], { description: 'The latest failed emails, newest first (at most 10).' })
  recentFailures: FailedEmailModel[];
}
