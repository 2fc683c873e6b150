import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DateTime } from 'luxon';
import { Agency } from '@app/agencies';
import { Contact, Organisation, OrganisationType } from '@app/partners';
import { DemoSeedContributor, DemoSeedPart, StaffRole } from '@app/common';
import { StaffUser } from '@app/staff';
import { CommunityConcern, Forum, ForumFormat, ForumHost, ForumReport, ForumReportOrganisation, ForumStatus, ForumType, ForumVisibility } from '@app/forums';
import { TaskForce } from '../task-force.entity';
import { TaskForceMemberContact, TaskForceOrganisation, TaskForceStaffMember } from '../membership.entities';
import { Problem, ProblemConcern, ProblemStageChange } from '../problem.entities';
import { Indicator, Measurement, Objective } from '../indicator.entities';
import { ActionItem, ActionItemUpdate } from '../action-item.entities';
import { TaskForceMeeting } from '../meeting.entities';
import { ActionItemStatus, FocusIssue, IndicatorDirection, MemberRole, SaraStage, TaskForceStatus } from '../task-force.enums';

/** Organisations created only when the directory is thin (the partners seed runs first and usually fills it). */
const FALLBACK_ORGANISATIONS: { name: string; type: OrganisationType; contact: [string, string] }[] = [
  { name: 'Safe Harbor Shelter', type: OrganisationType.VICTIM_SERVICES, contact: ['Maria Lopez', 'maria.lopez@safeharbor.example'] },
  { name: 'Riverside Unified School District', type: OrganisationType.SCHOOL, contact: ['James Carter', 'j.carter@riversideusd.example'] },
  { name: 'Northgate Youth Center', type: OrganisationType.NGO, contact: ['Aisha Bello', 'aisha@northgateyouth.example'] },
  { name: 'Riverside Behavioral Health', type: OrganisationType.MENTAL_HEALTH_AGENCY, contact: ['Dr. Ken Ito', 'ken.ito@riversidebh.example'] },
  { name: 'County Department of Children and Families', type: OrganisationType.GOVERNMENT_AGENCY, contact: ['Linda Park', 'linda.park@county-dcf.example'] },
];

type Series = { weeks: number; start: number; end: number; noise: number[] } | { months: number; values: number[] };

/**
 * Two task forces with members (one of whom left), SARA problems in different stages,
 * indicators with months of weekly or monthly measurements showing real trends, action
 * items in every state (some overdue), monthly meetings (forums hosted by the lead officer;
 * the past ones completed with a report naming the members who attended) and town-hall
 * concerns taken up by a problem.
 */
