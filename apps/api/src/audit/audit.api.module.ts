import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { AuditResolver } from './audit.resolver';

/** The agency's audit log. */
@Module({
  imports: [AuditModule],
  providers: [AuditResolver],
})
export class AuditApiModule {}
