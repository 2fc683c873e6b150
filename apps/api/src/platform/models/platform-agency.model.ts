import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@app/common';

@ObjectType('PlatformAgency', { description: "An agency as the platform operator sees it: who it is, its state, counts and health; never the agency's data." })
export class PlatformAgencyModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field({ description: 'Used in public URLs, e.g. /calendar/<slug>' })
  slug: string;

  @Field()
  timeZone: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When set, its staff cannot sign in or use links and its public pages are not found.' })
  suspendedAt: Date | null;

  @Field(() => String, { nullable: true })
  suspensionReason: string | null;

  @Field(() => Int)
  activeStaff: number;

  @Field(() => Int, { description: 'Staff invited who have not set a password yet.' })
  invitedStaff: number;

  @Field(() => Date, { nullable: true })
  lastStaffSignInAt: Date | null;

  @Field(() => Int, { description: 'Emails written and not yet sent.' })
  emailsPending: number;

  @Field(() => Int, { description: 'Emails that could not be delivered after every retry.' })
  emailsFailed: number;
}

@ObjectType()
export class PlatformAgencyConnection extends Connection(PlatformAgencyModel) {}
