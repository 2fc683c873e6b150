import { Args, Query, Resolver } from '@nestjs/graphql';
import { PageArgs, StaffActor } from '@app/common';
import { AdminOnly, CurrentActor } from '@app/auth';
import { AuditService } from '@app/audit';
import { AuditEntryConnection } from './models/audit-entry.model';
import { AuditFilterInput } from './dto/audit-filter.input';

@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditEntryConnection, { description: "The agency's audit log, newest first." })
  @AdminOnly()
  auditLog(@CurrentActor() actor: StaffActor, @Args() page: PageArgs, @Args('filter', { nullable: true }) filter?: AuditFilterInput) {
    return this.audit.list(actor, filter ?? {}, page);
  }
}
