import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('PlatformOperator', { description: 'Someone who runs this Liaison service for its agencies; belongs to none of them.' })
export class PlatformOperatorModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  email: string;

  @Field(() => Date, { nullable: true })
  lastLoginAt: Date | null;

  @Field()
  createdAt: Date;
}