@Injectable()
@DemoSeedPart(40)
export class TaskForcesDemoSeed implements DemoSeedContributor {
  async seed(manager: EntityManager, agency: Agency, staff: StaffUser[]): Promise<void> {
    const today = DateTime.now().setZone(agency.timeZone).startOf('day');
    const officers = staff.filter((s) => s.role !== StaffRole.ANALYST);
    const [leadA, leadB, helper] = [officers[officers.length - 1], officers[1] ?? officers[0], officers[2] ?? officers[0]];
    const orgs = await this.organisations(manager, agency);
    // Distinct organisations per task force: by type when the directory has one, else the next unused.
    const used = new Map<string, Set<string>>();
    const pick = (tf: string, type: OrganisationType) => {
      const taken = used.get(tf) ?? new Set<string>();
      const free = orgs.filter((o) => !taken.has(o.organisation.id));
      const chosen = free.find((o) => o.organisation.type === type) ?? free[0] ?? orgs[0];
      used.set(tf, taken.add(chosen.organisation.id));
      return chosen;
    };
    const date = (d: DateTime) => d.toISODate()!;
    const neighbourhoods = (wanted: string[]) => agency.neighbourhoods.filter((n) => wanted.includes(n));

    // Human Trafficking Joint Task Force: six months in, responding to motel trafficking.
    const htStart = today.minus({ months: 6 }).startOf('week');
    const ht = await manager.save(
      manager.create(TaskForce, {
        agencyId: agency.id,
        name: 'Human Trafficking Joint Task Force',
        focusIssue: FocusIssue.HUMAN_TRAFFICKING,
        charter: 'Identify and support victims of labour and sex trafficking, disrupt trafficking through local motels and online ads, and train front-line staff to recognise the signs.',
        neighbourhoods: neighbourhoods(['Harbor District', 'Riverside Flats', 'Old Town']),
        leadOfficerId: leadA.id,
        status: TaskForceStatus.ACTIVE,
        startsOn: date(htStart),
        endsOn: date(htStart.plus({ years: 2 })),
        createdBy: leadA.id,
      }),
    );
    const victims = pick('ht', OrganisationType.VICTIM_SERVICES);
    const county = pick('ht', OrganisationType.GOVERNMENT_AGENCY);
    const health = pick('ht', OrganisationType.MENTAL_HEALTH_AGENCY);
    await this.member(manager, ht, victims, MemberRole.LEAD_PARTNER, htStart, null);
    await this.member(manager, ht, county, MemberRole.ADVISOR, htStart, null);
    // Behavioral health was a member for the first three months, then left: history stays visible.
    await this.member(manager, ht, health, MemberRole.MEMBER, htStart, today.minus({ months: 3 }));
    await manager.insert(TaskForceStaffMember, { taskForceId: ht.id, agencyId: agency.id, staffUserId: helper.id, joinedOn: date(htStart), leftOn: null });

    const motels = await this.problem(manager, ht, leadA, 'Trafficking through budget motels on Route 9', 'Calls and tips point to victims being moved through four budget motels along Route 9, mostly on weekends.', 'Hotline tips and patrol calls cluster on Friday and Saturday nights; three of the four motels share a manager. Victims rarely self-identify to patrol.', [SaraStage.ANALYSIS, SaraStage.RESPONSE], htStart);
    const online = await this.problem(manager, ht, leadA, 'Online recruitment of minors', 'Recruiters contact teenagers through gaming chats and social media with job offers.', '', [SaraStage.ANALYSIS], today.minus({ months: 2 }));
    const refer = await this.objective(manager, ht, motels, 'Identify and refer more victims to services');
    const calls = await this.objective(manager, ht, motels, 'Fewer trafficking-related calls from Route 9 motels');
    await this.objective(manager, ht, online, 'Reach students before recruiters do');
    await this.indicator(manager, ht, refer, 'Victims referred to services per month', 'referrals', IndicatorDirection.UP_IS_BETTER, 3, 12, htStart, 12, { months: 6, values: [3, 4, 4, 6, 7, 8] }, 'Safe Harbor intake log');
    await this.indicator(manager, ht, calls, 'Trafficking-related calls from Route 9 motels per week', 'calls', IndicatorDirection.DOWN_IS_BETTER, 22, 8, htStart, 12, { weeks: 24, start: 22, end: 13, noise: [1, -2, 0, 2, -1, 1, 0, -2] }, 'CAD call records');
    await this.items(manager, ht, today, [
      { title: 'Train front-desk staff at the four Route 9 motels', owner: victims.contact, due: -60, status: ActionItemStatus.DONE, doneAt: -62 },
      { title: 'Map ownership of the Route 9 motels', owner: leadA, due: -45, status: ActionItemStatus.DONE, doneAt: -38, objective: calls },
      { title: 'Set up a 24/7 referral line with Safe Harbor', owner: victims.contact, due: -20, status: ActionItemStatus.IN_PROGRESS, objective: refer, note: 'Phone system ordered; staffing rota being agreed.' },
      { title: 'Agree information sharing with the county', owner: county.contact, due: -10, status: ActionItemStatus.BLOCKED, note: 'Waiting for the county attorney to review the data-sharing agreement.' },
      { title: 'Review weekend patrol schedule for Route 9', owner: helper, due: -5, status: ActionItemStatus.OPEN, objective: calls },
      { title: 'Run a workshop on online recruitment at two high schools', owner: leadA, due: 12, status: ActionItemStatus.OPEN },
      { title: 'Publish the quarterly update for partners', owner: helper, due: 25, status: ActionItemStatus.OPEN },
    ]);
    await this.meetings(manager, agency, ht, today, 'Human Trafficking JTF monthly meeting', { day: 10, hour: 10 }, [
      [victims.organisation.id, county.organisation.id, health.organisation.id],
      [victims.organisation.id, health.organisation.id],
      [victims.organisation.id, county.organisation.id, health.organisation.id],
      [victims.organisation.id, county.organisation.id],
      [victims.organisation.id],
    ]);

    // Youth Safety Partnership: four months in, assessing its response to after-school fights.
    const ysStart = today.minus({ months: 4 }).startOf('week');
    const ys = await manager.save(
      manager.create(TaskForce, {
        agencyId: agency.id,
        name: 'Youth Safety Partnership',
        focusIssue: FocusIssue.YOUTH_SAFETY,
        charter: 'Keep young people safe on their way to and from school and give them somewhere to be after class.',
        neighbourhoods: neighbourhoods(['Eastbrook', 'Northgate', 'University Park']),
        leadOfficerId: leadB.id,
        status: TaskForceStatus.ACTIVE,
        startsOn: date(ysStart),
        endsOn: null,
        createdBy: leadB.id,
      }),
    );
    const schools = pick('ys', OrganisationType.SCHOOL);
    const youth = pick('ys', OrganisationType.NGO);
    const advisor = pick('ys', OrganisationType.MENTAL_HEALTH_AGENCY);
    await this.member(manager, ys, schools, MemberRole.LEAD_PARTNER, ysStart, null);
    await this.member(manager, ys, youth, MemberRole.MEMBER, ysStart.plus({ weeks: 2 }), null);
    await this.member(manager, ys, advisor, MemberRole.ADVISOR, ysStart, null);
    const fights = await this.problem(manager, ys, leadB, 'After-school fights near the Eastbrook transit center', 'Fights between students from two schools break out at the transit center between 3 and 5 pm.', 'Most incidents follow social-media disputes; the transit center has no supervision after 3 pm and buses run every 30 minutes.', [SaraStage.ANALYSIS, SaraStage.RESPONSE, SaraStage.ASSESSMENT], ysStart);
    const vaping = await this.problem(manager, ys, leadB, 'Vaping and drug sales near schools', 'Parents report sales of vapes and pills to students near two campuses.', '', [], today.minus({ weeks: 3 }));
    const fewer = await this.objective(manager, ys, fights, 'Fewer fights around schools');
    const places = await this.objective(manager, ys, fights, 'More students in after-school programs');
    await this.objective(manager, ys, vaping, 'Understand where sales happen');
    await this.indicator(manager, ys, fewer, 'Fights reported within 500 m of schools per month', 'incidents', IndicatorDirection.DOWN_IS_BETTER, 30, 12, ysStart, 8, { months: 4, values: [30, 26, 24, 19] }, 'RMS incident reports');
    await this.indicator(manager, ys, places, 'Students enrolled in after-school programs', 'students', IndicatorDirection.UP_IS_BETTER, 120, 300, ysStart, 8, { weeks: 16, start: 120, end: 165, noise: [0, 3, -2, 4, -1, 2] }, 'Youth center enrolment');
    await this.items(manager, ys, today, [
      { title: 'Staff the transit center 3–5 pm with youth workers', owner: youth.contact, due: -70, status: ActionItemStatus.DONE, doneAt: -72, objective: fewer },
      { title: 'Agree staggered dismissal times', owner: schools.contact, due: -40, status: ActionItemStatus.DONE, doneAt: -31, objective: fewer },
      { title: 'Launch a free basketball league', owner: youth.contact, due: -8, status: ActionItemStatus.OPEN, objective: places },
      { title: 'Install lighting at the transit center path', owner: leadB, due: -3, status: ActionItemStatus.BLOCKED, note: 'City works department has no budget until next quarter.' },
      { title: 'Survey students about feeling safe', owner: schools.contact, due: 9, status: ActionItemStatus.IN_PROGRESS },
      { title: 'Map reported vape sales', owner: leadB, due: 20, status: ActionItemStatus.OPEN },
    ]);
    // A different day and hour from the trafficking meetings, so one officer could lead both.
    await this.meetings(manager, agency, ys, today, 'Youth Safety Partnership meeting', { day: 12, hour: 14 }, [
      [schools.organisation.id, advisor.organisation.id],
      [schools.organisation.id, youth.organisation.id],
      [schools.organisation.id, youth.organisation.id, advisor.organisation.id],
    ]);
    await this.takeUpTownHallConcerns(manager, ys, leadB, today);
  }

