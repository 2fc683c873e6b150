import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection, StaffRole } from '@app/common';
import { StaffStatus } from '@app/staff';

@ObjectType('StaffUser')
export class StaffUserModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  email: string;

  @Field(() => StaffRole)
  role: StaffRole;

  @Field(() => StaffStatus)
  status: StaffStatus;

  @Field(() => String, { nullable: true, description: "The language of this person's console (a code from `languages`); null follows their browser." })
  preferredLanguage: string | null;

  @Field(() => Date, { nullable: true })
  lastLoginAt: Date | null;

  @Field(() => Date, { name: 'invitationExpiresAt', nullable: true, description: 'While INVITED: when the emailed link stops working.' })
  inviteExpiresAt: Date | null;

  @Field()
  createdAt: Date;
}

@ObjectType()
export class StaffUserConnection extends Connection(StaffUserModel) {}
