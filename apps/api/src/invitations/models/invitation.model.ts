import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@app/common';
import { DeliveryStatus, RsvpResponse, RsvpSource } from '@app/invitations';

@ObjectType('InvitationDelivery')
export class InvitationDeliveryModel {
  @Field(() => DeliveryStatus)
  status: DeliveryStatus;

  @Field(() => String, { nullable: true, description: "The mail server's reason when FAILED." })
  error: string | null;
}

@ObjectType('Invitation')
export class InvitationModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  forumId: string;

  @Field(() => ID)
  contactId: string;

  @Field(() => RsvpResponse, { nullable: true, description: 'Null until the person answers.' })
  response: RsvpResponse | null;

  @Field(() => RsvpSource, { nullable: true })
  responseSource: RsvpSource | null;

  @Field(() => Date, { nullable: true })
  respondedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'Set for a delegate seat of an invited organisation.' })
  organisationInvitationId: string | null;

  @Field(() => Int)
  partySize: number;

  @Field()
  stepFreeAccess: boolean;

  @Field(() => String, { nullable: true })
  interpretationLanguage: string | null;

  @Field()
  signLanguage: boolean;

  @Field()
  childcare: boolean;

  @Field(() => String, { nullable: true })
  dietary: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => Date, { nullable: true })
  waitlistedAt: Date | null;

  @Field(() => Date, { nullable: true })
  offerExpiresAt: Date | null;

  @Field(() => Date, { nullable: true })
  checkedInAt: Date | null;

  @Field()
  createdAt: Date;
}

@ObjectType()
export class InvitationConnection extends Connection(InvitationModel) {}