  /**
   * The Old Town town hall (forums seed) heard about speeding at school pick-up time and dark
   * stretches on walking routes: the Youth Safety Partnership took both up as a problem. Read
   * from the database, so nothing is linked when the forums part of the demo did not run.
   */
  private async takeUpTownHallConcerns(manager: EntityManager, tf: TaskForce, by: StaffUser, today: DateTime) {
    const concerns = await manager
      .createQueryBuilder(CommunityConcern, 'c')
      .innerJoin(Forum, 'f', 'f.id = c.forumId')
      .where('c.agencyId = :agencyId AND f.type = :type AND f.status = :status', { agencyId: tf.agencyId, type: ForumType.TOWN_HALL, status: ForumStatus.COMPLETED })
      .andWhere('c.topic IN (:...topics)', { topics: ['traffic safety', 'lighting'] })
      .orderBy('c.raisedAt', 'ASC')
      .limit(2)
      .getMany();
    if (!concerns.length) return;
    const routes = await this.problem(
      manager,
      tf,
      by,
      'Unsafe walking routes to school',
      'Residents at the Old Town town hall reported drivers speeding at pick-up time and unlit stretches on the routes children walk to school.',
      'Started from the concerns raised at the town hall; next, pick-up-time speed checks and a lighting survey of the walking routes.',
      [SaraStage.ANALYSIS],
      today.minus({ weeks: 5 }),
    );
    await manager.insert(ProblemConcern, concerns.map((c) => ({ problemId: routes.id, concernId: c.id, linkedBy: by.id })));
  }

