import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '@app/common';
import { RsvpReplyStatus, RsvpResponse } from '@app/invitations';

@ObjectType('RsvpReply', { description: 'A mail sent back to an invitation; NEEDS_READING when it gave no clear answer, or gave one (interpretedAnswer, already recorded) and also asks something.' })
export class RsvpReplyModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  forumId: string;

  @Field(() => ID)
  invitationId: string;

  @Field()
  fromAddress: string;

  @Field()
  subject: string;

  @Field()
  body: string;

  @Field(() => RsvpResponse, { nullable: true })
  interpretedAnswer: RsvpResponse | null;

  @Field(() => RsvpReplyStatus)
  status: RsvpReplyStatus;

  @Field()
  receivedAt: Date;

  @Field(() => Date, { nullable: true })
  resolvedAt: Date | null;
}

@ObjectType()
export class RsvpReplyConnection extends Connection(RsvpReplyModel) {}
