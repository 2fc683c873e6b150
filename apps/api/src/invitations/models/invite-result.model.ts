import { Field, Int, ObjectType } from '@nestjs/graphql';
import { SkipReason } from '@app/invitations';

@ObjectType('InviteResult')
export class InviteResultModel {
  @Field(() => Int, { description: 'New invitations written (and mailed).' })
  invited: number;

  @Field(() => Int, { description: 'Contacts reached who already had an invitation to this forum.' })
  alreadyInvited: number;

  @Field(() => Int, { description: 'Contacts skipped because they opted out of outreach mail (invitations, surveys, digests).' })
  skippedOptedOut: number;

  @Field(() => Int, { description: 'Contacts skipped because mail to their address bounced for good (until the address is edited).' })
  skippedUndeliverable: number;

  @Field(() => Int)
  organisations: number;
}

@ObjectType('SkippedContact', { description: 'A contact the audience reaches who would not be mailed, and why.' })
export class SkippedContactModel {
  @Field()
  contactName: string;

  @Field()
  email: string;

  @Field(() => SkipReason)
  reason: SkipReason;
}

@ObjectType('InvitePreview', { description: 'What inviteToForum would do with the same input, worked out the same way, without writing or mailing anything.' })
export class InvitePreviewModel extends InviteResultModel {
  @Field(() => [SkippedContactModel], { description: 'The skipped contacts by name (the first 200; the counts cover all).' })
  skipped: SkippedContactModel[];
}