  private async organisations(manager: EntityManager, agency: Agency): Promise<{ organisation: Organisation; contact: Contact | null }[]> {
    const organisations = await manager.find(Organisation, { where: { agencyId: agency.id }, order: { name: 'ASC' } });
    // Each task force needs three distinct members: top a thin directory up with our own.
    if (organisations.length < FALLBACK_ORGANISATIONS.length) {
      const names = new Set(organisations.map((o) => o.name.toLowerCase()));
      for (const o of FALLBACK_ORGANISATIONS.filter((f) => !names.has(f.name.toLowerCase()))) {
        const organisation = await manager.save(manager.create(Organisation, { agencyId: agency.id, name: o.name, type: o.type }));
        await manager.save(manager.create(Contact, { agencyId: agency.id, organisationId: organisation.id, name: o.contact[0], email: o.contact[1] }));
        organisations.push(organisation);
      }
    }
    const contacts = await manager.find(Contact, { where: { agencyId: agency.id }, order: { name: 'ASC' } });
    return organisations.map((organisation) => ({ organisation, contact: contacts.find((c) => c.organisationId === organisation.id && !c.optedOutAt) ?? null }));
  }

  private async member(manager: EntityManager, tf: TaskForce, org: { organisation: Organisation; contact: Contact | null }, role: MemberRole, from: DateTime, to: DateTime | null) {
    const m = await manager.save(
      manager.create(TaskForceOrganisation, { taskForceId: tf.id, agencyId: tf.agencyId, organisationId: org.organisation.id, role, joinedOn: from.toISODate()!, leftOn: to?.toISODate() ?? null }),
    );
    if (org.contact) await manager.insert(TaskForceMemberContact, { membershipId: m.id, contactId: org.contact.id });
  }

  private async problem(manager: EntityManager, tf: TaskForce, by: StaffUser, title: string, statement: string, analysisNotes: string, stages: SaraStage[], opened: DateTime) {
    const problem = await manager.save(manager.create(Problem, { taskForceId: tf.id, agencyId: tf.agencyId, title, statement, analysisNotes, stage: stages[stages.length - 1] ?? SaraStage.SCANNING }));
    let from: SaraStage | null = null;
    for (const [i, stage] of [SaraStage.SCANNING, ...stages].entries()) {
      await manager.insert(ProblemStageChange, { problemId: problem.id, fromStage: from, toStage: stage, changedBy: by.id, changedAt: opened.plus({ weeks: i * 4 }).toJSDate() });
      from = stage;
    }
    return problem;
  }

  private objective(manager: EntityManager, tf: TaskForce, problem: Problem, title: string) {
    return manager.save(manager.create(Objective, { taskForceId: tf.id, problemId: problem.id, agencyId: tf.agencyId, title }));
  }

  private async indicator(manager: EntityManager, tf: TaskForce, objective: Objective, metricName: string, unit: string, direction: IndicatorDirection, baselineValue: number, targetValue: number, baselineOn: DateTime, monthsToTarget: number, series: Series, source: string) {
    const indicator = await manager.save(
      manager.create(Indicator, { objectiveId: objective.id, taskForceId: tf.id, agencyId: tf.agencyId, metricName, unit, direction, baselineValue, targetValue, baselineOn: baselineOn.toISODate()!, targetOn: baselineOn.plus({ months: monthsToTarget }).toISODate()! }),
    );
    const points: { on: DateTime; value: number }[] =
      'months' in series
        ? series.values.map((value, i) => ({ on: baselineOn.plus({ months: i + 1 }), value }))
        : Array.from({ length: series.weeks }, (_, i) => ({
            on: baselineOn.plus({ weeks: i + 1 }),
            value: Math.round(series.start + ((series.end - series.start) * (i + 1)) / series.weeks + series.noise[i % series.noise.length]),
          }));
    const today = DateTime.now().setZone('UTC');
    await manager.insert(
      Measurement,
      points.filter((p) => p.on <= today).map((p) => ({ indicatorId: indicator.id, agencyId: tf.agencyId, measuredOn: p.on.toISODate()!, value: p.value, sourceNote: source })),
    );
  }

