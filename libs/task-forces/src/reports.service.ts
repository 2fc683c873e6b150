import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { DateTime } from 'luxon';
import { Clock, StaffActor } from '@app/common';
import { AuditService } from '@app/audit';
import { AgenciesService, type Agency } from '@app/agencies';
import { OrganisationsService } from '@app/partners';
import { ActionItem } from './action-item.entities';
import { Indicator, Measurement, Objective } from './indicator.entities';
import { TaskForceOrganisation } from './membership.entities';
import { Problem } from './problem.entities';
import { TaskForce } from './task-force.entity';
import { ActionItemStatus } from './task-force.enums';
import { findTaskForce } from './task-force-access';
import { MeetingsService, meetingAwaitingReport, meetingHeld, meetingUpcoming } from './meetings.service';
import { Progress, TrackStatus, Trend, indicatorProgress, recentTrend } from './progress';
import { IsoDate, todayIn } from './dates';

export interface IndicatorTrend {
  indicator: Indicator;
  objectiveTitle: string;
  problemTitle: string;
  measurements: { measuredOn: IsoDate; value: number; sourceNote: string | null }[];
  progress: Progress;
  /** Latest minus baseline, in the indicator's unit (null without measurements). */
  changeFromBaseline: number | null;
  trend: Trend | null;
}

export interface ActionItemSummary {
  total: number;
  open: number;
  inProgress: number;
  blocked: number;
  done: number;
  doneOnTime: number;
  doneLate: number;
  overdue: number;
}

export interface OrganisationAttendance {
  organisationId: string;
  name: string;
  /** Meetings held (completed, with a report) while the organisation was a member. */
  expected: number;
  /** Of those, meetings whose completion report names the organisation as represented. */
  attended: number;
  rate: number | null;
}

export interface EffectivenessReport {
  taskForce: TaskForce;
  agency: Agency;
  asOf: IsoDate;
  generatedAt: Date;
  indicators: IndicatorTrend[];
  actionItems: ActionItemSummary;
  overdueItems: ActionItem[];
  /** Completed meetings: their completion reports give the attendance. */
  meetingsHeld: number;
  meetingsUpcoming: number;
  /** Ended but not completed yet: left out of attendance until the report is in. */
  meetingsAwaitingReport: number;
  attendance: OrganisationAttendance[];
  /** Attended ÷ expected over all member organisations; null before any meeting was held. */
  participationRate: number | null;
}

export interface TaskForceOverviewRow {
  taskForce: TaskForce;
  overdueItems: number;
  blockedItems: number;
  openItems: number;
  indicatorsOnTrack: number;
  indicatorsOffTrack: number;
  indicatorsAchieved: number;
  indicatorsWithoutData: number;
  nextMeetingAt: Date | null;
}

