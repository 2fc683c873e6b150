import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { InvitationsModule } from '@app/invitations';
import { TaskForcesModule } from '@app/task-forces';
import { AuditSubjectResolver } from './audit-subject.resolver';
import { AuditResolver } from './audit.resolver';

/** The agency's audit log, and where each entry's subject lives. */
@Module({
  imports: [AuditModule, InvitationsModule, TaskForcesModule],
  providers: [AuditResolver, AuditSubjectResolver],
})
export class AuditApiModule {}
