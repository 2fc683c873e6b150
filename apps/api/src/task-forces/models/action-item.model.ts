import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ActionItemStatus } from '@app/task-forces';

@ObjectType('ActionItemUpdate', { description: 'A status change, by staff (STAFF) or by the owning partner contact from their link (CONTACT).' })
export class ActionItemUpdateModel {
  @Field(() => ActionItemStatus)
  fromStatus: ActionItemStatus;

  @Field(() => ActionItemStatus)
  toStatus: ActionItemStatus;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field()
  actorType: string;

  @Field()
  actorLabel: string;

  @Field()
  createdAt: Date;
}

@ObjectType('ActionItem')
export class ActionItemModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  taskForceId: string;

  @Field()
  title: string;

  @Field(() => ID, { nullable: true })
  ownerStaffId: string | null;

  @Field(() => ID, { nullable: true })
  ownerContactId: string | null;

  @Field()
  dueOn: string;

  @Field(() => ActionItemStatus)
  status: ActionItemStatus;

  @Field()
  notes: string;

  @Field(() => ID, { nullable: true })
  objectiveId: string | null;

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;
}
