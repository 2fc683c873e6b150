import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from '../../graphql/json.scalar';
import { Connection } from '@app/common';

@ObjectType('AuditEntry')
export class AuditEntryModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'STAFF, CONTACT or SYSTEM' })
  actorType: string;

  @Field(() => String, { nullable: true })
  actorId: string | null;

  @Field()
  actorLabel: string;

  @Field({ description: 'e.g. staff.invite, agency.settings.update' })
  action: string;

  @Field()
  entityType: string;

  @Field(() => String, { nullable: true })
  entityId: string | null;

  @Field()
  summary: string;

  @Field(() => GraphQLJSONObject)
  changes: Record<string, unknown>;

  @Field(() => String, { nullable: true })
  requestId: string | null;

  @Field()
  createdAt: Date;
}

@ObjectType()
export class AuditEntryConnection extends Connection(AuditEntryModel) {}
