import { TaskForcesResolver } from './task-forces.resolver';
import { TaskForceFieldsResolver, TaskForceMemberFieldsResolver, TaskForceStaffMemberFieldsResolver } from './task-force-fields.resolver';
import { IndicatorFieldsResolver, ObjectiveFieldsResolver, ProblemsResolver } from './problems.resolver';
import { ActionItemsResolver } from './action-items.resolver';
import { TaskForceMeetingsResolver } from './meetings.resolver';
import { ActionItemStatusController } from './action-item-status.controller';
import { TaskForceReportsResolver } from './reports.resolver';
import { TaskForceReportController } from './report.controller';
import { ReportLinks } from './report/report-links';
import { ConcernFieldsResolver } from './concern-fields.resolver';

/** Everything the API serves for task forces (resolvers and their helpers), registered in AppModule as one line each. */
export const TASK_FORCE_RESOLVERS = [
  TaskForcesResolver,
  TaskForceFieldsResolver,
  TaskForceMemberFieldsResolver,
  TaskForceStaffMemberFieldsResolver,
  ProblemsResolver,
  ObjectiveFieldsResolver,
  IndicatorFieldsResolver,
  ActionItemsResolver,
  TaskForceMeetingsResolver,
  TaskForceReportsResolver,
  ReportLinks,
  ConcernFieldsResolver,
];

export const TASK_FORCE_CONTROLLERS = [ActionItemStatusController, TaskForceReportController];
