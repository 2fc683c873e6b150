import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@app/common';
import { VenueAccessibilityFeature } from '@app/forums';

@ObjectType('Venue')
export class VenueModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  address: string;

  @Field(() => Int, { nullable: true, description: 'Seats; a forum may override it.' })
  capacity: number | null;

  @Field(() => [VenueAccessibilityFeature])
  accessibilityFeatures: VenueAccessibilityFeature[];

  @Field(() => Float, { nullable: true })
  latitude: number | null;

  @Field(() => Float, { nullable: true })
  longitude: number | null;

  @Field(() => String, { nullable: true })
  notes: string | null;

  @Field(() => Date, { nullable: true, description: 'Archived venues keep their forums but cannot be booked.' })
  archivedAt: Date | null;

  @Field()
  createdAt: Date;
}

@ObjectType()
export class VenueConnection extends Connection(VenueModel) {}