  private async items(
    manager: EntityManager,
    tf: TaskForce,
    today: DateTime,
    items: { title: string; owner: StaffUser | Contact | null; due: number; status: ActionItemStatus; doneAt?: number; objective?: Objective; note?: string }[],
  ) {
    for (const i of items) {
      const isStaff = i.owner instanceof StaffUser || (i.owner !== null && 'role' in i.owner);
      const owner = i.owner ?? (await manager.findOneByOrFail(StaffUser, { id: tf.leadOfficerId }));
      const item = await manager.save(
        manager.create(ActionItem, {
          taskForceId: tf.id,
          agencyId: tf.agencyId,
          title: i.title,
          ownerStaffId: isStaff || !i.owner ? owner.id : null,
          ownerContactId: !isStaff && i.owner ? owner.id : null,
          dueOn: today.plus({ days: i.due }).toISODate()!,
          status: i.status,
          notes: '',
          objectiveId: i.objective?.id ?? null,
          completedAt: i.status === ActionItemStatus.DONE ? today.plus({ days: i.doneAt ?? i.due }).set({ hour: 15 }).toJSDate() : null,
          // Seeded overdue items count as already reminded, so loading the demo sends no burst of mail.
          overdueRemindedAt: i.due < 0 && i.status !== ActionItemStatus.DONE ? new Date() : null,
        }),
      );
      if (i.status !== ActionItemStatus.OPEN) {
        await manager.insert(ActionItemUpdate, { actionItemId: item.id, fromStatus: ActionItemStatus.OPEN, toStatus: i.status, note: i.note ?? null, actorType: 'SYSTEM', actorId: null, actorLabel: 'demo seed' });
      }
    }
  }

  /**
   * Monthly online meetings hosted by the lead officer: the past ones completed with a report
   * (attendance and the member organisations represented), the next one published.
   */
  private async meetings(manager: EntityManager, agency: Agency, tf: TaskForce, today: DateTime, title: string, slot: { day: number; hour: number }, attendance: string[][]) {
    const count = attendance.length;
    for (let i = 0; i <= count; i++) {
      const startsAt = today.minus({ months: count - i }).plus({ days: slot.day }).set({ hour: slot.hour });
      const completed = i < count && startsAt < DateTime.now();
      const forum = await manager.save(
        manager.create(Forum, {
          agencyId: agency.id,
          title,
          type: ForumType.TASK_FORCE_MEETING,
          description: `Monthly meeting of the ${tf.name}.`,
          topics: [tf.focusIssue === FocusIssue.HUMAN_TRAFFICKING ? 'human trafficking' : 'youth safety'],
          startsAt: startsAt.toJSDate(),
          endsAt: startsAt.plus({ hours: 1, minutes: 30 }).toJSDate(),
          timeZone: agency.timeZone,
          format: ForumFormat.ONLINE,
          onlineUrl: 'https://meet.example/riverside-task-force',
          visibility: ForumVisibility.INVITE_ONLY,
          status: completed ? ForumStatus.COMPLETED : ForumStatus.PUBLISHED,
          publishedAt: startsAt.minus({ weeks: 3 }).toJSDate(),
          completedAt: completed ? startsAt.plus({ hours: 2 }).toJSDate() : null,
          agenda: [{ title: 'Indicators and action items' }, { title: 'Partner updates' }],
          createdBy: tf.leadOfficerId,
        }),
      );
      // The database refuses a double-booked host (forum_hosts_overlap), so meeting slots differ per task force.
      await manager.insert(ForumHost, { forumId: forum.id, staffUserId: tf.leadOfficerId });
      await manager.insert(TaskForceMeeting, { forumId: forum.id, taskForceId: tf.id });
      if (!completed) continue;
      const represented = attendance[i];
      await manager.insert(ForumReport, {
        forumId: forum.id,
        agencyId: agency.id,
        // The lead officer, a colleague and about two people per organisation present.
        attendanceCount: 2 + represented.length * 2,
        summary: `Partners reviewed the indicators and open action items of the ${tf.name}.`,
        minutes: null,
        submittedBy: tf.leadOfficerId,
      });
      if (represented.length) {
        await manager.insert(ForumReportOrganisation, represented.map((organisationId) => ({ forumId: forum.id, organisationId, agencyId: agency.id })));
      }
    }
  }
}
