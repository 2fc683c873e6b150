import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '@app/common';
import { FocusIssue, MemberRole, TaskForceStatus } from '@app/task-forces';
import { StaffUserModel } from '../../staff/models/staff-user.model';

@ObjectType('TaskForce')
export class TaskForceModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => FocusIssue)
  focusIssue: FocusIssue;

  @Field(() => String, { nullable: true })
  focusIssueOther: string | null;

  @Field()
  charter: string;

  @Field(() => [String])
  neighbourhoods: string[];

  @Field(() => TaskForceStatus)
  status: TaskForceStatus;

  @Field({ description: 'YYYY-MM-DD' })
  startsOn: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  endsOn: string | null;

  @Field()
  createdAt: Date;

  leadOfficerId: string;
}

@ObjectType()
export class TaskForceConnection extends Connection(TaskForceModel) {}

@ObjectType('TaskForceMember', { description: "One period of an organisation's membership; leftOn is the first day it was no longer a member." })
export class TaskForceMemberModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organisationId: string;

  @Field(() => MemberRole)
  role: MemberRole;

  @Field()
  joinedOn: string;

  @Field(() => String, { nullable: true })
  leftOn: string | null;
}

@ObjectType('TaskForceStaffMember')
export class TaskForceStaffMemberModel {
  @Field(() => ID)
  id: string;

  @Field(() => StaffUserModel)
  staffUser?: StaffUserModel;

  @Field()
  joinedOn: string;

  @Field(() => String, { nullable: true })
  leftOn: string | null;

  staffUserId: string;
}

@ObjectType('TaskForceMeeting', { description: 'A TASK_FORCE_MEETING forum of the task force; who attended comes from its completion report.' })
export class TaskForceMeetingModel {
  @Field(() => ID)
  forumId: string;

  @Field()
  title: string;

  @Field()
  startsAt: Date;

  @Field()
  endsAt: Date;

  @Field()
  status: string;

  @Field(() => [ID], { description: 'Organisations represented, from the completion report (completeForum); empty until the meeting is completed.' })
  organisationIds: string[];
}
