import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '@app/events';
import { AuditModule } from '@app/audit';
import { AgenciesModule } from '@app/agencies';
import { StaffModule } from '@app/staff';
import { MailModule } from '@app/mail';
import { ForumsModule } from '@app/forums';
import { PartnersModule } from '@app/partners';
import { InvitationsModule } from '@app/invitations';
import { TaskForce } from './task-force.entity';
import { TaskForceMemberContact, TaskForceOrganisation, TaskForceStaffMember } from './membership.entities';
import { Problem, ProblemConcern, ProblemStageChange } from './problem.entities';
import { Indicator, Measurement, Objective } from './indicator.entities';
import { ActionItem, ActionItemUpdate } from './action-item.entities';
import { DigestRun, TaskForceMeeting } from './meeting.entities';
import { TaskForcesService } from './task-forces.service';
import { MembershipsService } from './memberships.service';
import { ProblemsService } from './problems.service';
import { IndicatorsService } from './indicators.service';
import { ActionItemsService } from './action-items.service';
import { ActionItemLinksService } from './action-item-links.service';
import { MeetingsService } from './meetings.service';
import { StatusLinkSigner } from './status-link-signer';
import { TaskForceMailer } from './task-force-mailer';
import { ReportsService } from './reports.service';
import { DigestService } from './digest.service';
import { OverdueRemindersService } from './overdue-reminders.service';
import { MeetingInvitationsService } from './meeting-invitations.service';
import { ActionItemRepository } from './action-item.repository';
import { DigestRunRepository } from './digest-run.repository';

/** Used only inside the lib: its SQL and its mail composer. */
const INTERNAL = [ActionItemRepository, DigestRunRepository, TaskForceMailer];
/** What the apps call (the lib's index lists the same). */
const SERVICES = [StatusLinkSigner, ReportsService, DigestService, OverdueRemindersService, TaskForcesService, MembershipsService, ProblemsService, IndicatorsService, ActionItemsService, ActionItemLinksService, MeetingsService, MeetingInvitationsService];

/** Task forces: one service per concern (details, members, problems, indicators, items, links, meetings). */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      TaskForce,
      TaskForceOrganisation,
      TaskForceMemberContact,
      TaskForceStaffMember,
      Problem,
      ProblemStageChange,
      ProblemConcern,
      Objective,
      Indicator,
      Measurement,
      ActionItem,
      ActionItemUpdate,
      TaskForceMeeting,
      DigestRun,
    ]),
    AuditModule,
    AgenciesModule,
    EventsModule,
    StaffModule,
    MailModule,
    ForumsModule,
    PartnersModule,
    InvitationsModule,
  ],
  providers: [...INTERNAL, ...SERVICES],
  exports: SERVICES,
})
export class TaskForcesModule {}
