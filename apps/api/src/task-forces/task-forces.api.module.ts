import { Module } from '@nestjs/common';
import { AgenciesModule } from '@app/agencies';
import { ForumsModule } from '@app/forums';
import { PartnersModule } from '@app/partners';
import { TaskForcesModule } from '@app/task-forces';
import { TaskForcesResolver } from './task-forces.resolver';
import { TaskForceFieldsResolver, TaskForceMemberFieldsResolver, TaskForceStaffMemberFieldsResolver } from './task-force-fields.resolver';
import { IndicatorFieldsResolver, ObjectiveFieldsResolver, ProblemsResolver } from './problems.resolver';
import { ActionItemsResolver } from './action-items.resolver';
import { TaskForceMeetingsResolver } from './meetings.resolver';
import { ActionItemStatusController } from './action-item-status.controller';
import { TaskForceReportsResolver } from './reports.resolver';
import { TaskForceReportController } from './report.controller';
import { ReportLinks } from './report/report-links';
import { ConcernFieldsResolver, ProblemConcernsResolver } from './concern-fields.resolver';

/** Task forces (members, problems, objectives, KPIs, action items, meetings, reports) and their link pages. */
@Module({
  imports: [TaskForcesModule, PartnersModule, AgenciesModule, ForumsModule],
  controllers: [ActionItemStatusController, TaskForceReportController],
  providers: [
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
    ProblemConcernsResolver,
  ],
})
export class TaskForcesApiModule {}
