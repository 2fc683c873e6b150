import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '@app/common';
import { OrganisationStatus, OrganisationType } from '@app/partners';

@ObjectType('Organisation', { description: 'A partner organisation in the agency directory.' })
export class OrganisationModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => OrganisationType)
  type: OrganisationType;

  @Field(() => [String], { description: 'Tags, lower-case (e.g. "mental health", "hate crime").' })
  focusAreas: string[];

  @Field(() => [String], { description: "Neighbourhoods served; always some of the agency's neighbourhoods." })
  neighbourhoods: string[];

  @Field(() => String, { nullable: true })
  website: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  notes: string | null;

  @Field(() => OrganisationStatus)
  status: OrganisationStatus;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

@ObjectType()
export class OrganisationConnection extends Connection(OrganisationModel) {}