/** Whether problem-solving works: indicator trends, item delivery, meetings and participation. */
@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly meetings: MeetingsService,
    private readonly organisations: OrganisationsService,
    private readonly audit: AuditService,
    private readonly agencies: AgenciesService,
    private readonly clock: Clock,
  ) {}

  /** Records who opened a link to the printable report (an export of the task force's data). */
  async recordReportLink(actor: StaffActor, taskForceId: string, expiresAt: Date): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const taskForce = await findTaskForce(manager, actor.agencyId, taskForceId);
      await this.audit.record(manager, actor, {
        action: 'taskForce.report.link',
        entityType: 'TaskForce',
        entityId: taskForceId,
        summary: `Made a report link for "${taskForce.name}" valid until ${expiresAt.toISOString()}`,
        changes: { expiresAt: expiresAt.toISOString() },
      });
    });
  }

  async effectiveness(actor: Pick<StaffActor, 'agencyId'>, taskForceId: string): Promise<EffectivenessReport> {
    const now = this.clock.now();
    const manager = this.dataSource.manager;
    const taskForce = await findTaskForce(manager, actor.agencyId, taskForceId);
    const agency = await this.agencies.get(actor.agencyId);
    const asOf = todayIn(agency.timeZone, now);
    const [trends, items, meetingRows, memberships] = await Promise.all([
      this.trends(actor.agencyId, [taskForceId]),
      manager.find(ActionItem, { where: { taskForceId, agencyId: actor.agencyId }, order: { dueOn: 'ASC', id: 'ASC' } }),
      this.meetings.meetingsFor(actor.agencyId, [taskForceId]),
      manager.find(TaskForceOrganisation, { where: { taskForceId, agencyId: actor.agencyId } }),
    ]);
    const actionItems = summariseItems(items, asOf, agency.timeZone);
    const held = meetingRows.filter((m) => meetingHeld(m.forum));
    const organisations = await this.organisations.byIds(actor.agencyId, [...new Set(memberships.map((m) => m.organisationId))]);
    const attendance = organisations
      .map((organisation) => {
        const periods = memberships.filter((m) => m.organisationId === organisation.id);
        const expected = held.filter((m) => {
          const day = todayIn(m.forum.timeZone, m.forum.startsAt);
          return periods.some((p) => p.joinedOn <= day && (p.leftOn === null || p.leftOn > day));
        });
        const attended = expected.filter((m) => m.organisationIds.includes(organisation.id)).length;
        return { organisationId: organisation.id, name: organisation.name, expected: expected.length, attended, rate: expected.length ? attended / expected.length : null };
      })
      .sort((a, b) => a.name.localeCompare(b.name));
    const expectedTotal = attendance.reduce((sum, a) => sum + a.expected, 0);
    return {
      taskForce,
      agency,
      asOf,
      generatedAt: now,
      indicators: trends,
      actionItems,
      overdueItems: items.filter((i) => isOverdue(i, asOf)),
      meetingsHeld: held.length,
      meetingsUpcoming: meetingRows.filter((m) => meetingUpcoming(m.forum, now)).length,
      meetingsAwaitingReport: meetingRows.filter((m) => meetingAwaitingReport(m.forum, now)).length,
      attendance,
      participationRate: expectedTotal ? attendance.reduce((sum, a) => sum + a.attended, 0) / expectedTotal : null,
    };
  }

  /** Every task force of the agency: status, overdue items, indicators on and off track. */
  async overview(actor: Pick<StaffActor, 'agencyId'>): Promise<TaskForceOverviewRow[]> {
    const now = this.clock.now();
    const manager = this.dataSource.manager;
    const agency = await this.agencies.get(actor.agencyId);
    const asOf = todayIn(agency.timeZone, now);
    const taskForces = await manager.find(TaskForce, { where: { agencyId: actor.agencyId }, order: { name: 'ASC' } });
    if (!taskForces.length) return [];
    const ids = taskForces.map((t) => t.id);
    const [trends, items, meetingRows] = await Promise.all([
      this.trends(actor.agencyId, ids),
      manager.find(ActionItem, { where: { agencyId: actor.agencyId, taskForceId: In(ids) } }),
      this.meetings.meetingsFor(actor.agencyId, ids),
    ]);
    return taskForces.map((taskForce) => {
      const mine = items.filter((i) => i.taskForceId === taskForce.id);
      const statuses = trends.filter((t) => t.indicator.taskForceId === taskForce.id).map((t) => t.progress.status);
      const next = meetingRows.find((m) => m.taskForceId === taskForce.id && meetingUpcoming(m.forum, now));
      return {
        taskForce,
        overdueItems: mine.filter((i) => isOverdue(i, asOf)).length,
        blockedItems: mine.filter((i) => i.status === ActionItemStatus.BLOCKED).length,
        openItems: mine.filter((i) => i.status !== ActionItemStatus.DONE).length,
        indicatorsOnTrack: statuses.filter((s) => s === TrackStatus.ON_TRACK).length,
        indicatorsOffTrack: statuses.filter((s) => s === TrackStatus.OFF_TRACK).length,
        indicatorsAchieved: statuses.filter((s) => s === TrackStatus.ACHIEVED).length,
        indicatorsWithoutData: statuses.filter((s) => s === TrackStatus.NO_DATA).length,
        nextMeetingAt: next?.forum.startsAt ?? null,
      };
    });
  }

  /** Indicators of the task forces with their measurements (oldest first) and progress. */
  async trends(agencyId: string, taskForceIds: string[]): Promise<IndicatorTrend[]> {
    const manager = this.dataSource.manager;
    const indicators = await manager.find(Indicator, { where: { agencyId, taskForceId: In(taskForceIds) }, order: { createdAt: 'ASC', id: 'ASC' } });
    if (!indicators.length) return [];
    const [objectives, measurements] = await Promise.all([
      manager.findBy(Objective, { id: In([...new Set(indicators.map((i) => i.objectiveId))]) }),
      manager.find(Measurement, { where: { indicatorId: In(indicators.map((i) => i.id)) }, order: { measuredOn: 'ASC' } }),
    ]);
    const problems = await manager.findBy(Problem, { id: In([...new Set(objectives.map((o) => o.problemId))]) });
    return indicators.map((indicator) => {
      const objective = objectives.find((o) => o.id === indicator.objectiveId)!;
      const series = measurements.filter((m) => m.indicatorId === indicator.id).map((m) => ({ measuredOn: m.measuredOn, value: m.value, sourceNote: m.sourceNote }));
      return {
        indicator,
        objectiveTitle: objective.title,
        problemTitle: problems.find((p) => p.id === objective.problemId)?.title ?? '',
        measurements: series,
        progress: indicatorProgress(indicator, series[series.length - 1] ?? null),
        changeFromBaseline: series.length ? series[series.length - 1].value - indicator.baselineValue : null,
        trend: recentTrend(indicator.direction, series.map((m) => m.value)),
      };
    });
  }
}

export function isOverdue(item: ActionItem, today: IsoDate): boolean {
  return item.status !== ActionItemStatus.DONE && item.dueOn < today;
}

/** Done on time: completed on or before the due date, as a day in the agency's time zone. */
export function summariseItems(items: ActionItem[], today: IsoDate, zone: string): ActionItemSummary {
  const done = items.filter((i) => i.status === ActionItemStatus.DONE);
  const onTime = done.filter((i) => i.completedAt && DateTime.fromJSDate(i.completedAt, { zone }).toISODate()! <= i.dueOn).length;
  return {
    total: items.length,
    open: items.filter((i) => i.status === ActionItemStatus.OPEN).length,
    inProgress: items.filter((i) => i.status === ActionItemStatus.IN_PROGRESS).length,
    blocked: items.filter((i) => i.status === ActionItemStatus.BLOCKED).length,
    done: done.length,
    doneOnTime: onTime,
    doneLate: done.length - onTime,
    overdue: items.filter((i) => isOverdue(i, today)).length,
  };
}
