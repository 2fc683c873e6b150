import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { StaffActor } from '@app/common';
import { CanRead, CurrentActor } from '@app/auth';
import { ReportsService } from '@app/task-forces';
import { ParseIdPipe } from '../graphql/parse-id.pipe';
import { TaskForceOverviewRowModel, TaskForceReportLinkModel, TaskForceReportModel } from './models/report.model';
import { ReportLinks } from './report/report-links';

@Resolver(() => TaskForceReportModel)
export class TaskForceReportsResolver {
  constructor(
    private readonly reports: ReportsService,
    private readonly links: ReportLinks,
  ) {}

  @Query(() => TaskForceReportModel)
  @CanRead()
  taskForceReport(@CurrentActor() actor: StaffActor, @Args('taskForceId', { type: () => ID }, ParseIdPipe) taskForceId: string) {
    return this.reports.effectiveness(actor, taskForceId);
  }

  @Query(() => [TaskForceOverviewRowModel], { description: 'Every task force of the agency: status, overdue items, indicators on and off track.' })
  @CanRead()
  taskForceOverview(@CurrentActor() actor: StaffActor) {
    return this.reports.overview(actor);
  }

  @Mutation(() => TaskForceReportLinkModel, { description: 'Links (valid 15 minutes) to open the printable report or download its CSV in a browser.' })
  @CanRead()
  async createTaskForceReportLink(@CurrentActor() actor: StaffActor, @Args('taskForceId', { type: () => ID }, ParseIdPipe) taskForceId: string) {
    const link = this.links.create(actor, taskForceId);
    // Also confirms the task force is the caller's (NOT_FOUND otherwise) before the link is handed out.
    await this.reports.recordReportLink(actor, taskForceId, link.expiresAt);
    return link;
  }
}
