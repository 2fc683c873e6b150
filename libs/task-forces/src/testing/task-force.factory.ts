import { DataSource } from 'typeorm';
import { ActionItem } from '../action-item.entities';
import { Indicator, Measurement, Objective } from '../indicator.entities';
import { TaskForceMemberContact, TaskForceOrganisation, TaskForceStaffMember } from '../membership.entities';
import { Problem, ProblemStageChange } from '../problem.entities';
import { TaskForce } from '../task-force.entity';
import { ActionItemStatus, FocusIssue, IndicatorDirection, MemberRole, SaraStage } from '../task-force.enums';

export interface FullTaskForce {
  agencyId: string;
  name: string;
  /** Lead officer, staff member and owner of the staff item. */
  officerId: string;
  /** The member organisation and its designated contact (owner of the contact item). */
  organisationId: string;
  contactId: string;
}

/**
 * A task force written straight to the database with one of everything a list page shows:
 * a member organisation with a designated contact, a staff member, a problem with its stage
 * history, an objective, an indicator with a measurement, and two action items (one owned by
 * the officer, one by the contact). For tests that count what a page costs, not how it is made.
 */
export async function createFullTaskForce(dataSource: DataSource, given: FullTaskForce): Promise<TaskForce> {
  const m = dataSource.manager;
  const { agencyId, officerId } = given;
  const tf = await m.save(m.create(TaskForce, { agencyId, name: given.name, focusIssue: FocusIssue.GANG_VIOLENCE, leadOfficerId: officerId, startsOn: '2026-01-01' }));
  const membership = await m.save(m.create(TaskForceOrganisation, { taskForceId: tf.id, agencyId, organisationId: given.organisationId, role: MemberRole.MEMBER, joinedOn: '2026-01-01' }));
  await m.insert(TaskForceMemberContact, { membershipId: membership.id, contactId: given.contactId });
  await m.insert(TaskForceStaffMember, { taskForceId: tf.id, agencyId, staffUserId: officerId, joinedOn: '2026-01-01' });
  const problem = await m.save(m.create(Problem, { taskForceId: tf.id, agencyId, title: 'Problem', stage: SaraStage.SCANNING }));
  await m.insert(ProblemStageChange, { problemId: problem.id, toStage: SaraStage.SCANNING });
  const objective = await m.save(m.create(Objective, { taskForceId: tf.id, problemId: problem.id, agencyId, title: 'Objective' }));
  const indicator = await m.save(
    m.create(Indicator, { objectiveId: objective.id, taskForceId: tf.id, agencyId, metricName: 'Metric', unit: 'u', baselineValue: 10, baselineOn: '2026-01-01', targetValue: 5, targetOn: '2026-12-31', direction: IndicatorDirection.DOWN_IS_BETTER }),
  );
  await m.insert(Measurement, { indicatorId: indicator.id, agencyId, measuredOn: '2026-02-01', value: 9 });
  await m.insert(ActionItem, { taskForceId: tf.id, agencyId, title: 'Staff item', ownerStaffId: officerId, dueOn: '2026-03-01', status: ActionItemStatus.OPEN });
  await m.insert(ActionItem, { taskForceId: tf.id, agencyId, title: 'Contact item', ownerContactId: given.contactId, dueOn: '2026-03-01', status: ActionItemStatus.OPEN });
  return tf;
}
