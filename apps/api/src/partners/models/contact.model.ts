import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Contact', { description: 'A person at a partner organisation.' })
export class ContactModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true })
  organisationId: string | null;

  @Field()
  name: string;

  @Field({ description: 'Trimmed and lower-case; unique within the agency.' })
  email: string;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  roleTitle: string | null;

  @Field({ description: 'BCP 47 tag, e.g. en or es.' })
  preferredLanguage: string;

  @Field(() => Date, { nullable: true, description: 'When the contact opted out of outreach mail (invitations, surveys, digests, nudges); only operational mail about forums they accepted is sent while set.' })
  optedOutAt: Date | null;

  @Field(() => String, { nullable: true, description: 'How the opt-out was recorded (unsubscribe link, staff, import).' })
  optOutSource: string | null;

  @Field(() => Date, { nullable: true, description: 'When mail to this address bounced for good (or was reported as refused); never mailed while set. Editing the address clears it.' })
  undeliverableAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the address is undeliverable: the receiving server\'s status and diagnostic.' })
  undeliverableReason: string | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}
