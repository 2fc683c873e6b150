import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('AuditSubject', { description: 'Where an audit entry\'s subject is shown, for subjects without a page of their own: the forum or task force it belongs to.' })
export class AuditSubjectModel {
  @Field()
  entityType: string;

  @Field(() => ID)
  entityId: string;

  @Field(() => ID, { nullable: true, description: 'The forum an invitation, organisation invitation or reply belongs to.' })
  forumId: string | null;

  @Field(() => ID, { nullable: true, description: 'The task force a problem, objective or indicator belongs to.' })
  taskForceId: string | null;
}
