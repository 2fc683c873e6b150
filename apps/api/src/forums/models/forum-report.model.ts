import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@app/common';
import { ConcernPriority } from '@app/forums';

@ObjectType('RepresentedOrganisation')
export class RepresentedOrganisationModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType('ForumReport', { description: 'What happened at a completed forum.' })
export class ForumReportModel {
  @Field(() => ID)
  forumId: string;

  @Field(() => Int)
  attendanceCount: number;

  @Field()
  summary: string;

  @Field(() => String, { nullable: true })
  minutes: string | null;

  @Field()
  createdAt: Date;
}

@ObjectType('CommunityConcern', { description: 'A local problem raised at a forum.' })
export class CommunityConcernModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  forumId: string;

  @Field()
  topic: string;

  @Field(() => String, { nullable: true })
  neighbourhood: string | null;

  @Field()
  description: string;

  @Field(() => ConcernPriority)
  priority: ConcernPriority;

  @Field({ description: 'When the forum that raised it started.' })
  raisedAt: Date;
}

@ObjectType()
export class CommunityConcernConnection extends Connection(CommunityConcernModel) {}
